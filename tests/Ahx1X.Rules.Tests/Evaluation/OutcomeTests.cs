using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>A verdict nobody filled in is never a pass.</summary>
public sealed class OutcomeTests
{
    [Fact]
    public void DefaultOutcome_IsNoneOfTheVerdicts()
    {
        Assert.False(Enum.IsDefined(default(Outcome)));
        Assert.DoesNotContain(default(Outcome), Enum.GetValues<Outcome>());
    }

    [Fact]
    public void ResultWithDefaultOutcome_IsNotAccepted()
    {
        var result = new EvaluationResult { Outcome = default, Findings = [], Receipt = TestData.Engine.Evaluate(TestData.Request()).Receipt };

        Assert.False(result.IsAccepted);
    }
}
