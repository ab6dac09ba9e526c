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
            Description = "How to print the report: table, csv, json, or xlsx (a workbook with every finding, with --output FILE).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json", "xlsx");
        var output = WorkbookOutput.CreateOption("The workbook --format xlsx writes.");
        var command = new Command("batch", "Judge many records and report counts by outcome, clause, city and certificate; exit 0 when all are accepted or not applicable, 1 when any is rejected or indeterminate, 2 when a record could not be read (the others are still judged).")
        {
            paths, format, common.Rules, common.Catalogue, output,
        };
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            if (WorkbookOutput.Missing(parsed.GetValue(format), parsed.GetValue(output), error))
            {
                return ExitCodes.BadInput;
            }

            var engine = common.LoadEngine(parsed);
            var refusals = new List<Refusal>();
            var files = InputFiles.Expand(parsed.GetValue(paths)!).ToList();

            // A workbook lists every finding; the other reports count, so they keep only each record's verdict and clauses.
            var workbook = parsed.GetValue(format) == "xlsx";
            List<Verdict> verdicts = [];
            List<BatchReport.Tally> tallies = [];
            void JudgeAll(List<(string File, DocumentEntry Entry)> entries, Action<int> advance)
            {
                if (workbook)
                {
                    verdicts = Judge(entries, (file, entry) => new Verdict(file, entry.Id, entry.Subject, entry.Item, entry.EvaluateWith(engine), entry.City), error, refusals, advance);
                }
                else
                {
                    tallies = Judge(entries, (_, entry) => BatchReport.Tally.Of(entry, entry.CheckWith(engine)), error, refusals, advance);
                }
            }

            // On a terminal the bar shows from the start: the bytes of each file as it is read, then the records judged.
            if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
            {
                console.Progress().Start(context =>
                {
                    var entries = Read(files, error, refusals, file =>
                    {
                        var info = new FileInfo(file);
                        var task = context.AddTask($"Reading 读取中 {Printable.Markup(info.Name)}", maxValue: info.Exists ? Math.Max(1, info.Length) : 1);
                        return new ReadingProgress(task);
                    });
                    var judging = context.AddTask("Judging 判定中", maxValue: Math.Max(1, entries.Count));
                    JudgeAll(entries, n => judging.Increment(n));
                });
            }
            else
            {
                JudgeAll(Read(files, error, refusals, _ => null), _ => { });
            }

            if (workbook)
            {
                return WorkbookOutput.Verdicts(parsed.GetValue(output)!, verdicts, refusals, console, error) ?? EvaluateCommand.ExitCode(verdicts, refusals);
            }

            var report = BatchReport.Of(tallies);
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

            return EvaluateCommand.ExitCode(tallies.Select(t => t.Outcome), refusals);
        }));
        return command;
    }

    /// <summary>Reads every record of <paramref name="files"/>, reporting each file's problems; linked as one run (JudgedTogether).</summary>
    private static List<(string File, DocumentEntry Entry)> Read(IReadOnlyList<string> files, TextWriter error, List<Refusal> refusals, Func<string, ReadingProgress?> progressOf)
    {
        var entries = new List<(string File, DocumentEntry Entry)>();
        foreach (var file in files)
        {
            var progress = progressOf(file);
            var read = InputFiles.LoadRecords(file, progress);
            progress?.Done();
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

        // One run: SCALE-02 and PROC-04 look across every document given.
        var linked = JudgedTogether.Link(entries.Select(e => e.Entry));
        return entries.Select((e, i) => (e.File, linked[i])).ToList();
    }

    /// <summary>Judges the records on every core with <paramref name="judge"/>, telling <paramref name="advance"/> how many more are done; a record that cannot be judged is refused.</summary>
    private static List<T> Judge<T>(List<(string File, DocumentEntry Entry)> entries, Func<string, DocumentEntry, T> judge, TextWriter error, List<Refusal> refusals, Action<int> advance)
        where T : class
    {
        var judged = new T?[entries.Count];
        var noEdition = new EditionNotFoundException?[entries.Count];
        var unreadable = new DocumentException?[entries.Count];
        Parallel.For(0, entries.Count, () => 0, (i, _, done) =>
        {
            var (file, entry) = entries[i];
            try
            {
                judged[i] = judge(file, entry);
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

        return judged.OfType<T>().ToList();
    }

    /// <summary>Moves a file's bar with the bytes read; once they are all read the bar pulses while the records are read from them.</summary>
    private sealed class ReadingProgress(ProgressTask task) : IProgress<long>
    {
        public void Report(long value)
        {
            task.Value = value;
            task.IsIndeterminate = value >= task.MaxValue;
        }

        public void Done()
        {
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
