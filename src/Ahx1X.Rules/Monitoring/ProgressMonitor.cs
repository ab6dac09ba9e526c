using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Monitoring;

/// <summary>
/// Builds the list of the province's monthly monitoring (MON-01) from monthly progress reports
/// (附件5), judging each with <see cref="PolicyEngine.EvaluateMonthlyProgress"/>.
/// </summary>
public static class ProgressMonitor
{
    /// <summary>The clause whose findings list an institution.</summary>
    public const string ClauseId = "MON-01";

    /// <summary>
    /// Judges each institution's latest report (by name; of two for the same month, the later
    /// given) and lists those with a MON-01 violation, grouped by city, worst first.
    /// </summary>
    /// <param name="engine">The engine that judges the reports.</param>
    /// <param name="reports">The reports, of one or more institutions and months.</param>
    /// <returns>The list, with the institutions that could not be judged for a missing figure and the placeholders in force.</returns>
    /// <exception cref="InvalidRequestException">A report has a value outside the bounds documents are held to.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers a report's year.</exception>
    public static MonitoringList Monitor(PolicyEngine engine, IEnumerable<MonthlyProgressReport> reports)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(reports);
        var latest = new Dictionary<string, MonthlyProgressReport>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            if (!latest.TryGetValue(report.Institution.Name, out var known) || report.Month >= known.Month)
            {
                latest[report.Institution.Name] = report;
            }
        }

        var listed = new List<MonitoredInstitution>();
        var notDetermined = new List<string>();
        var placeholders = new Dictionary<string, PlaceholderParameter>(StringComparer.Ordinal);
        foreach (var report in latest.Values)
        {
            // One certificate at a time, so each finding is known to be that certificate's.
            var judged = report.Certificates.Count == 0
                ? [(Row: (CertificateProgress?)null, Result: engine.EvaluateMonthlyProgress(report))]
                : report.Certificates.Select(row => (Row: (CertificateProgress?)row, Result: engine.EvaluateMonthlyProgress(report with { Certificates = [row] }))).ToArray();
            foreach (var placeholder in judged.SelectMany(j => j.Result.Receipt.PlaceholderParameters))
            {
                placeholders.TryAdd(placeholder.JsonPath, placeholder);
            }

            var slow = judged
                .Select(j => (j.Row, Finding: j.Result.Findings.FirstOrDefault(f => f.ClauseId == ClauseId && f.Kind == FindingKind.Violation)))
                .Where(j => j.Finding is not null)
                .ToArray();
            if (slow.Length > 0)
            {
                listed.Add(Listed(report, slow.Select(s => s.Row!.CertificateCode).ToArray(), slow.Select(s => s.Finding!).ToArray()));
            }
            else if (judged.Any(j => j.Result.Findings.Any(f => f.ClauseId == ClauseId && f.Kind is FindingKind.MissingFacts or FindingKind.RuleFailed)))
            {
                notDetermined.Add(report.Institution.Name);
            }
        }

        var cities = listed
            .GroupBy(i => i.City)
            .Select(g => new MonitoredCity(g.Key, g.OrderBy(i => i, WorstFirst.Instance).ToArray()))
            .OrderBy(c => c.City is null)
            .ThenBy(c => c.Institutions[0], WorstFirst.Instance)
            .ThenBy(c => c.City, StringComparer.Ordinal)
            .ToArray();
        return new MonitoringList
        {
            Cities = cities,
            NotDetermined = notDetermined.Order(StringComparer.Ordinal).ToArray(),
            InstitutionsMonitored = latest.Count,
            PlaceholderParameters = placeholders.Values.OrderBy(p => p.JsonPath, StringComparer.Ordinal).ToArray(),
        };
    }

    private static MonitoredInstitution Listed(MonthlyProgressReport report, string[] certificates, Finding[] findings)
    {
        var counted = report.Certificates.Where(c => c.Approved is not null && c.Examined is not null).ToArray();
        var approved = counted.Sum(c => c.Approved!.Value);
        var examined = counted.Sum(c => c.Examined!.Value);
        return new MonitoredInstitution
        {
            Name = report.Institution.Name,
            City = report.Institution.City,
            Month = report.Month,
            Approved = approved,
            Examined = examined,
            Certified = counted.All(c => c.Certified is not null) ? counted.Sum(c => c.Certified!.Value) : null,
            ExaminedShare = approved == 0 ? 1m : (decimal)examined / approved,
            SlowCertificates = certificates,
            Findings = findings,
        };
    }

    /// <summary>Orders institutions by share examined, lowest first; then more lagging certificates first; then by name.</summary>
    private sealed class WorstFirst : IComparer<MonitoredInstitution>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(MonitoredInstitution? x, MonitoredInstitution? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var byShare = x.ExaminedShare.CompareTo(y.ExaminedShare);
            var byCount = y.Findings.Count.CompareTo(x.Findings.Count);
            return byShare != 0 ? byShare : byCount != 0 ? byCount : string.CompareOrdinal(x.Name, y.Name);
        }
    }
}
