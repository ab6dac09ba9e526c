using Ahx1X.Rules.Packs;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>An edition whose values contradict themselves or cannot serve refuses the pack, naming the value to correct.</summary>
public sealed class RulePackEditionValuesTests
{
    [Theory]
    [InlineData("\"cityReview\": { \"start\": \"2024-03-22\"", "\"cityReview\": { \"start\": \"2024-04-22\"", ProblemCodes.InconsistentParameters, "$.seasons.spring.cityReview", 8)]
    [InlineData("\"date\": \"2024-09-20\"", "\"date\": \"2025-09-20\"", ProblemCodes.InconsistentParameters, "$.seasons.autumn.summaryDeadline.date", 16)]
    [InlineData("\"mailbox\": \"ahxzsbg@126.com\"", "\"mailbox\": \"ahxzsbg.126.com\"", ProblemCodes.InvalidValue, "$.mail.quotaIncrease.mailbox", 21)]
    [InlineData("\"subject\": \"{unit}2024年证书申报\"", "\"subject\": \"2024年证书申报\"", ProblemCodes.InvalidValue, "$.mail.summary.subject", 20)]
    [InlineData("so the outcome is not known: {error}", "so the outcome is not known", ProblemCodes.InvalidValue, "$.messages.ruleFailed.en", 152)]
    public void LoadFromDirectory_EditionValueThatCannotServe_PointsAtTheValue(string text, string replacement, string code, string path, int line)
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, text, replacement);

        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((code, path, line), (problem.Code, problem.JsonPath, problem.Line));
        Assert.EndsWith("edition.json", problem.File, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromDirectory_ClauseListedTwice_PointsAtTheSecondListing()
    {
        using var pack = new TempRulePack();
        var clause = "{ \"id\": \"SCALE-01\", \"section\": \"二\", \"title\": { \"zh\": \"申报人数不低于该证书开考最低人数\", \"en\": \"Candidates reach the certificate's minimum for an exam to open\" } },";
        pack.Replace(TempRulePack.EditionFile, clause, clause + "\n    " + clause);

        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((ProblemCodes.Duplicate, "SCALE-01", "$.clauses[2]"), (problem.Code, problem.Subject, problem.JsonPath));
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public void LoadFromDirectory_SpringReachingIntoAutumn_PointsAtTheSeasons()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, "\"application\": { \"start\": \"2024-09-15\", \"end\": \"2024-09-25\" }", "\"application\": { \"start\": \"2024-03-30\", \"end\": \"2024-09-25\" }");

        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.InconsistentParameters && p.JsonPath == "$.seasons");
    }
}
