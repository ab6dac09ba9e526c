namespace Ahx1X.Rules.Model;

/// <summary>Holds the windows and the deadline of one season of an edition.</summary>
public sealed record SeasonCalendar
{
    /// <summary>Gets the window in which institutions apply (院校申报).</summary>
    public required DateWindow Application { get; init; }

    /// <summary>Gets the window of the city preliminary review of secondary vocational applications (市级初审).</summary>
    public required DateWindow CityReview { get; init; }

    /// <summary>Gets the window of the provincial review (省级审核).</summary>
    public required DateWindow ProvincialReview { get; init; }

    /// <summary>Gets the deadline for mailing the summary table (附件3).</summary>
    public required Deadline SummaryDeadline { get; init; }
}
