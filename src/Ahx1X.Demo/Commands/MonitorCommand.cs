using System.CommandLine;
using Ahx1X.Demo.Output;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Monitoring;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// <c>monitor FILE|DIR...</c>: the province's monthly monitoring (MON-01): from monthly progress
/// reports, the institutions whose examinations progress too slowly, for a 通报, by city, worst first.
/// </summary>
internal static class MonitorCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var paths = InputFiles.CreateArgument();
        paths.Description = "Documents of kind monthlyProgress (monthly progress reports, 附件5), or folders of them.";
        var common = new CommonOptions();
        var format = new Option<string>("--format")
        {
            Description = "How to print the list: table, csv (UTF-8 with a byte-order mark, for spreadsheets) or json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("monitor", "List the institutions whose examinations progress too slowly (MON-01), for a 通报: grouped by city, worst first, each by its latest report; exit 0 when every institution was judged, 1 when one could not be for a missing figure, 2 on bad input or rules.")
        {
            paths, format, common.Rules, common.Catalogue, common.Language,
        };
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            var engine = common.LoadEngine(parsed);
            var documents = InputFiles.Expand(parsed.GetValue(paths)!).Select(InputFiles.Load).ToList();
            var problems = documents.Select(RecordProblems.NoRecords).OfType<Problem>()
                .Concat(documents.Where(d => d.Kind != DocumentKind.MonthlyProgress).Select(NotProgress))
                .ToList();
            if (problems.Count > 0)
            {
                throw new DocumentException(problems);
            }

            var list = ProgressMonitor.Monitor(engine, documents.SelectMany(d => d.Entries).Select(e => (MonthlyProgressReport)e.Request));
            var languages = CommonOptions.Languages(parsed.GetValue(common.Language)!);
            switch (parsed.GetValue(format))
            {
                case "csv":
                    MonitorReport.WriteCsv(console.Profile.Out.Writer, list, languages);
                    break;
                case "json":
                    MonitorReport.WriteJson(console.Profile.Out.Writer, list);
                    break;
                default:
                    MonitorReport.WriteTable(console, list, languages);
                    break;
            }

            return list.NotDetermined.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }

    private static Problem NotProgress(Document document) => new(
        ProblemCodes.InvalidValue,
        document.Source,
        "$.kind",
        0,
        0,
        null,
        "monitor reads documents of kind monthlyProgress (monthly progress reports with their figures); give this document to evaluate or batch instead.");
}
