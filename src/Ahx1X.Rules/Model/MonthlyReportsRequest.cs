using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>Asks whether an institution filed a monthly progress report (附件5) for every month from its first approval to a given date (REQ-04).</summary>
public sealed record MonthlyReportsRequest
{
    /// <summary>Gets the year of the notice.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the institution.</summary>
    public required Institution Institution { get; init; }

    /// <summary>Gets the institution's approvals; reports are due from the month of the earliest.</summary>
    public required IReadOnlyList<Approval> Approvals { get; init; }

    /// <summary>Gets the months the institution reported for; null when not known, which REQ-04 reports as a missing fact.</summary>
    public required IReadOnlyList<YearMonth>? Reported { get; init; }

    /// <summary>Gets the day the check is made; its month is the last month due. Null when not known, which REQ-04 reports as a missing fact.</summary>
    public required LocalDate? AsOf { get; init; }
}
