using System.Collections.Concurrent;
using System.Diagnostics;
using Ahx1X.Rules;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Steps;
using RulesEngine.Models;
using ReEngine = RulesEngine.RulesEngine;

namespace Ahx1X.Benchmarks;

/// <summary>
/// Measures the ratios that matter in one process, interleaved: each round times every way of
/// judging the same input one after the other, so load from other processes on a shared machine
/// lands on all of them alike instead of on whichever ran in its own process at the wrong time.
/// Run with <c>dotnet run -c Release --project benchmarks -- interleaved [rounds]</c>.
/// </summary>
internal static class Interleaved
{
    public static void Run(int rounds)
    {
        var engine = PolicyEngine.LoadEmbedded();
        var edition = engine.Pack.For(2024);
        var catalogue = engine.CatalogueFor(2024);
        var sameOutput = new SameOutputRules(engine, 2024);
        var workflow = new Workflow
        {
            WorkflowName = "Application",
            Rules = edition.Application.Rules.Select(r => new Rule { RuleName = r.Definition.Name, Expression = r.Definition.Expression }).ToList(),
        };
        var rulesEngine = new ReEngine([workflow], ExpressionCompiler<ApplicationScope>.Settings());
        Console.WriteLine($"# {Environment.ProcessorCount} cores, .NET {Environment.Version}, {rounds} rounds; median ns per call, bytes per call");
        Console.WriteLine("| case | same-output | checks-only | Evaluate | Evaluate, every message and fact read | Check | RulesEngine | Evaluate / same-output | Evaluate read / same-output | RulesEngine / Evaluate | Evaluate B | Evaluate read B |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var which in Enum.GetValues<ApplicationCase>())
        {
            var request = Requests.For(which);
            var parameters = ScopeShape<ApplicationScope>.Instance.ToRuleParameters(engine.ScopeFor(request, edition));
            var ways = new (string Name, Action Call)[]
            {
                ("same-output", () => sameOutput.Evaluate(request)),
                ("checks-only", () => HandWrittenRules.Check(request, catalogue, edition.Parameters)),
                ("Evaluate", () => engine.Evaluate(request)),
                ("Evaluate, read", () => ReadEverything(engine.Evaluate(request))),
                ("Check", () => engine.Check(request)),
                ("RulesEngine", () => rulesEngine.ExecuteAllRulesAsync("Application", parameters).GetAwaiter().GetResult()),
            };
            if (which == ApplicationCase.Accepted)
            {
                // The parts of the facade's work, each alone: the bounds of the request, the scope, the rules (fused), the receipt, the edition.
                var scope = engine.ScopeFor(request, edition);
                // The fused check alone: as the library runs it (precompiled C#) and as its tree compiles.
                var tree = (System.Linq.Expressions.Expression<FusedCheck<ApplicationScope>>)edition.Application.FusedTree!;
                var precompiled = (FusedCheck<ApplicationScope>)Ahx1X.Rules.Packs.Compilation.PrecompiledChecks.Find(tree)!;
                var compiled = ExpressionCompiler<ApplicationScope>.CompileLambda(tree);
                var pieces = new (string Name, Action Call)[]
                {
                    ("bounds", () => StepTable.Application.Check(request, RequestProblems.ForThisThread())),
                    ("scope", () => engine.ScopeFor(request, edition)),
                    ("fused", () => edition.Application.Check(scope)),
                    ("receipt", () => engine.ReceiptFor(edition.Application, edition)),
                    ("edition", () => engine.Pack.For(2024)),
                    ("fused check, precompiled", () => precompiled(scope, out _, out _)),
                    ("fused check, tree compiled", () => compiled(scope, out _, out _)),
                };
                var (pt, _) = Measure(pieces, rounds);
                Console.WriteLine("# where an accepted Evaluate goes (median ns): " + string.Join(", ", pieces.Select((p, i) => $"{p.Name} {pt[i]:F0}")));
            }

            var (times, bytes) = Measure(ways, rounds);
            Console.WriteLine($"| {which} | {times[0]:F0} | {times[1]:F0} | {times[2]:F0} | {times[3]:F0} | {times[4]:F0} | {times[5]:F0} | {times[2] / times[0]:F2}x | {times[3] / times[0]:F2}x | {times[5] / times[2]:F1}x | {bytes[2]:F0} | {bytes[3]:F0} |");
        }

        Batch(engine, catalogue, rounds);
    }

    /// <summary>
    /// Reads every message and fact of <paramref name="result"/>, as a caller that shows them does: the facade may
    /// render them at their first read, and the same-output baseline has built them already.
    /// </summary>
    internal static int ReadEverything(EvaluationResult result)
    {
        var length = 0;
        foreach (var finding in result.Findings)
        {
            length += finding.Message.Zh.Length + finding.Message.En.Length;
            foreach (var fact in finding.Facts)
            {
                length += fact.Value?.Length ?? 0;
            }
        }

        return length;
    }

    /// <summary>Judges the generated batch of 100,000 with Check and Evaluate, on one thread and on every core.</summary>
    private static void Batch(PolicyEngine engine, Catalogue catalogue, int rounds)
    {
        var requests = Requests.Generate(100_000, catalogue, Requests.BatchSeed);
        var ways = new (string Name, Action Call)[]
        {
            ("Check, 1 thread", Passes(() => { foreach (var r in requests) { engine.Check(r); } })),
            ("Check, all cores", Passes(() => Parallel.ForEach(Partitioner.Create(0, requests.Length, 2_000), range => { for (var i = range.Item1; i < range.Item2; i++) { engine.Check(requests[i]); } }))),
            ("Evaluate, 1 thread", Passes(() => { foreach (var r in requests) { engine.Evaluate(r); } })),
            ("Evaluate, all cores", Passes(() => Parallel.ForEach(Partitioner.Create(0, requests.Length, 2_000), range => { for (var i = range.Item1; i < range.Item2; i++) { engine.Evaluate(requests[i]); } }))),
        };
        // A whole Check batch takes about 12 ms on two cores, so one pass is short enough for the
        // start of Parallel.ForEach and a single stall to move its ratio: each sample is several
        // passes, and there are as many rounds as for the calls above.
        var (times, _) = Measure(ways, rounds, perCall: false);
        for (var i = 0; i < times.Length; i++)
        {
            times[i] /= BatchPasses;
        }

        Console.WriteLine();
        Console.WriteLine($"| batch of 100,000 (median of {rounds} samples of {BatchPasses} passes) | ms per pass | applications/s |");
        Console.WriteLine("|---|---:|---:|");
        for (var i = 0; i < ways.Length; i++)
        {
            Console.WriteLine($"| {ways[i].Name} | {times[i] / 1e6:F1} | {100_000 / (times[i] / 1e9):N0} |");
        }

        Console.WriteLine($"Check: 1 → {Environment.ProcessorCount} threads {times[0] / times[1]:F2}x; Evaluate {times[2] / times[3]:F2}x");
    }

    /// <summary>How many times each sample of the batch judges the 100,000 applications.</summary>
    private const int BatchPasses = 5;

    private static Action Passes(Action pass) => () =>
    {
        for (var i = 0; i < BatchPasses; i++)
        {
            pass();
        }
    };

    /// <summary>Returns the median time (ns) per call, or per run when not <paramref name="perCall"/>, and the bytes per call on this thread.</summary>
    private static (double[] Times, double[] Bytes) Measure((string Name, Action Call)[] ways, int rounds, bool perCall = true)
    {
        // Warm every way for a while (its first calls compile delegates, and the JIT tiers up),
        // then find how many calls take about 20 ms.
        var counts = new int[ways.Length];
        var bytes = new double[ways.Length];
        for (var w = 0; w < ways.Length; w++)
        {
            for (var warm = Stopwatch.StartNew(); warm.ElapsedMilliseconds < (perCall ? 300 : 0);)
            {
                ways[w].Call();
            }
        }

        Thread.Sleep(200);
        for (var w = 0; w < ways.Length; w++)
        {
            var calls = 1;
            var watch = Stopwatch.StartNew();
            for (; watch.ElapsedMilliseconds < 20 || calls < 2; calls *= 2)
            {
                watch.Restart();
                for (var i = 0; i < calls; i++)
                {
                    ways[w].Call();
                }
            }

            counts[w] = perCall ? calls : 1;
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < counts[w]; i++)
            {
                ways[w].Call();
            }

            bytes[w] = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)counts[w];
        }

        var samples = ways.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < ways.Length; k++)
            {
                // A different way goes first each round.
                var w = (k + round) % ways.Length;
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < counts[w]; i++)
                {
                    ways[w].Call();
                }

                samples[w].Add(watch.Elapsed.TotalNanoseconds / counts[w]);
            }
        }

        return (samples.Select(s => s.Order().ElementAt(s.Count / 2)).ToArray(), bytes);
    }
}
