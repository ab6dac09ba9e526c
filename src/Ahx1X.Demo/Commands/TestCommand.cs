using System.CommandLine;
using System.Globalization;
using Ahx1X.Demo.Output;
using Ahx1X.Rules.Authoring;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// <c>test [DIR]</c>: runs the scenario tests written as data, prints each failure with expected
/// and actual side by side, then a clause coverage table.
/// </summary>
internal static class TestCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "The rules folder whose editions' scenarios/*.json to run.",
            DefaultValueFactory = _ => new DirectoryInfo("rules"),
        };
        var minimum = new Option<int>("--min-coverage")
        {
            Description = "Fail when fewer than this percentage of clauses (rounded down) are shown both firing and passing.",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("test", "Run the scenario tests of a rules folder and show clause coverage; exit 0 when all pass, 1 when any fails or coverage is below --min-coverage, 2 when the rules or scenarios cannot be read.")
        {
            folder, minimum,
        };
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            var run = ScenarioRunner.RunFolder(parsed.GetValue(folder)!.ToString());
            foreach (var problem in run.Problems)
            {
                error.WriteLine($"ahx1x: {LintCommand.Relative(problem.ToString())}");
            }

            foreach (var failed in run.Results.Where(r => !r.Passed))
            {
                console.Write(Failure(failed));
            }

            console.Write(Coverage(run));
            var passed = run.Results.Count(r => r.Passed);
            console.MarkupLine($"{passed} passed, {run.Results.Count - passed} failed; clause coverage {run.CoveragePercent}%");
            var low = run.CoveragePercent < parsed.GetValue(minimum);
            if (low)
            {
                console.MarkupLine($"[red]coverage {run.CoveragePercent}% is below --min-coverage {parsed.GetValue(minimum)}%[/]");
            }

            return run.Problems.Count > 0 ? ExitCodes.BadInput : run.Passed && !low ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    private static Table Failure(ScenarioResult failed)
    {
        var scenario = failed.Scenario;
        var table = new Table().Border(TableBorder.Rounded).Expand()
            .Title($"[red]FAIL[/] {Printable.Markup(scenario.Name)} [grey]({Printable.Markup(LintCommand.Relative(scenario.File))}:{scenario.Line})[/]");
        table.AddColumn("");
        table.AddColumn("expected");
        table.AddColumn("actual");
        table.AddRow("outcome", scenario.Expect.Outcome.ToString(), Highlight(failed.Actual.ToString(), failed.Actual != scenario.Expect.Outcome));
        table.AddRow("fires", List(scenario.Expect.Fires), List(failed.Fired));
        if (scenario.Expect.DoesNotFire.Count > 0)
        {
            table.AddRow("does not fire", List(scenario.Expect.DoesNotFire), List(failed.Fired.Intersect(scenario.Expect.DoesNotFire).ToList()));
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

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "[grey]none[/]" : Printable.Markup(string.Join(", ", items));

    private static string Highlight(string text, bool bad) => bad ? $"[red]{text}[/]" : text;
}
