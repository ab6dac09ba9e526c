using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// Judges the documents of one run together: a summary table mail given with applications
/// documents is reconciled with their applications (PROC-04), unless its own document carries
/// the applications it summarises.
/// </summary>
internal static class JointJudging
{
    /// <summary>Returns every application of the applications entries given; empty when there are none.</summary>
    public static IReadOnlyList<ApplicationRequest> ApplicationsOf(IEnumerable<DocumentEntry> entries) =>
        entries.Select(e => e.Request).OfType<ApplicationRequest>().ToList();

    /// <summary>Returns <paramref name="entry"/> as it is judged in a run that gave <paramref name="applications"/>.</summary>
    public static DocumentEntry Together(DocumentEntry entry, IReadOnlyList<ApplicationRequest> applications) =>
        entry.Request is SummaryTableMail && entry.JudgedWith is null && applications.Count > 0
            ? entry with { JudgedWith = applications }
            : entry;
}
