namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// Checking a typed request in bounds builds no text: the member paths of its checks are joined
/// only when a problem names them. Counted in bytes on this thread, which does not depend on the
/// machine's speed; the benchmarks measure time. Alone, because a listener of another test's
/// telemetry would have every evaluation record what it measures.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class AllocationTests
{
    [Fact]
    public void Evaluate_AcceptedApplication_AllocatesNothing()
    {
        var engine = TestData.Engine;
        var request = TestData.Request();
        for (var i = 0; i < 1_000; i++)
        {
            engine.Evaluate(request);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            engine.Evaluate(request);
        }

        var perEvaluation = (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000.0;

        // 0 B: the result of an accepted application is shared and each thread keeps its scope for the next
        // one (64 B when each run built its own). Checking the request's 20 members once built their paths
        // eagerly and cost about 2 KB more.
        Assert.True(perEvaluation == 0, $"{perEvaluation} bytes per accepted application");
    }
}
