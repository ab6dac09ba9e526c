using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.Reloading;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Reloading;

/// <summary>One rule decides which files of a pack are read and hashed: nothing is hashed and then skipped.</summary>
public class PackFilesTests
{
    [Theory]
    [InlineData("2024/workflows/more-rules.JSON", "not lower case")]
    [InlineData("2024/workflows/more-rules.Json", "not lower case")]
    [InlineData("2024/workflows/notes.txt", "Only .json files belong in workflows/")]
    [InlineData("2024/workflows/README.md", "Only .json files belong in workflows/")]
    [InlineData("2024/workflows/draft/application.json.bak", "Only .json files belong in workflows/")]
    [InlineData("2024/NOTICE.TXT", "not lower case")]
    public void LoadFromDirectory_FileTheRuleWouldNotRead_IsRefusedNamingIt(string relative, string says)
    {
        using var rules = Repository.CopyRules();
        rules.Write(relative, File.ReadAllText(Path.Combine(rules.Path, "2024", "workflows", "application.json")));

        var error = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(rules.Path));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ProblemCodes.UnknownWorkflow, problem.Code);
        Assert.Equal(Path.Combine(rules.Path, relative), problem.File);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_UpperCaseExtensionInWorkflows_IsReported()
    {
        using var rules = Repository.CopyRules();
        rules.Write("2024/workflows/more-rules.JSON", "{}");

        var result = RulesLinter.Lint(rules.Path);

        Assert.Contains(result.Problems, p => p.File.EndsWith("more-rules.JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadFromDirectory_NotesOutsideWorkflows_AreNotPartOfThePack()
    {
        using var rules = Repository.CopyRules();
        var shipped = RulePack.LoadFromDirectory(rules.Path).Fingerprint;
        rules.Write("2024/README.md", "Notes for staff.");
        rules.Write("README", "Notes for staff.");

        Assert.Equal(shipped, RulePack.LoadFromDirectory(rules.Path).Fingerprint);
    }

    [Theory]
    [InlineData("workflows/a.json", true)]
    [InlineData("2024/notice.txt", true)]
    [InlineData("2024/workflows/a.JSON", false)]
    [InlineData("2024/workflows/notice.txt", false)]
    [InlineData("2024/notes.md", false)]
    public void IsRead_FollowsTheOneRule(string relative, bool read) =>
        Assert.Equal(read, PackFiles.IsRead(relative, out _));
}
