using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.Results;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Runs the scenario tests of a rules folder: the <c>scenarios/*.json</c> files of each edition.
/// A scenario file says which year its dates are written for (<c>"year"</c>); run against
/// another edition, every date, month and year in its documents moves by whole years, so an
/// edition copied to a new year reuses its scenarios and exactly the ones its new dates break fail.
/// </summary>
public static class ScenarioRunner
{
    private static readonly IReadOnlyDictionary<string, Outcome> Outcomes = new Dictionary<string, Outcome>
    {
        ["accepted"] = Outcome.Accepted,
        ["acceptedWithWarnings"] = Outcome.AcceptedWithWarnings,
        ["rejected"] = Outcome.Rejected,
        ["indeterminate"] = Outcome.Indeterminate,
        ["notApplicable"] = Outcome.NotApplicable,
    };

    /// <summary>Loads the rules folder and runs its scenarios: every one of every edition, or those whose name or file contains <paramref name="filter"/>, ignoring case (coverage then counts only those).</summary>
    /// <param name="folder">A folder of editions (such as <c>rules/</c>) or one edition folder.</param>
    /// <param name="options">Engine options, such as another catalogue; null for the defaults.</param>
    /// <param name="filter">Text the scenario's name or file must contain; null or empty for every scenario.</param>
    /// <exception cref="RulePackException">The rules cannot be loaded.</exception>
    public static ScenarioRun RunFolder(string folder, PolicyEngineOptions? options = null, string? filter = null)
    {
        var engine = new PolicyEngine(RulePack.LoadFromDirectory(folder), options);
        var problems = new ProblemList();
        var scenarios = engine.Pack.Editions.SelectMany(e => Read(e, problems))
            .Where(s => string.IsNullOrEmpty(filter) || s.Name.Contains(filter, StringComparison.OrdinalIgnoreCase) || s.File.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var run = Run(engine, scenarios);
        return run with { Problems = [.. problems.Items.Concat(run.Problems).Select(p => p.Under(folder))] };
    }

    /// <summary>Runs <paramref name="scenarios"/> with <paramref name="engine"/>.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="scenarios">The scenarios.</param>
    public static ScenarioRun Run(PolicyEngine engine, IReadOnlyList<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var results = new List<ScenarioResult>();
        var problems = new List<Problem>();
        foreach (var scenario in scenarios)
        {
            try
            {
                results.Add(Check(scenario, Evaluate(engine, scenario)));
            }
            catch (EditionNotFoundException ex)
            {
                problems.Add(new Problem(ProblemCodes.ScenarioFailed, scenario.File, "", scenario.Line, 0, scenario.Name, ex.Message));
            }
        }

        var coverage = engine.Pack.Editions.SelectMany(edition => edition.Clauses.Select(clause =>
        {
            var own = results.Where(r => r.Scenario.Edition == edition.Year).ToList();
            return new ClauseCoverage(
                edition.Year,
                clause.Id,
                own.Count(r => r.Fired.Contains(clause.Id)),
                own.Count(r => r.Result.ClausesEvaluated.Contains(clause.Id) && !r.Fired.Contains(clause.Id)));
        })).ToList();
        return new ScenarioRun(results, coverage, problems);
    }

    /// <summary>Reads the scenarios of one edition, adding the problems of unreadable files or cases.</summary>
    internal static IEnumerable<Scenario> Read(Edition edition, ProblemList problems)
    {
        foreach (var (name, file) in edition.Files.Where(f => f.Key.StartsWith(Packs.RulePackLoader.ScenarioFolder, StringComparison.Ordinal)
                     && PackFiles.IsJson(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = edition.Folder + name; // relative to the rules folder; RunFolder places it under the folder
            var root = JsonFields.Of(JsonText.Parse(file.Text, path, problems), path, problems, "a scenario file");
            if (root is null)
            {
                continue;
            }

            var year = root.Int("year", required: true, min: 2000, max: 2100);
            root.String("description");
            var cases = root.Array("scenarios", required: true);
            root.RejectUnknown();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in cases ?? [])
            {
                if (year is not null && ReadCase(item, path, edition.Year - year.Value, edition.Year, problems) is { } scenario)
                {
                    if (names.Add(scenario.Name))
                    {
                        yield return scenario;
                    }
                    else
                    {
                        problems.Add(ProblemCodes.Duplicate, path, item, $"Another scenario in this file is named \"{scenario.Name}\"; give each its own name.", scenario.Name);
                    }
                }
            }
        }
    }

    private static Scenario? ReadCase(JToken item, string path, int shift, int edition, ProblemList problems)
    {
        var fields = JsonFields.Of(item, path, problems, "a scenario");
        if (fields is null)
        {
            return null;
        }

        var before = problems.Items.Count;
        var name = fields.String("name", required: true);
        fields.Subject = name;
        var asOf = fields.Date("asOf");
        var documentToken = fields.Token("document", required: true);
        var expect = fields.Child("expect", required: true);
        var outcome = expect?.Enum("outcome", Outcomes, required: true);
        var fires = expect?.StringArray("fires") ?? [];
        var doesNotFire = expect?.StringArray("doesNotFire") ?? [];
        expect?.RejectUnknown();
        fields.RejectUnknown();
        if (documentToken is null)
        {
            return null;
        }

        YearShift.MoveDates(documentToken, shift);
        var document = Document.Read(documentToken, path, problems);
        if (document is not null && document.Entries.Count == 0 && problems.Items.Count == before)
        {
            problems.Add(ProblemCodes.MissingMember, path, documentToken, "The scenario's document has no record; add the record the scenario judges.", name);
        }

        if (asOf is not null && document is not null && document.Kind != DocumentKind.MonthlyReports)
        {
            problems.Add(ProblemCodes.InvalidValue, path, fields.Object["asOf"], "\"asOf\" applies to monthlyReports documents only; remove it or move the date into the document.", name);
        }
        else if (asOf is { } date && document?.Entries.LastOrDefault()?.Request is MonthlyReportsRequest { Approvals.Count: > 0 } monthly
            && monthly.Approvals.Min(a => a.ApprovedOn) > date.PlusYears(shift))
        {
            problems.Add(ProblemCodes.InconsistentParameters, path, fields.Object["asOf"], "\"asOf\" is before the first approval; no report can be due yet. Check the dates.", name);
        }

        if (problems.Items.Count > before || name is null || outcome is null || document is null)
        {
            return null;
        }

        return new Scenario
        {
            Name = name,
            File = path,
            Line = ((Newtonsoft.Json.IJsonLineInfo)item).LineNumber,
            Edition = edition,
            Record = document.Entries[^1],
            AsOf = asOf?.PlusYears(shift),
            Expect = new ScenarioExpectation(outcome.Value, fires, doesNotFire),
        };
    }

    private static EvaluationResult Evaluate(PolicyEngine engine, Scenario scenario) =>
        scenario.AsOf is { } asOf && scenario.Record.Request is MonthlyReportsRequest monthly
            ? engine.EvaluateMonthlyReports(monthly with { AsOf = asOf })
            : scenario.Record.EvaluateWith(engine);

    private static ScenarioResult Check(Scenario scenario, EvaluationResult result)
    {
        var fired = result.Findings.Select(f => f.ClauseId).Distinct().ToList();
        var failures = new List<string>();
        if (result.Outcome != scenario.Expect.Outcome)
        {
            failures.Add($"outcome: expected {scenario.Expect.Outcome}, actual {result.Outcome}");
        }

        foreach (var clause in scenario.Expect.Fires.Where(c => !fired.Contains(c)))
        {
            failures.Add($"fires: expected {clause} to fire, it did not (fired: {(fired.Count == 0 ? "none" : string.Join(", ", fired))})");
        }

        foreach (var clause in scenario.Expect.DoesNotFire.Where(fired.Contains))
        {
            failures.Add($"doesNotFire: expected {clause} not to fire, it fired: {result.Findings.First(f => f.ClauseId == clause).Message.En}");
        }

        return new ScenarioResult(scenario, result.Outcome, fired, failures, result);
    }
}
