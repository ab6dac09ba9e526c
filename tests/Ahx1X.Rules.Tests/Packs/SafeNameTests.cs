using Ahx1X.Rules.Packs;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>Rule names and clause ids keep to a small alphabet, so none can forge or disguise output.</summary>
public sealed class SafeNameTests
{
    [Theory]
    [InlineData("SCALE-01\u001b[2J")]
    [InlineData("SCALE-01\r")]
    [InlineData("SCALE-01\n")]
    [InlineData("SCALE\u202E10-")]
    [InlineData("SCALE-01\u200B")]
    [InlineData("SCАLE-01")] // a Cyrillic А
    [InlineData("")]
    public void LoadFromDirectory_RuleNameOutsideTheAlphabet_IsRefusedShownEscaped(string name)
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, "SCALE-01-minimum-candidates")["RuleName"] = name);

        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        var problem = Assert.Single(ex.Problems, p => p.JsonPath.EndsWith("RuleName", StringComparison.Ordinal));
        Assert.True(problem.Line > 0);
        Assert.DoesNotContain(problem.Message, c => char.IsControl(c) || c is '\u202E' or '\u200B' or 'А');
    }

    [Fact]
    public void LoadFromDirectory_ClauseIdOutsideTheAlphabet_IsRefused()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, "{ \"id\": \"REQ-04\",", "{ \"id\": \"REQ-04\\u001b\",");

        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Message.Contains("\\u001B", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedPack_KeepsToTheAlphabet()
    {
        Assert.NotEmpty(RulePack.LoadEmbedded().Editions);
    }
}
