using System.Globalization;
using Ahx1X.Demo.Commands;

namespace Ahx1X.Rules.Tests.Demo;

public class LintCommandTests
{
    [Fact]
    public void Lint_ShippedRules_IsClean()
    {
        var run = ConsoleRun.Of("lint", Repository.PathOf("rules"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no problems", run.Output);
    }

    [Fact]
    public void Lint_BrokenRuleFile_GivesOneLineWithPosition()
    {
        using var rules = Repository.CopyRules();
        var workflow = Path.Combine(rules.Path, "2024", "workflows", "application.json");
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace(
            "\"Expression\": \"institution.FundingBudgeted == true\"",
            "\"Expression\": \"institution.FundingBudgeted.GetType() != null\""));

        var run = ConsoleRun.Of("lint", rules.Path);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Output.Split('\n'), l => l.Contains("AHX1007", StringComparison.Ordinal));
        Assert.Matches(@"application\.json:\d+:\d+: AHX1007 \[REQ-03-funding-budgeted\]", line);
    }

    [Fact]
    public void Lint_UnimplementedClauseAndUncoveredCityWindow_AreReported()
    {
        using var rules = Repository.CopyRules();
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        var text = File.ReadAllText(edition)
            .Replace("\"cityReview\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-05\" }", "\"cityReview\": { \"start\": \"2024-03-22\", \"end\": \"2024-03-30\" }")
            .Replace("{ \"id\": \"REQ-04\",", "{ \"id\": \"REQ-05\", \"section\": \"六(四)\", \"title\": { \"zh\": \"示例\", \"en\": \"example\" } },\n    { \"id\": \"REQ-04\",");
        File.WriteAllText(edition, text);

        var run = ConsoleRun.Of("lint", rules.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[REQ-05] $.clauses[", run.Output);
        Assert.Contains("The clause \"REQ-05\" has no enabled rule", run.Output);
        Assert.Contains("$.seasons.spring.cityReview", run.Output);
    }

    [Fact]
    public void Lint_MissingFolder_ExitsTwo()
    {
        var run = ConsoleRun.Of("lint", Path.Combine(Path.GetTempPath(), "no-such-rules-folder"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Theory]
    [InlineData("zh-CN", "zh")]
    [InlineData("zh-TW", "zh")]
    [InlineData("en-US", "en")]
    [InlineData("fr-FR", "en")]
    public void DefaultLanguage_FollowsTheSystemCulture(string culture, string expected) =>
        Assert.Equal(expected, CommonOptions.DefaultLanguage(CultureInfo.GetCultureInfo(culture)));
}

public class LintSchemaTests
{
    [Fact]
    public void Lint_ScenarioFileBreakingItsSchema_GivesALineWithPosition()
    {
        using var rules = Repository.CopyRules();
        var scenarios = Directory.GetFiles(Path.Combine(rules.Path, "2024", "scenarios"), "*.json")[0];
        var text = File.ReadAllText(scenarios);
        var at = text.IndexOf("\"outcome\": \"", StringComparison.Ordinal);
        File.WriteAllText(scenarios, text[..at] + "\"outcome\": \"maybe\", \"old" + text[(at + 1)..]);

        var run = ConsoleRun.Of("lint", rules.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"\.json:\d+:\d+: AHX1015 \$\.scenarios\[\d+\]\.expect\.outcome", run.Output);
    }
}
