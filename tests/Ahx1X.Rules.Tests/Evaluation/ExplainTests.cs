using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Evaluation;

public class ExplainTests
{
    private static readonly PolicyEngine Explaining = PolicyEngine.LoadEmbedded(new PolicyEngineOptions { Explain = true });

    [Fact]
    public void Evaluate_Explain_GivesEveryRulesVerdictWithTheValuesItRead()
    {
        var result = Explaining.Evaluate(TestData.Request(a => a with { Candidates = 29, FormPresent = null }));

        Assert.Equal(TestData.Engine.Pack.For(2024).Application.Rules.Count, result.Verdicts.Count);
        var scale01 = Assert.Single(result.Verdicts, v => v.RuleName == "SCALE-01-minimum-candidates");
        Assert.Equal(RuleOutcome.Broken, scale01.Outcome);
        Assert.Contains(scale01.Facts, f => f.Name == "application.Candidates" && f.Value == "29");
        Assert.Equal(RuleOutcome.MissingFacts, Assert.Single(result.Verdicts, v => v.RuleName == "SCALE-02-form").Outcome);
        var time01 = Assert.Single(result.Verdicts, v => v.RuleName == "TIME-01-application-window");
        Assert.Equal(RuleOutcome.Held, time01.Outcome);
        Assert.Contains(time01.Facts, f => f.Name == "season.Application.End" && f.Value == "2024-04-02");
    }

    [Fact]
    public void Evaluate_Explain_FindsTheSameAsWithout()
    {
        var request = TestData.Request(a => a with { Candidates = 29, SubmittedAt = Moment.FromDate(new NodaTime.LocalDate(2024, 4, 3)) });

        var explained = Explaining.Evaluate(request);
        var plain = TestData.Engine.Evaluate(request);

        Assert.Equal(plain.Outcome, explained.Outcome);
        Assert.Equal(plain.Findings.Select(f => (f.RuleName, f.Kind, f.Message)), explained.Findings.Select(f => (f.RuleName, f.Kind, f.Message)));
        Assert.Empty(plain.Verdicts);
    }
}
