using System.CommandLine;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Spreadsheets;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary><c>template KIND --output FILE.xlsx</c>: writes the blank workbook an office fills in for one kind of record.</summary>
internal static class TemplateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var kind = new Argument<string>("kind")
        {
            Description = $"The kind of record: {string.Join(", ", SpreadsheetTemplate.Kinds)}.",
        };
        kind.AcceptOnlyFromAmong([.. SpreadsheetTemplate.Kinds]);
        var output = WorkbookOutput.CreateOption("The .xlsx file to write.");
        output.Required = true;
        var year = new Option<int?>("--year")
        {
            Description = "The edition whose cities and notice the template follows; the latest by default.",
        };
        var rules = CommonOptions.CreateRules();
        var command = new Command("template", "Write a blank workbook for one kind of record: Chinese headers with English beneath, drop-down lists, date checks and instructions citing the notice; fill it in and give it to evaluate, batch or monitor.")
        {
            kind, output, year, rules,
        };
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            var pack = parsed.GetValue(rules) is { } folder ? RulePack.LoadFromDirectory(folder.FullName) : RulePack.LoadEmbedded();
            var edition = parsed.GetValue(year) is { } y ? pack.For(y) : pack.Editions.MaxBy(e => e.Year)!;
            var file = parsed.GetValue(output)!;
            if (!WorkbookOutput.TryWrite(file, stream => SpreadsheetTemplate.Write(parsed.GetValue(kind)!, edition.Parameters, stream), error))
            {
                return ExitCodes.BadInput;
            }

            console.Profile.Out.Writer.WriteLine($"{file.FullName}: {parsed.GetValue(kind)} template for {edition.Year}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
