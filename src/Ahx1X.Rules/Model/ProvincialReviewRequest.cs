namespace Ahx1X.Rules.Model;

/// <summary>
/// Asks whether the provincial review (省级审核) of one application is in order: inside the
/// provincial window (TIME-03) and, for a secondary vocational application, after a passed
/// city review (ORDER-01).
/// </summary>
public sealed record ProvincialReviewRequest
{
    /// <summary>Gets the institution whose application is reviewed.</summary>
    public required Institution Institution { get; init; }

    /// <summary>Gets the application reviewed; its year and season select the window.</summary>
    public required Application Application { get; init; }

    /// <summary>Gets when the province reviewed the application.</summary>
    public Moment? ReviewedAt { get; init; }

    /// <summary>Gets the city review before it, or null when there was none; a university or college application needs none.</summary>
    public CityReviewRecord? CityReview { get; init; }
}
