using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Ahx1X.Demo.Output;
using Ahx1X.Rules.Authoring;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// <c>test [DIR]</c>: runs the scenario tests written as data, prints each failure with expected
/// and actual side by side, then a clause coverage table; or the run as JSON or JUnit XML for CI.
/// </summary>
internal static class TestCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var folder = RulesFolder.CreateArgument("The rules folder whose editions' scenarios/*.json to run.");
        var minimum = new Option<int>("--min-coverage")
        {
            HelpName = "PERCENT",
            Description = "Fail when fewer than this percentage of clauses (rounded down) are shown both firing and passing.",
            DefaultValueFactory = _ => 0,
        };
        var filter = new Option<string?>("--filter")
        {
            HelpName = "TEXT",
            Description = "Run only the scenarios whose name or file contains TEXT (ignoring case); coverage counts only those.",
        };
        var format = Formats.Create("table", "json", "junit");
        var watch = Watching.CreateOption();
        var command = new Command("test", "Run the scenario tests of a rules folder and show clause coverage; --format junit writes JUnit XML for CI. Exit 0 when all pass, 1 when any fails or coverage is below --min-coverage, 2 when the rules or scenarios cannot be read.")
        {
            folder, minimum, filter, format, watch,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(folder)!.ToString();
            // Each run is guarded on its own, so rules broken while watching are reported and watching goes on.
            int Once() => Guard.Run(error, () => Test(parsed, path, minimum, filter, format, console, error));
            return parsed.GetValue(watch) ? Watching.Run(path, Once, console.Profile.Out.Writer) : Once();
        });
        return command;
    }

    private static int Test(ParseResult parsed, string path, Option<int> minimum, Option<string?> filter, Option<string> format, IAnsiConsole console, TextWriter error)
    {
        var run = ScenarioRunner.RunFolder(path, null, parsed.GetValue(filter));
        // Scenario files are named within the rules folder; show them as the user can open them.
        string Shown(string file) => LintCommand.Relative(Path.IsPathRooted(file) ? file : Path.Combine(path, file));
        Problems.Write(error, run.Problems);
        var low = run.CoveragePercent < parsed.GetValue(minimum);
        switch (parsed.GetValue(format))
        {
            case "json":
                MachineJson.Write(console.Profile.Out.Writer, Json(run, parsed.GetValue(minimum), Shown));
                break;
            case "junit":
                ScenarioJUnit.Write(console.Profile.Out.Writer, run, Shown);
                break;
            default:
                Tables(console, run, low, parsed.GetValue(minimum), Shown);
                break;
        }

        return run.Problems.Count > 0 ? ExitCodes.BadInput : run.Passed && !low ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static void Tables(IAnsiConsole console, ScenarioRun run, bool low, int minimum, Func<string, string> shown)
    {
        foreach (var failed in run.Results.Where(r => !r.Passed))
        {
            console.Write(Failure(failed, shown));
        }

        console.Write(Coverage(run));
        var passed = run.Results.Count(r => r.Passed);
        console.MarkupLine($"{passed} passed, {run.Results.Count - passed} failed; clause coverage {run.CoveragePercent}%");
        if (low)
        {
            console.MarkupLine($"[red]coverage {run.CoveragePercent}% is below --min-coverage {minimum}%[/]");
        }
    }

    private static JsonObject Json(ScenarioRun run, int minimum, Func<string, string> shown) => new()
    {
        ["passed"] = run.Results.Count(r => r.Passed),
        ["failed"] = run.Results.Count(r => !r.Passed),
        ["coveragePercent"] = run.CoveragePercent,
        ["minCoverage"] = minimum,
        ["results"] = new JsonArray([.. run.Results.Select(r => (JsonNode)new JsonObject
        {
            ["name"] = r.Scenario.Name,
            ["file"] = shown(r.Scenario.File),
            ["line"] = r.Scenario.Line,
            ["edition"] = r.Scenario.Edition,
            ["passed"] = r.Passed,
            ["expected"] = new JsonObject
            {
                ["outcome"] = Wire(r.Scenario.Expect.Outcome),
                ["fires"] = Strings(r.Scenario.Expect.Fires),
                ["doesNotFire"] = Strings(r.Scenario.Expect.DoesNotFire),
            },
            ["actual"] = new JsonObject { ["outcome"] = Wire(r.Actual), ["fired"] = Strings(r.Fired) },
            ["failures"] = Strings(r.Failures),
        })]),
        ["coverage"] = new JsonArray([.. run.Coverage.Select(c => (JsonNode)new JsonObject
        {
            ["edition"] = c.Edition, ["clause"] = c.ClauseId, ["fired"] = c.Fired, ["passed"] = c.Passed, ["covered"] = c.IsCovered,
        })]),
        ["problems"] = MachineJson.Of(run.Problems, LintCommand.Relative),
    };

    private static Table Failure(ScenarioResult failed, Func<string, string> shown)
    {
        var scenario = failed.Scenario;
        var table = new Table().Border(TableBorder.Rounded).Expand()
            .Title($"[red]FAIL[/] {Printable.Markup(scenario.Name)} [grey]({Printable.Markup(shown(scenario.File))}:{scenario.Line})[/]");
        table.AddColumn("");
        table.AddColumn("expected");
        table.AddColumn("actual");
        table.AddRow("outcome", scenario.Expect.Outcome.ToString(), Highlight(failed.Actual.ToString(), failed.Actual != scenario.Expect.Outcome));
        if (scenario.Expect.Fires.Count > 0)
        {
            var missing = scenario.Expect.Fires.Except(failed.Fired).ToList();
            table.AddRow("fires", List(scenario.Expect.Fires), missing.Count == 0 ? $"fired: {List(failed.Fired)}" : Highlight($"did not fire: {Printable.Markup(string.Join(", ", missing))}", bad: true));
        }

        if (scenario.Expect.DoesNotFire.Count > 0)
        {
            // Say what the expectation is and what happened, so a clause named twice does not read like a match.
            var fired = failed.Fired.Intersect(scenario.Expect.DoesNotFire).ToList();
            table.AddRow("must not fire", List(scenario.Expect.DoesNotFire), fired.Count == 0 ? "[grey]none of them fired[/]" : Highlight($"fired: {Printable.Markup(string.Join(", ", fired))}", bad: true));
        }

        foreach (var finding in failed.Result.Findings)
        {
            table.AddRow($"[grey]{Printable.Markup(finding.ClauseId)}[/]", "", Printable.Markup(finding.Message.En));
        }

        return table;
    }

    private static Table Coverage(ScenarioRun run)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Clause coverage 条款覆盖");
        table.AddColumn("edition");
        table.AddColumn("clause");
        table.AddColumn(new TableColumn("fired").RightAligned());
        table.AddColumn(new TableColumn("passed").RightAligned());
        table.AddColumn("");
        foreach (var clause in run.Coverage)
        {
            table.AddRow(
                clause.Edition.ToString(CultureInfo.InvariantCulture),
                Printable.Markup(clause.ClauseId),
                Highlight(clause.Fired.ToString(CultureInfo.InvariantCulture), clause.Fired == 0),
                Highlight(clause.Passed.ToString(CultureInfo.InvariantCulture), clause.Passed == 0),
                clause.IsCovered ? "[green]both ways[/]" : "[red]not covered both ways[/]");
        }

        return table;
    }

    private static JsonArray Strings(IEnumerable<string> items) => [.. items.Select(i => (JsonNode)i)];

    private static string Wire(Rules.Results.Outcome outcome) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "[grey]none[/]" : Printable.Markup(string.Join(", ", items));

    private static string Highlight(string text, bool bad) => bad ? $"[red]{text}[/]" : text;
}
