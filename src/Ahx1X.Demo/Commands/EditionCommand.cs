using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Ahx1X.Demo.Output;
using Ahx1X.Rules.Authoring;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary><c>edition new YEAR --from DIR --output DIR</c>: starts next year's edition from this year's.</summary>
internal static class EditionCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var year = new Argument<int>("YEAR") { Description = "The new edition's year, such as 2025." };
        var from = new Option<DirectoryInfo>("--from")
        {
            HelpName = "DIR",
            Description = "The edition folder to start from, such as rules/2024.",
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--output")
        {
            HelpName = "DIR",
            Description = "The new edition's folder, such as rules/2025; it must not exist yet or be empty.",
            Required = true,
        };
        var format = Formats.Create("text", "json");
        var create = new Command("new", "Copy an edition to a new year, moving every date by whole years (windows, deadlines, scenario dates) and the year in subjects and the notice's title; each moved value is listed in to-confirm.txt, and lint reports it until it is confirmed against the new notice. Exit 0 when written, 2 when nothing was.")
        {
            year, from, output, format,
        };
        create.SetAction(parsed => Guard.Run(error, () =>
        {
            var json = parsed.GetValue(format) == "json";
            var result = NewEdition.Create(parsed.GetValue(year), parsed.GetValue(from)!.ToString(), parsed.GetValue(output)!.ToString());
            Problems.Write(error, result.Problems);
            if (json)
            {
                MachineJson.Write(console.Profile.Out.Writer, new JsonObject
                {
                    ["from"] = result.FromYear,
                    ["year"] = result.Year,
                    ["output"] = result.Output,
                    ["written"] = result.Written,
                    ["toConfirm"] = new JsonArray([.. result.ToConfirm.Select(v => (JsonNode)new JsonObject
                    {
                        ["file"] = v.File, ["path"] = v.JsonPath, ["was"] = v.Was, ["now"] = v.Now,
                    })]),
                });
            }
            else if (result.Written)
            {
                var writer = console.Profile.Out.Writer;
                foreach (var value in result.ToConfirm)
                {
                    writer.WriteLine(Printable.Escape(value.JsonPath.Length == 0
                        ? $"{value.File}: the {result.FromYear} notice's text, to be replaced with the {result.Year} notice"
                        : $"{value.File} {value.JsonPath}: {value.Was} -> {value.Now}, to be confirmed"));
                }

                writer.WriteLine(Printable.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"edition new: wrote the {result.Year} edition to {result.Output} from {result.FromYear}; {result.ToConfirm.Count} values to be confirmed against the {result.Year} notice (listed in {ToConfirmList.File}; ahx1x lint lists those left)")));
            }

            return result.Written ? ExitCodes.Ok : ExitCodes.BadInput;
        }));
        return new Command("edition", "Work with editions: edition new starts next year's from this year's.") { create };
    }
}
