using Ahx1X.Rules;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using BenchmarkDotNet.Attributes;

namespace Ahx1X.Benchmarks;

/// <summary>
/// Judges a batch of generated applications through the facade (one shared engine, which is
/// immutable and thread-safe) and counts the outcomes: a sequential loop against
/// <see cref="Parallel.For(int, int, Action{int})"/> and PLINQ.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BatchBenchmarks
{
    // Counts are indexed by the outcome's value, which starts at 1.
    private static readonly int OutcomeCount = Enum.GetValues<Outcome>().Max(o => (int)o) + 1;

    private PolicyEngine _engine = null!;
    private ApplicationRequest[] _requests = null!;

    [Params(100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = PolicyEngine.LoadEmbedded();
        _requests = Requests.Generate(Count, _engine.CatalogueFor(2024), Requests.BatchSeed);
        var sequential = Sequential();
        if (!sequential.SequenceEqual(ParallelFor()) || !sequential.SequenceEqual(Plinq()))
        {
            throw new InvalidOperationException("The parallel counts differ from the sequential ones.");
        }

        Console.WriteLine("// Outcomes: " + string.Join(", ", Enum.GetValues<Outcome>().Select(o => $"{o} {sequential[(int)o]}")));
    }

    [Benchmark(Baseline = true)]
    public int[] Sequential()
    {
        var counts = new int[OutcomeCount];
        foreach (var request in _requests)
        {
            counts[(int)_engine.Evaluate(request).Outcome]++;
        }

        return counts;
    }

    [Benchmark]
    public int[] ParallelFor()
    {
        var counts = new int[OutcomeCount];
        Parallel.For(
            0,
            _requests.Length,
            () => new int[OutcomeCount],
            (i, _, local) =>
            {
                local[(int)_engine.Evaluate(_requests[i]).Outcome]++;
                return local;
            },
            local =>
            {
                for (var o = 0; o < local.Length; o++)
                {
                    Interlocked.Add(ref counts[o], local[o]);
                }
            });
        return counts;
    }

    [Benchmark]
    public int[] Plinq() =>
        _requests.AsParallel().Aggregate(
            () => new int[OutcomeCount],
            (local, request) =>
            {
                local[(int)_engine.Evaluate(request).Outcome]++;
                return local;
            },
            (total, local) =>
            {
                for (var o = 0; o < local.Length; o++)
                {
                    total[o] += local[o];
                }

                return total;
            },
            total => total);
}
