namespace Ahx1X.Rules.Model;

/// <summary>Asks whether a city bureau's preliminary review (市级初审) of one application is in order (TIME-02) and by the school's own city (PROC-05).</summary>
public sealed record CityReviewRequest
{
    /// <summary>Gets the institution whose application is reviewed.</summary>
    public required Institution Institution { get; init; }

    /// <summary>Gets the application reviewed; its year and season select the window.</summary>
    public required Application Application { get; init; }

    /// <summary>Gets when the city reviewed the application.</summary>
    public Moment? ReviewedAt { get; init; }

    /// <summary>Gets the city whose education bureau did the review, such as 合肥.</summary>
    public string? ReviewerCity { get; init; }
}
