using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>Only the two accepted outcomes let a document through; no other value does, the unfilled default included.</summary>
public sealed class OutcomeExtensionsTests
{
    [Theory]
    [InlineData(Outcome.Accepted, true)]
    [InlineData(Outcome.AcceptedWithWarnings, true)]
    [InlineData(Outcome.Rejected, false)]
    [InlineData(Outcome.Indeterminate, false)]
    [InlineData(Outcome.NotApplicable, false)]
    [InlineData((Outcome)0, false)]
    [InlineData((Outcome)99, false)]
    public void IsAccepted_EveryOutcome_IsTrueOnlyForTheAcceptedOnes(Outcome outcome, bool accepted)
    {
        Assert.Equal(accepted, outcome.IsAccepted());
        Assert.Equal(accepted, new CheckResult(outcome, []).IsAccepted);
    }
}
