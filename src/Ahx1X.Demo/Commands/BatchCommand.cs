using System.CommandLine;
using Ahx1X.Demo.Output;
using Ahx1X.Rules;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// <c>batch FILE|DIR...</c>: judges many records (a season's worth) and prints counts by
/// outcome, clause, city and certificate. A bad record is reported with its position and the
/// others are still judged.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var paths = InputFiles.CreateArgument();
        var common = new CommonOptions();
        var format = new Option<string>("--format")
        {
            Description = "How to print the report: table, csv or json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("batch", "Judge many records and report counts by outcome, clause, city and certificate; exit 0 when all are accepted or not applicable, 1 when any is rejected or indeterminate, 2 when a record could not be read (the others are still judged).")
        {
            paths, format, common.Rules, common.Catalogue,
        };
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            var engine = common.LoadEngine(parsed);
            var refusals = new List<Refusal>();
            var entries = new List<(string File, DocumentEntry Entry)>();
            foreach (var file in InputFiles.Expand(parsed.GetValue(paths)!))
            {
                var read = InputFiles.LoadRecords(file);
                foreach (var problem in read.Problems)
                {
                    error.WriteLine($"ahx1x: {problem}");
                    refusals.Add(new Refusal(file, problem.Subject ?? problem.JsonPath, problem.Message));
                }

                if (read.Document is { } document && read.Problems.Count == 0 && RecordProblems.NoRecords(document) is { } empty)
                {
                    error.WriteLine($"ahx1x: {empty}");
                    refusals.Add(new Refusal(file, empty.JsonPath, empty.Message));
                }

                entries.AddRange((read.Document?.Entries ?? []).Select(e => (file, e)));
            }

            var applications = JointJudging.ApplicationsOf(entries.Select(e => e.Entry));
            entries = entries.Select(e => (e.File, JointJudging.Together(e.Entry, applications))).ToList();
            var verdicts = Judge(console, engine, entries, error, refusals);
            var report = BatchReport.Of(verdicts);
            switch (parsed.GetValue(format))
            {
                case "csv":
                    report.WriteCsv(console.Profile.Out.Writer);
                    break;
                case "json":
                    report.WriteJson(console.Profile.Out.Writer, refusals);
                    break;
                default:
                    report.WriteTable(console, refusals);
                    break;
            }

            return EvaluateCommand.ExitCode(verdicts, refusals);
        }));
        return command;
    }

    /// <summary>Judges the records on every core, with a progress bar on a terminal and nothing when output is redirected.</summary>
    private static List<Verdict> Judge(IAnsiConsole console, PolicyEngine engine, List<(string File, DocumentEntry Entry)> entries, TextWriter error, List<Refusal> refusals)
    {
        var verdicts = new Verdict?[entries.Count];
        var noEdition = new EditionNotFoundException?[entries.Count];
        var unreadable = new DocumentException?[entries.Count];
        void JudgeAll(Action<int> advance) =>
            Parallel.For(0, entries.Count, () => 0, (i, _, done) =>
            {
                var (file, entry) = entries[i];
                try
                {
                    verdicts[i] = new Verdict(file, entry.Id, entry.Subject, entry.Item, entry.EvaluateWith(engine), entry.City);
                }
                catch (EditionNotFoundException ex)
                {
                    noEdition[i] = ex;
                }
                catch (DocumentException ex)
                {
                    // A value only the edition refuses (a city it does not list): this record only.
                    unreadable[i] = ex;
                }

                if (++done == 1000)
                {
                    advance(done);
                    done = 0;
                }

                return done;
            }, advance);

        if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            console.Progress().Start(context =>
            {
                var task = context.AddTask("Judging 判定中", maxValue: Math.Max(1, entries.Count));
                JudgeAll(n => task.Increment(n));
            });
        }
        else
        {
            JudgeAll(_ => { });
        }

        // In record order, whatever order the cores finished in.
        for (var i = 0; i < entries.Count; i++)
        {
            if (noEdition[i] is { } ex)
            {
                var (file, entry) = entries[i];
                error.WriteLine($"ahx1x: {RecordProblems.NoEdition(file, entry.Id, ex)}");
                refusals.Add(new Refusal(file, entry.Id, ex.Message));
            }

            foreach (var problem in unreadable[i]?.Problems ?? [])
            {
                error.WriteLine($"ahx1x: {problem}");
                refusals.Add(new Refusal(entries[i].File, entries[i].Entry.Id, problem.Message));
            }
        }

        return verdicts.OfType<Verdict>().ToList();
    }
}
