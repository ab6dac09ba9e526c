using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Packs;

public class RulePackBoundsTests
{
    [Fact]
    public void LoadFromDirectory_ExpressionNestedTooDeep_IsRefusedNamingTheRule()
    {
        using var pack = new TempRulePack();
        pack.SetExpression("REQ-03-funding-budgeted", new string('(', 40) + "institution.FundingBudgeted == true" + new string(')', 40));

        var error = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ProblemCodes.ExpressionSyntax, problem.Code);
        Assert.Equal("REQ-03-funding-budgeted", problem.Subject);
        Assert.Contains("nests brackets more than", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_RuleFileThatNeverEnds_IsRefusedNotReadForever()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // The device exists on the Linux machines CI runs on.
        }

        using var rules = Repository.CopyRules();
        File.CreateSymbolicLink(Path.Combine(rules.Path, "2024", "workflows", "endless.json"), "/dev/zero");

        var error = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(rules.Path));

        Assert.Contains(error.Problems, p => p.File.EndsWith("endless.json", StringComparison.Ordinal) && p.Message.Contains("are refused", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DocumentThatNeverEnds_IsRefusedNotReadForever()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "endless.json");
        File.CreateSymbolicLink(path, "/dev/zero");

        var error = Assert.Throws<DocumentException>(() => Document.Load(path));

        Assert.Contains("are refused", Assert.Single(error.Problems).Message);
    }

    [Fact]
    public void Load_EmptyPath_IsAProblemNotACrash()
    {
        var error = Assert.Throws<DocumentException>(() => Document.Load(""));

        Assert.Single(error.Problems);
    }
}
