using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Results;
using Newtonsoft.Json;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Judges documents with two packs and lists every record they judge differently (its outcome,
/// or the clauses, kinds and severities of its findings), with the clauses that made the
/// difference: what a change to the rules would change before it is published.
/// </summary>
public static class ImpactAnalysis
{
    /// <summary>Judges each record with both engines and returns those judged differently.</summary>
    /// <param name="before">The engine of the older pack.</param>
    /// <param name="after">The engine of the newer pack.</param>
    /// <param name="records">Each record, as each engine is to judge it.</param>
    /// <exception cref="EditionNotFoundException">A record's year has no edition in one of the packs.</exception>
    /// <exception cref="DocumentException">A value only an edition can refuse, such as a city it does not list.</exception>
    public static Impact Compare(PolicyEngine before, PolicyEngine after, IEnumerable<ImpactRecord> records)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(records);
        var judged = 0;
        var changed = new List<RecordImpact>();
        foreach (var record in records)
        {
            var old = record.Before.EvaluateWith(before);
            var now = record.After.EvaluateWith(after);
            judged++;
            var oldKeys = Keys(old);
            var newKeys = Keys(now);
            if (old.Outcome != now.Outcome || !oldKeys.SetEquals(newKeys))
            {
                var clauses = oldKeys.Except(newKeys).Concat(newKeys.Except(oldKeys)).Select(k => k.Clause).Distinct().Order(StringComparer.Ordinal).ToList();
                changed.Add(new RecordImpact(record.File, record.Before.Id, record.Before.Subject, record.Before.City, record.Kind, old.Outcome, now.Outcome, clauses));
            }
        }

        return new Impact(judged, changed);
    }

    /// <summary>
    /// Returns a document's JSON with every date, month and <c>year</c> moved by
    /// <paramref name="years"/>, and <paramref name="fromYear"/> written in its strings (a mail's
    /// subject) moved with them, so an older edition's documents can be judged by a newer one.
    /// Text that is not JSON is returned as it is, for the document reader to report.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="years">The years to move by.</param>
    /// <param name="fromYear">The documents' year.</param>
    public static string MoveYears(string json, int years, int fromYear)
    {
        var root = JsonText.Parse(json, "document", new ProblemList());
        if (root is null || years == 0)
        {
            return json;
        }

        YearShift.Move(root, years, fromYear, moved: null);
        return root.ToString(Formatting.Indented);
    }

    /// <summary>Returns what a result found, as the clause, kind and severity of each finding; messages are left out, since they quote dates that move.</summary>
    private static HashSet<(string Clause, FindingKind Kind, FindingSeverity Severity)> Keys(EvaluationResult result) =>
        [.. result.Findings.Select(f => (f.ClauseId, f.Kind, f.Severity))];
}
