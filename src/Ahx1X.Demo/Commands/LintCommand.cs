using System.CommandLine;
using Ahx1X.Demo.Output;
using Ahx1X.Rules.Authoring;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary><c>lint [DIR]</c>: checks a rules folder without evaluating anything, one line per problem.</summary>
internal static class LintCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "The rules folder (a folder of editions, or one edition folder).",
            DefaultValueFactory = _ => new DirectoryInfo("rules"),
        };
        var command = new Command("lint", "Check a rules folder without evaluating anything (rules, parameters, expressions, allow-list, clauses, windows, labels, and every file against the schema it names): one line per problem with file:line:column, and a warning line for each value still a placeholder; exit 0 when clean, 1 when problems were found, 2 when the folder cannot be read.")
        {
            folder,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(folder)!.ToString();
            var result = RulesLinter.Lint(path);
            if (!result.Readable)
            {
                foreach (var problem in result.Problems)
                {
                    error.WriteLine(Relative(problem.ToString()));
                }

                return ExitCodes.BadInput;
            }

            var problems = result.Problems.Concat(SchemaCheck.Check(path)).ToList();
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
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    /// <summary>Shortens the absolute folder in a line to a path relative to the working folder, as editors expect.</summary>
    internal static string Relative(string line)
    {
        var cwd = Directory.GetCurrentDirectory() + Path.DirectorySeparatorChar;
        return line.StartsWith(cwd, StringComparison.Ordinal) ? line[cwd.Length..] : line;
    }
}
