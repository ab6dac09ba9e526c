using System.CommandLine;
using Ahx1X.Demo.Output;
using Ahx1X.Rules;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Results;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary><c>evaluate FILE...</c>: judges every application in the given documents.</summary>
internal static class EvaluateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var paths = InputFiles.CreateArgument();
        var common = new CommonOptions();
        var command = new Command("evaluate", "Judge every record of the documents, each by the step its document declares; exit 0 when all are accepted or not applicable, 1 when any is rejected or indeterminate, 2 on bad input or rules.")
        {
            paths,
        };
        common.AddTo(command);
        command.Add(common.Explain);
        var output = WorkbookOutput.CreateOption("The workbook --format xlsx writes.");
        command.Add(output);
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            if (WorkbookOutput.Missing(parsed.GetValue(common.Format), parsed.GetValue(output), error))
            {
                return ExitCodes.BadInput;
            }

            var engine = common.LoadEngine(parsed);
            var documents = InputFiles.Expand(parsed.GetValue(paths)!).Select(InputFiles.Load).ToList();
            var empty = documents.Select(RecordProblems.NoRecords).OfType<Problem>().ToList();
            if (empty.Count > 0)
            {
                throw new DocumentException(empty);
            }

            var verdicts = new List<Verdict>();
            var refusals = new List<Refusal>();
            // One run: SCALE-02 and PROC-04 look across every document given.
            var sources = documents.SelectMany(d => d.Entries.Select(_ => d.Source)).ToList();
            var linked = JudgedTogether.Link(documents.SelectMany(d => d.Entries));
            for (var i = 0; i < linked.Count; i++)
            {
                var (source, entry) = (sources[i], linked[i]);
                try
                {
                    verdicts.Add(new Verdict(source, entry.Id, entry.Subject, entry.Item, entry.EvaluateWith(engine), entry.City));
                }
                catch (EditionNotFoundException ex)
                {
                    error.WriteLine($"ahx1x: {RecordProblems.NoEdition(source, entry.Id, ex)}");
                    refusals.Add(new Refusal(source, entry.Id, ex.Message));
                }
            }

            if (parsed.GetValue(common.Format) == "xlsx")
            {
                return WorkbookOutput.Verdicts(parsed.GetValue(output)!, verdicts, refusals, console, error) ?? ExitCode(verdicts, refusals);
            }

            Print(parsed, common, console, engine, verdicts, refusals);
            return ExitCode(verdicts, refusals);
        }));
        return command;
    }

    internal static void Print(ParseResult parsed, CommonOptions common, IAnsiConsole console, PolicyEngine engine, IReadOnlyList<Verdict> verdicts, IReadOnlyList<Refusal> refusals)
    {
        if (parsed.GetValue(common.Format) == "json")
        {
            JsonReport.Write(console.Profile.Out.Writer, engine.Pack, verdicts, refusals);
        }
        else
        {
            TableReport.Write(console, verdicts, refusals, CommonOptions.Languages(parsed.GetValue(common.Language)!));
        }
    }

    internal static int ExitCode(IReadOnlyList<Verdict> verdicts, IReadOnlyList<Refusal> refusals) =>
        refusals.Count > 0 ? ExitCodes.BadInput
        : verdicts.All(v => v.Result.IsAccepted || v.Result.Outcome == Outcome.NotApplicable) ? ExitCodes.Ok
        : ExitCodes.Findings;
}
