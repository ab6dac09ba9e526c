namespace Ahx1X.Rules.Monitoring;

/// <summary>Holds the institutions of one city listed for a 通报, worst first.</summary>
/// <param name="City">The city, or null for institutions whose reports name none.</param>
/// <param name="Institutions">The city's institutions, the lowest share examined first.</param>
public sealed record MonitoredCity(string? City, IReadOnlyList<MonitoredInstitution> Institutions);
