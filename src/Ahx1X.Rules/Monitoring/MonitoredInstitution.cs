using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Monitoring;

/// <summary>Holds one institution listed for a 通报 (MON-01): its latest report's figures and a finding per certificate that lags.</summary>
public sealed record MonitoredInstitution
{
    /// <summary>Gets the institution's name (单位名称).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the institution's city, or null when its report names none.</summary>
    public string? City { get; init; }

    /// <summary>Gets the month of the report the listing is based on: the institution's latest.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>Gets the candidates approved, over the report's certificates whose approved and examined figures are given.</summary>
    public required int Approved { get; init; }

    /// <summary>Gets the candidates examined so far, over the same certificates.</summary>
    public required int Examined { get; init; }

    /// <summary>Gets the candidates certified so far, over the same certificates; null when a certificate's figure is not given.</summary>
    public int? Certified { get; init; }

    /// <summary>Gets <see cref="Examined"/> over <see cref="Approved"/> (1 when nothing is approved); the list puts the lowest first.</summary>
    public required decimal ExaminedShare { get; init; }

    /// <summary>Gets the codes of the certificates whose examinations lag, in the report's order.</summary>
    public required IReadOnlyList<string> SlowCertificates { get; init; }

    /// <summary>Gets the MON-01 findings, one per certificate whose examinations lag, in the report's order.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
}
