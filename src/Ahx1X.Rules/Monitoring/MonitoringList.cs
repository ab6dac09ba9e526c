using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Monitoring;

/// <summary>
/// Holds the result of the province's monthly monitoring (MON-01, notice 六(三)): the institutions
/// whose examinations progress too slowly, for a 通报, grouped by city; the city with the worst
/// institution first, and in each city the worst institution first.
/// </summary>
public sealed record MonitoringList
{
    /// <summary>Gets the cities with an institution listed; institutions with no city come last.</summary>
    public required IReadOnlyList<MonitoredCity> Cities { get; init; }

    /// <summary>Gets the institutions whose latest report leaves out a figure MON-01 needs: neither listed nor cleared.</summary>
    public required IReadOnlyList<string> NotDetermined { get; init; }

    /// <summary>Gets how many institutions were monitored, each by its latest report.</summary>
    public required int InstitutionsMonitored { get; init; }

    /// <summary>Gets the values of "too slow" in force that are still placeholders; empty once staff have set them.</summary>
    public required IReadOnlyList<PlaceholderParameter> PlaceholderParameters { get; init; }

    /// <summary>Gets every institution listed, city by city, in list order.</summary>
    public IEnumerable<MonitoredInstitution> Institutions => Cities.SelectMany(c => c.Institutions);
}
