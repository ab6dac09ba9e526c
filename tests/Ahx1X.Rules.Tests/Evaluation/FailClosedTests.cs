using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// A rule that cannot run never lets an application pass, and the rule data (not the code)
/// decides the windows: edited copies of <c>rules/2024</c> loaded from disk.
/// </summary>
public sealed class FailClosedTests
{
    private const string DivideByZero = "application.Candidates / (application.Candidates - application.Candidates) > 0";

    [Fact]
    public void Evaluate_RuleThatDividesByZero_IsIndeterminateWithRuleFailedFinding()
    {
        using var pack = new TempRulePack();
        pack.SetExpression("SCALE-01-minimum-candidates", DivideByZero);
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        var result = engine.Evaluate(TestData.Request());

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.RuleFailed, finding.Kind);
        Assert.Equal("SCALE-01-minimum-candidates", finding.RuleName);
        Assert.Equal("SCALE-01", finding.ClauseId);
        Assert.Contains("SCALE-01-minimum-candidates", finding.Message.Zh);
        Assert.Contains("SCALE-01-minimum-candidates", finding.Message.En);
        Assert.Contains(new DivideByZeroException().Message, finding.Message.En);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.False(result.IsAccepted);
    }

    [Fact]
    public void Evaluate_RuleThatDividesByZeroInWarningClause_IsStillIndeterminate()
    {
        using var pack = new TempRulePack();
        pack.SetExpression("REQ-03-funding-budgeted", DivideByZero);
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        var result = engine.Evaluate(TestData.Request());

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.RuleFailed, finding.Kind);
        Assert.Equal("REQ-03-funding-budgeted", finding.RuleName);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    [Fact]
    public void Evaluate_RuleThatFailsAndErrorClauseFires_Rejects()
    {
        using var pack = new TempRulePack();
        pack.SetExpression("SCALE-01-minimum-candidates", DivideByZero);
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        var result = engine.Evaluate(TestData.Request(a => a with { FormPresent = false }));

        Assert.Contains(result.Findings, f => f.Kind == FindingKind.RuleFailed && f.RuleName == "SCALE-01-minimum-candidates");
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Violation && f.RuleName == "SCALE-02-form");
        Assert.Equal(Outcome.Rejected, result.Outcome);
    }

    [Fact]
    public void Evaluate_SpringWindowEndMovedInEditionFile_AppliesNewEndWithoutRebuild()
    {
        var submitted = new LocalDate(2024, 4, 3);
        var request = TestData.Request(a => a.SubmittedOnDate(submitted, Season.Spring));
        Assert.False(TestData.Engine.Evaluate(request).Passes("TIME-01"));

        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile,
            "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-02\" }",
            "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-03\" }");
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        var result = engine.Evaluate(request);

        Assert.True(result.Passes("TIME-01"));
        Assert.Equal(Outcome.Accepted, result.Outcome);
        Assert.Equal(new LocalDate(2024, 4, 3), engine.Pack.For(2024).Parameters.Spring.Application.End);
        Assert.NotEqual(TestData.Engine.Pack.Fingerprint, engine.Pack.Fingerprint);
    }

    [Fact]
    public void LoadFromDirectory_UnchangedCopy_MatchesEmbeddedPack()
    {
        using var pack = new TempRulePack();
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        var result = engine.Evaluate(TestData.Request());

        Assert.Equal(Outcome.Accepted, result.Outcome);
        Assert.Equal(
            TestData.Engine.Pack.For(2024).Rules.Select(r => r.Name),
            engine.Pack.For(2024).Rules.Select(r => r.Name));
        Assert.Equal(TestData.Engine.Pack.Fingerprint, engine.Pack.Fingerprint);
    }
}
