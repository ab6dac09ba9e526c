using System.Runtime.ExceptionServices;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Performance;

/// <summary>
/// A missing fact that a rule passes to a function (SCALE-05's <c>Sets.AllIn</c>) stops the rule
/// without an exception: thrown and caught, one cost about as much as judging a hundred applications.
/// </summary>
public sealed class MissingFactCostTests
{
    [Fact]
    public void Evaluate_MajorsOfferedNotGiven_ReportsTheMissingFactWithoutThrowing()
    {
        var request = TestData.Request(institution: i => i with { MajorsOffered = null });
        TestData.Engine.Evaluate(request);
        var thrown = 0;
        var thread = Environment.CurrentManagedThreadId;

        // Tests of other classes run at the same time: only this thread's exceptions count.
        void Count(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                Interlocked.Increment(ref thrown);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        EvaluationResult result;
        try
        {
            result = TestData.Engine.Evaluate(request);
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        var finding = Assert.Single(result.For("SCALE-05"));
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Equal(0, thrown);
    }
}
