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
            var judging = new Judging(workbook
                ? (file, entry) => new Verdict(file, entry.Id, entry.Subject, entry.Item, entry.EvaluateWith(engine), entry.City)
                : (_, entry) => BatchReport.Tally.Of(entry, entry.CheckWith(engine)));

            // On a terminal the bar shows from the start: the bytes of each file as it is read, then the records judged.
            if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
            {
                console.Progress().Start(context =>
                {
                    // The judging bar grows by each file's records as they are read.
                    var judged = context.AddTask("Judging 判定中", maxValue: 1);
                    var records = 0;
                    judging.Run(files, error, refusals, file =>
                    {
                        var info = new FileInfo(file);
                        var task = context.AddTask($"Reading 读取中 {Printable.Markup(info.Name)}", maxValue: info.Exists ? Math.Max(1, info.Length) : 1);
                        return new ReadingProgress(task);
                    }, more => judged.MaxValue = Math.Max(1, records += more), n => judged.Increment(n));
                });
            }
            else
            {
                judging.Run(files, error, refusals, _ => null, _ => { }, _ => { });
            }

            var verdicts = judging.Results.OfType<Verdict>().ToList();
            var tallies = judging.Results.OfType<BatchReport.Tally>().ToList();
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

    /// <summary>
    /// Reads the files one after the other and judges their records on every core, linked as one
    /// run (<see cref="JudgedTogether"/>): a JSON file's records a few thousand at a time while it is
    /// still read, a workbook's or standard input's once read. A record goes once judged, and what is
    /// kept of it is what <c>judge</c> returns; a record the reader takes back (an array past its
    /// bound, a text that is not strict JSON) is forgotten, with what it added to the run. A mail to
    /// reconcile with the run's applications is judged once all are read. Problems are reported as
    /// if every file was read first and the records judged after, in record order.
    /// </summary>
    private sealed class Judging(Func<string, DocumentEntry, object> judge)
    {
        private readonly JudgedTogether.Run _run = new();
        private readonly List<(int Index, object Result)> _results = [];
        private readonly List<(int Index, string File, string Id, string Line, string Reason)> _refused = [];
        private int _records;

        // The position after the last record given to LinkAndJudge.
        private int _next;

        // What stopped judging the records of the file being read, from the chunk at _failedAt.
        private System.Runtime.ExceptionServices.ExceptionDispatchInfo? _failure;
        private int _failedAt;

        /// <summary>Gets what was kept of each record judged, in record order.</summary>
        public IEnumerable<object> Results => _results.OrderBy(r => r.Index).Select(r => r.Result);

        public void Run(IReadOnlyList<string> files, TextWriter error, List<Refusal> refusals, Func<string, ReadingProgress?> progressOf, Action<int> more, Action<int> advance)
        {
            var awaiting = new List<(int Index, string File, DocumentEntry Entry)>();
            foreach (var file in files)
            {
                var progress = progressOf(file);
                var start = _records;
                var stream = new EntryStream(
                    (first, entries) => LinkAndJudge(file, start + first, entries, awaiting, more, advance),
                    first => TakeBack(start + first, awaiting, more, advance));
                var read = InputFiles.LoadRecords(file, progress, stream);
                progress?.Done();
                _run.Settle();
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

                // A workbook or standard input is read whole; a JSON file gave its records while it was read.
                if (read.Document is { } whole)
                {
                    LinkAndJudge(file, start + whole.Given - whole.Entries.Count, whole.Entries, awaiting, more, advance);
                }

                _records = start + (read.Document?.Given ?? 0);

                // What stopped judging a record the file kept stops the run here, after the file's problems, as when it was read whole.
                _failure?.Throw();
            }

            more(awaiting.Count);
            Judge(awaiting.Select(a => (a.Index, a.File, _run.Complete(a.Entry))).ToList(), advance);

            // In record order, whatever order the files and cores finished in.
            foreach (var (_, file, id, line, reason) in _refused.OrderBy(r => r.Index))
            {
                error.WriteLine($"ahx1x: {line}");
                refusals.Add(new Refusal(file, id, reason));
            }
        }

        /// <summary>Links <paramref name="entries"/>, the first at <paramref name="first"/> among the run's records, into the run, and judges those that need not wait for it.</summary>
        private void LinkAndJudge(string file, int first, IReadOnlyList<DocumentEntry> entries, List<(int Index, string File, DocumentEntry Entry)> awaiting, Action<int> more, Action<int> advance)
        {
            var now = new List<(int Index, string File, DocumentEntry Entry)>();
            _next = first + entries.Count;
            for (var i = 0; i < entries.Count; i++)
            {
                var linked = (first + i, file, _run.Add(entries[i], first + i));
                (JudgedTogether.Run.AwaitsTheRun(linked.Item3) ? awaiting : now).Add(linked);
            }

            if (_failure is not null)
            {
                return;
            }

            more(now.Count);
            try
            {
                Judge(now, advance);
            }
            catch (Exception ex)
            {
                // Thrown while the file is still read: kept until its problems are reported, and forgotten if its records are taken back.
                (_failure, _failedAt) = (System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex), first);
            }
        }

        /// <summary>
        /// Forgets every record from <paramref name="first"/> among the run's records on: what the run,
        /// the results, the refusals, the mails waiting for the run and the bar have of it, and what
        /// stopped judging one of them.
        /// </summary>
        private void TakeBack(int first, List<(int Index, string File, DocumentEntry Entry)> awaiting, Action<int> more, Action<int> advance)
        {
            if (_failedAt >= first)
            {
                _failure = null;
            }

            _run.TakeBackFrom(first);
            _results.RemoveAll(r => r.Index >= first);
            _refused.RemoveAll(r => r.Index >= first);

            // Every record given since was judged, but for the mails that wait for the run.
            var judged = _next - first - awaiting.RemoveAll(a => a.Index >= first);
            _next = first;
            // The value first: lowering the bar's maximum first would cut its value down to it.
            advance(-judged);
            more(-judged);
        }

        /// <summary>Judges the records on every core, telling <paramref name="advance"/> how many more are done; a record that cannot be judged is refused.</summary>
        private void Judge(List<(int Index, string File, DocumentEntry Entry)> entries, Action<int> advance)
        {
            var judged = RecordJudging.OnEveryCore(entries.Count, i => judge(entries[i].File, entries[i].Entry), advance);
            for (var i = 0; i < entries.Count; i++)
            {
                var (index, file, entry) = entries[i];
                if (judged[i].Result is { } result)
                {
                    _results.Add((index, result));
                }

                if (judged[i].NoEdition is { } ex)
                {
                    _refused.Add((index, file, entry.Id, RecordProblems.NoEdition(file, entry.Id, ex).ToString(), ex.Message));
                }

                // A value only the edition refuses (a city it does not list): this record only.
                foreach (var problem in judged[i].Unreadable?.Problems ?? [])
                {
                    _refused.Add((index, file, entry.Id, problem.ToString(), problem.Message));
                }
            }
        }
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
