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

            // With the built-in pack loading on another thread since the start, this thread reads
            // the documents meanwhile, then sets up the parser and lays out a table, while another
            // builds the engine and judges the first record once, paying what a first judgment
            // compiles. Either way a problem in the documents is reported after the engine's.
            Func<List<Document>> read = () => ReadDocuments(parsed.GetValue(paths)!);
            var prepared = () => Prepare(common.LoadEngine(parsed), read);
            if (parsed.GetValue(common.Rules) is null && EmbeddedPack.IsLoading)
            {
                var documents = RunNowRethrowLater(read);
                prepared = EmbeddedPack.AfterLoading(
                    () => Warmed(Prepare(common.LoadEngine(parsed), documents)),
                    parsed.GetValue(common.Format) == "table" ? () => TableWarmup.Run(console) : null);
            }

            var (engine, sources, linked) = prepared();

            var refusals = new List<Refusal>();
            var verdicts = Judge(engine, sources, linked, error, refusals);
            if (parsed.GetValue(common.Format) == "json")
            {
                // Each result is written as it is judged, none held; so a run the edition refuses is
                // refused before the first is written, and never leaves a partial report on stdout.
                ThrowForRefusedRun(engine, linked);
                return ExitCode(JsonReport.Write(console.Profile.Out.Writer, engine.Pack, verdicts, refusals), refusals);
            }

            var judged = verdicts.ToList();
            if (parsed.GetValue(common.Format) == "xlsx")
            {
                return WorkbookOutput.Verdicts(parsed.GetValue(output)!, judged, refusals, console, error) ?? ExitCode(judged, refusals);
            }

            TableReport.Write(console, judged, refusals, CommonOptions.Languages(parsed.GetValue(common.Language)!));
            return ExitCode(judged, refusals);
        }));
        return command;
    }

    /// <summary>What judging needs: the engine, and every record of the documents with the source of each, linked as one run.</summary>
    private sealed record Prepared(PolicyEngine Engine, IReadOnlyList<string> Sources, IReadOnlyList<DocumentEntry> Linked);

    /// <summary>Links the records of the documents <paramref name="read"/> gives, or throws what reading them threw.</summary>
    private static Prepared Prepare(PolicyEngine engine, Func<List<Document>> read)
    {
        var documents = read();
        // One run: SCALE-02 and PROC-04 look across every document given.
        var sources = documents.SelectMany(d => d.Entries.Select(_ => d.Source)).ToList();
        return new(engine, sources, JudgedTogether.Link(documents.SelectMany(d => d.Entries)));
    }

    /// <summary>
    /// Judges the first record once and discards the result: the workflow it needs is compiled
    /// and its code made ready, so the real run starts at full speed. What would stop that record
    /// is reported when the run judges it.
    /// </summary>
    private static Prepared Warmed(Prepared prepared)
    {
        try
        {
            _ = prepared.Linked[0].EvaluateWith(prepared.Engine);
        }
        catch (Exception ex) when (ex is EditionNotFoundException or DocumentException)
        {
            // Judge meets it again at this record and reports it there.
        }

        return prepared;
    }

    /// <summary>Runs <paramref name="work"/> now; returns what gives its result, or throws what it threw, as it was thrown.</summary>
    private static Func<T> RunNowRethrowLater<T>(Func<T> work)
    {
        try
        {
            var value = work();
            return () => value;
        }
        catch (Exception ex)
        {
            var thrown = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
            return () =>
            {
                thrown.Throw();
                return default!;
            };
        }
    }

    /// <summary>Reads the documents the paths name; throws when one cannot be read or holds no record.</summary>
    private static List<Document> ReadDocuments(string[] paths)
    {
        var documents = InputFiles.Expand(paths).Select(InputFiles.Load).ToList();
        var empty = documents.Select(RecordProblems.NoRecords).OfType<Problem>().ToList();
        return empty.Count > 0 ? throw new DocumentException(empty) : documents;
    }

    /// <summary>
    /// Judges the records as they are asked for, a few thousand at a time on every core, and gives
    /// them in record order; a record no edition covers is reported and refused.
    /// </summary>
    private static IEnumerable<Verdict> Judge(PolicyEngine engine, IReadOnlyList<string> sources, IReadOnlyList<DocumentEntry> linked, TextWriter error, List<Refusal> refusals)
    {
        const int Chunk = 4096;
        for (var start = 0; start < linked.Count; start += Chunk)
        {
            var judged = RecordJudging.OnEveryCore(Math.Min(Chunk, linked.Count - start), i =>
            {
                var (source, entry) = (sources[start + i], linked[start + i]);
                return new Verdict(source, entry.Id, entry.Subject, entry.Item, entry.EvaluateWith(engine), entry.City);
            });

            for (var i = 0; i < judged.Length; i++)
            {
                if (judged[i] is { Unreadable: { } unreadable })
                {
                    // A value only the edition refuses (a city it does not list) refuses the run, at the first such record.
                    throw unreadable;
                }

                if (judged[i] is { NoEdition: { } ex })
                {
                    error.WriteLine($"ahx1x: {RecordProblems.NoEdition(sources[start + i], linked[start + i].Id, ex)}");
                    refusals.Add(new Refusal(sources[start + i], linked[start + i].Id, ex.Message));
                }
                else
                {
                    yield return judged[i].Result!;
                }
            }
        }
    }

    /// <summary>
    /// Throws the problem of the first record a value only the edition refuses (a city it does not
    /// list), as <see cref="Judge"/> would at that record; checking verdicts alone, on every core.
    /// </summary>
    private static void ThrowForRefusedRun(PolicyEngine engine, IReadOnlyList<DocumentEntry> linked)
    {
        // A record no edition covers is reported by Judge; the run goes on.
        var checkedAll = RecordJudging.OnEveryCore(linked.Count, i => linked[i].CheckWith(engine));
        if (Array.Find(checkedAll, c => c.Unreadable is not null).Unreadable is { } first)
        {
            throw first;
        }
    }

    internal static int ExitCode(IReadOnlyList<Verdict> verdicts, IReadOnlyList<Refusal> refusals) =>
        ExitCode(verdicts.Select(v => v.Result.Outcome), refusals);

    internal static int ExitCode(IEnumerable<Outcome> outcomes, IReadOnlyList<Refusal> refusals) =>
        refusals.Count > 0 ? ExitCodes.BadInput
        : outcomes.All(o => o.IsAccepted() || o == Outcome.NotApplicable) ? ExitCodes.Ok
        : ExitCodes.Findings;
}
