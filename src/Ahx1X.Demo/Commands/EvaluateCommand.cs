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
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            var engine = common.LoadEngine(parsed);
            var documents = InputFiles.Expand(parsed.GetValue(paths)!).Select(InputFiles.Load).ToList();
            var empty = documents.Select(RecordProblems.NoRecords).OfType<Problem>().ToList();
            if (empty.Count > 0)
            {
                throw new DocumentException(empty);
            }

            var verdicts = new List<Verdict>();
            var refusals = new List<Refusal>();
            var applications = JointJudging.ApplicationsOf(documents.SelectMany(d => d.Entries));
            foreach (var document in documents)
            {
                foreach (var entry in document.Entries.Select(e => JointJudging.Together(e, applications)))
                {
                    try
                    {
                        verdicts.Add(new Verdict(document.Source, entry.Id, entry.Subject, entry.Item, entry.EvaluateWith(engine), entry.City));
                    }
                    catch (EditionNotFoundException ex)
                    {
                        error.WriteLine($"ahx1x: {RecordProblems.NoEdition(document.Source, entry.Id, ex)}");
                        refusals.Add(new Refusal(document.Source, entry.Id, ex.Message));
                    }
                }
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
