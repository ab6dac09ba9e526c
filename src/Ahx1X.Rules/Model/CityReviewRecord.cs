namespace Ahx1X.Rules.Model;

/// <summary>Records a city preliminary review that happened before a provincial review.</summary>
public sealed record CityReviewRecord
{
    /// <summary>Gets when the city reviewed the application.</summary>
    public Moment? ReviewedAt { get; init; }

    /// <summary>Gets whether the city review passed the application.</summary>
    public bool? Passed { get; init; }
}
