using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>
/// An institution's monthly progress report (附件5) for one month: per approved certificate, the
/// candidates approved, examined and certified by the end of the month. The province's monthly
/// monitoring (MON-01) judges it.
/// </summary>
public sealed record MonthlyProgressReport
{
    /// <summary>Gets the year of the notice.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the institution; its city groups the monitoring list.</summary>
    public required Institution Institution { get; init; }

    /// <summary>Gets the month reported; the figures are those at its end.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>Gets one row per approved certificate.</summary>
    public required IReadOnlyList<CertificateProgress> Certificates { get; init; }
}
