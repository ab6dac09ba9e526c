using System.CommandLine;
using System.Text.Json.Nodes;
using Ahx1X.Demo.Output;
using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Diagnostics;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary><c>lint [DIR]</c>: checks a rules folder without evaluating anything, one line per problem.</summary>
internal static class LintCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var folder = RulesFolder.CreateArgument("The rules folder (a folder of editions, or one edition folder).");
        var format = Formats.Create("text", "json", "sarif");
        var watch = Watching.CreateOption();
        var command = new Command("lint", "Check a rules folder without evaluating anything (rules, parameters, expressions, allow-list, clauses, windows, labels, values still to be confirmed, and every file against the schema it names): one line per problem with file:line:column, and a warning line for each value still a placeholder; --format sarif writes SARIF 2.1.0 for code hosts and editors. Exit 0 when clean, 1 when problems were found, 2 when the folder cannot be read.")
        {
            folder, format, watch,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(folder)!.ToString();
            return parsed.GetValue(watch) ? Watching.Run(path, Once, console.Profile.Out.Writer) : Once();

            int Once() => Guard.Run(error, () => Lint(parsed, path, format, console, error));
        });
        return command;
    }

    private static int Lint(ParseResult parsed, string path, Option<string> format, IAnsiConsole console, TextWriter error)
    {
        var (result, problems) = Run(path);
        if (!result.Readable)
        {
            Problems.Write(error, result.Problems);
            return ExitCodes.BadInput;
        }

        var output = console.Profile.Out.Writer;
        switch (parsed.GetValue(format))
        {
            case "json":
                MachineJson.Write(output, new JsonObject
                {
                    ["folder"] = Relative(path),
                    ["clean"] = problems.Count == 0,
                    ["problems"] = MachineJson.Of(problems, Relative),
                    ["placeholders"] = new JsonArray([.. result.Placeholders.Select(p => (JsonNode)new JsonObject
                    {
                        ["file"] = Relative(p.File), ["line"] = p.Line, ["column"] = p.Column,
                        ["path"] = p.Parameter.JsonPath, ["name"] = p.Parameter.Name, ["value"] = p.Parameter.Value,
                    })]),
                });
                break;
            case "sarif":
                MachineJson.Write(output, LintSarif.Of(problems, result.Placeholders, Relative));
                break;
            default:
                Text(console, result, problems);
                break;
        }

        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }

    /// <summary>Lints <paramref name="path"/> and checks its files against their schemas, each problem once.</summary>
    internal static (LintResult Result, IReadOnlyList<Problem> Problems) Run(string path)
    {
        var result = RulesLinter.Lint(path);
        if (!result.Readable)
        {
            return (result, result.Problems);
        }

        // The loader and the schema often see the same mistake (an unknown member, a missing one): report it once, as the loader words it.
        var seen = result.Problems.Select(p => (p.File, p.JsonPath)).ToHashSet();
        return (result, [.. result.Problems, .. SchemaCheck.Check(path).Where(p => !seen.Contains((p.File, p.JsonPath)))]);
    }

    private static void Text(IAnsiConsole console, LintResult result, IReadOnlyList<Problem> problems)
    {
        foreach (var problem in problems)
        {
            console.Profile.Out.Writer.WriteLine(Printable.Escape(Relative(problem.ToString())));
        }

        // Placeholders are listed, never counted as problems: the pack judges with them, staff still have to set them.
        foreach (var placeholder in result.Placeholders)
        {
            console.Profile.Out.Writer.WriteLine(Printable.Escape(Relative(placeholder.ToString())));
        }

        var inForce = result.Placeholders.Count == 0 ? "" : $"; {result.Placeholders.Count} placeholder value{(result.Placeholders.Count == 1 ? "" : "s")} still in force";
        console.MarkupLine(problems.Count == 0
            ? $"[green]lint: no problems{inForce}[/]"
            : $"[red]lint: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}{inForce}[/]");
    }

    /// <summary>Shortens the absolute folder in a line to a path relative to the working folder, as editors expect.</summary>
    internal static string Relative(string line)
    {
        var cwd = Directory.GetCurrentDirectory() + Path.DirectorySeparatorChar;
        return line.StartsWith(cwd, StringComparison.Ordinal) ? line[cwd.Length..] : line;
    }
}
