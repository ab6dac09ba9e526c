using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// Arithmetic in rule expressions gives what the expression says, whichever compiler turned it
/// into code: the compliant application has 35 candidates for B1-WEB (minimum 30).
/// </summary>
public sealed class RuleArithmeticTests
{
    private const string Rule = "SCALE-01-minimum-candidates";

    [Theory]
    [InlineData("application.CertificateCode.Length * 2 == 12")]
    [InlineData("application.Candidates.Value - 5 >= certificate.MinimumCandidates.Value")]
    [InlineData("application.Candidates >= certificate.MinimumCandidates")]
    public void Evaluate_ArithmeticOnPlainValues_Holds(string expression)
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, expression);

        var result = PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request());

        Assert.True(result.Outcome == Outcome.Accepted, string.Join("; ", result.Findings.Select(f => f.Message.En)));
    }

    [Fact]
    public void Evaluate_ArithmeticWithValueOnAMissingFact_ReportsTheMissingFact()
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, "application.Candidates.Value - 5 >= certificate.MinimumCandidates.Value");

        var result = PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request(a => a with { Candidates = null }));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.MissingFacts, Rule), (finding.Kind, finding.RuleName));
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    [Theory]
    [InlineData("application.Candidates * 1 == 35")]
    [InlineData("application.Candidates - 35 == 0")]
    [InlineData("application.Candidates > certificate.MinimumCandidates + 4")]
    [InlineData("application.Candidates + 0 <= 100")]
    public void Evaluate_ArithmeticOnANullableFact_Holds(string expression)
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, expression);

        var result = PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request());

        Assert.True(result.Outcome == Outcome.Accepted, string.Join("; ", result.Findings.Select(f => f.Message.En)));
    }

    [Fact]
    public void Evaluate_DivisionByZeroOnPlainValues_FailsTheRule()
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, "application.Candidates.Value / (application.Candidates.Value - 35) > 0");

        var finding = Assert.Single(PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request()).Findings);

        Assert.Equal((FindingKind.RuleFailed, Rule), (finding.Kind, finding.RuleName));
    }

    [Fact]
    public void Evaluate_DivisionByZeroOnANullableFact_FailsTheRule()
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, "application.Candidates / (application.Candidates - 35) > 0");

        var finding = Assert.Single(PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request()).Findings);

        Assert.Equal((FindingKind.RuleFailed, Rule), (finding.Kind, finding.RuleName));
    }

    [Theory]
    [InlineData("application.Candidates * 50000 > 0", 50_000)]
    [InlineData("application.Candidates.Value * 50000 > 0", 50_000)]
    [InlineData("application.Candidates + 2147483647 > 0", 35)]
    [InlineData("0 - application.Candidates.Value - 2147483647 < 0", 35)]
    [InlineData("-(application.Candidates.Value * 65536 * 32768) < 0", 1)]
    public void Evaluate_IntegerOverflow_FailsTheRuleInsteadOfWrapping(string expression, int candidates)
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, expression);

        var result = PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request(a => a with { Candidates = candidates }));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.RuleFailed, Rule), (finding.Kind, finding.RuleName));
        Assert.Contains(new OverflowException().Message, finding.Message.En);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    [Fact]
    public void Evaluate_IntegerOverflowInAMessagePlaceholder_FailsTheRuleInsteadOfShowingAWrappedNumber()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, Rule)["Properties"]!["message"]!["en"] = "{application.Candidates * 1000000000} candidates");

        // 10 candidates breaks the minimum of 30, so the message is shown.
        var result = PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request(a => a with { Candidates = 10 }));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.RuleFailed, Rule), (finding.Kind, finding.RuleName));
        Assert.False(result.IsAccepted);
    }
}
