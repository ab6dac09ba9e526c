using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Packs;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>A message value read from an edition value still a placeholder says so; once staff set the value, it does not; lint lists what is still in force.</summary>
public sealed class PlaceholderMarkTests
{
    [Fact]
    public void Scale03_PlaceholderThreshold_IsMarkedInBothLanguages()
    {
        // B1-ELD: completion 0.55, below the 0.6 placeholder.
        var finding = TestData.Evaluate(a => a with { CertificateCode = "B1-ELD" }).For("SCALE-03").Single();

        Assert.Contains("低于 0.6（暂定值，待主管部门确定）", finding.Message.Zh);
        Assert.Contains("below 0.6 (placeholder, to be set by the provincial office)", finding.Message.En);
    }

    [Fact]
    public void Scale03_ThresholdSetByStaff_IsNotMarked()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, "\"lowCompletionRate\": { \"value\": 0.6, \"placeholder\": true", "\"lowCompletionRate\": { \"value\": 0.6, \"placeholder\": false");
        var engine = new PolicyEngine(RulePack.LoadFromDirectory(pack.Root));

        var result = engine.Evaluate(TestData.Request(a => a with { CertificateCode = "B1-ELD" }));

        var completion = result.For("SCALE-03").Single();
        Assert.Equal("该证书往年完成率 0.55，低于 0.6，应从严控制申报", completion.Message.Zh);
        Assert.DoesNotContain(result.Receipt.PlaceholderParameters, p => p.Name == "lowCompletionRate");
        Assert.Contains(result.Receipt.PlaceholderParameters, p => p.Name == "lowIssuanceRate");
    }

    [Fact]
    public void Lint_ListsEachPlaceholderInForceWithItsPosition_AndStaysClean()
    {
        var result = RulesLinter.Lint(Demo.Repository.PathOf("rules"));

        Assert.True(result.IsClean, string.Join("\n", result.Problems));
        Assert.Equal(
            ["$.thresholds.lowCompletionRate.value", "$.thresholds.lowIssuanceRate.value", "$.thresholds.earliestOfficeMeeting.value", "$.thresholds.slowExamination.value", "$.thresholds.slowExamination.monthsAfterApproval"],
            result.Placeholders.Select(p => p.Parameter.JsonPath));
        Assert.All(result.Placeholders, p => Assert.True(p.Line > 0));
        Assert.All(result.Placeholders, p => Assert.EndsWith("edition.json", p.File, StringComparison.Ordinal));
        Assert.Matches(@"edition\.json:\d+:\d+: warning: placeholder lowCompletionRate \(\$\.thresholds\.lowCompletionRate\.value\) = 0\.6 is still in force \(暂定值，待主管部门确定 / placeholder, to be set by the provincial office\)", result.Placeholders[0].ToString());
    }

    [Fact]
    public void Lint_ValueSetByStaff_IsNoLongerListed()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, "\"lowIssuanceRate\": { \"value\": 0.6, \"placeholder\": true", "\"lowIssuanceRate\": { \"value\": 0.6, \"placeholder\": false");

        var result = RulesLinter.Lint(pack.Root);

        Assert.DoesNotContain(result.Placeholders, p => p.Parameter.Name == "lowIssuanceRate");
        Assert.Equal(4, result.Placeholders.Count);
    }
}
