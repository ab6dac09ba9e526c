using System.CommandLine;
using System.Text.Json.Nodes;
using Ahx1X.Demo.Output;
using Ahx1X.Rules.Authoring;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary><c>fmt [DIR] [--check]</c>: puts every rule, edition, catalogue and scenario file in canonical form.</summary>
internal static class FmtCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var folder = RulesFolder.CreateArgument("The rules folder to format (a folder of editions, or one edition folder).");
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: list the files not in canonical form and exit 1 if there are any (for CI).",
        };
        var format = Formats.Create("text", "json");
        var command = new Command("fmt", "Write every rule, edition, catalogue and scenario file in canonical form (member order, two-space indent, one rule per block); only layout and order change. Exit 0 when done or already canonical, 1 with --check when a file differs, 2 when a file is not JSON.")
        {
            folder, check, format,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(folder)!.ToString();
            var checkOnly = parsed.GetValue(check);
            var result = RulesFormatter.Format(path, write: !checkOnly);
            Problems.Write(error, result.Problems);
            if (parsed.GetValue(format) == "json")
            {
                MachineJson.Write(console.Profile.Out.Writer, new JsonObject
                {
                    ["check"] = checkOnly,
                    ["files"] = new JsonArray([.. result.Changed.Select(f => (JsonNode)LintCommand.Relative(f))]),
                    ["problems"] = MachineJson.Of(result.Problems, LintCommand.Relative),
                });
            }
            else
            {
                foreach (var file in result.Changed)
                {
                    console.Profile.Out.Writer.WriteLine(Printable.Escape(LintCommand.Relative(file)) + (checkOnly ? ": not in canonical form" : ": formatted"));
                }

                console.Profile.Out.Writer.WriteLine(result.Problems.Count > 0
                    ? $"fmt: {Count(result.Problems.Count)} not JSON, left as they are; fix the syntax at the positions above"
                    : result.Changed.Count == 0
                    ? "fmt: every file is in canonical form"
                    : checkOnly ? $"fmt: {Count(result.Changed.Count)} not in canonical form; run ahx1x fmt {path} to format"
                    : $"fmt: {Count(result.Changed.Count)} formatted");
            }

            return !result.Readable || result.Problems.Count > 0 ? ExitCodes.BadInput
                : checkOnly && result.Changed.Count > 0 ? ExitCodes.Findings
                : ExitCodes.Ok;
        });
        return command;
    }

    private static string Count(int files) => files == 1 ? "1 file" : $"{files} files";
}
