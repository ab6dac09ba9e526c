namespace Ahx1X.Rules.Tests.Packs;

/// <summary>
/// Hostile and broken rules: each is a one-rule change to a copy of
/// <c>rules/2024/workflows/application.json</c> and is refused when the pack loads, with a
/// problem naming the rule, or (a rule that fails at run time) never lets an application pass.
/// </summary>
public sealed class RulePackHostileRuleTests
{
    private const string Rule = "REQ-03-funding-budgeted";
    private const string WorkflowPath = "2024/workflows/application.json";

    [Fact]
    public void LoadFromDirectory_DeeplyNestedMessagePlaceholder_IsRefusedNotAStackOverflow()
    {
        using var pack = new TempRulePack();
        var nested = new string('(', 3000) + "institution.Name" + new string(')', 3000);
        SetMessage(pack, Rule, "Funding of {" + nested + "} is not in the budget");

        var problem = AssertRefused(pack, ProblemCodes.InvalidValue);

        Assert.Equal("$.Rules[12].Properties.message", problem.JsonPath);
        Assert.Contains("6016 characters", problem.Message);
        Assert.Contains("at most 2000", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_LongButShallowMessagePlaceholder_Loads()
    {
        using var pack = new TempRulePack();
        var placeholder = "institution.Name + \"" + new string('a', 1970) + "\"";
        Assert.True(placeholder.Length <= 2000);
        SetMessage(pack, Rule, "Funding of {" + placeholder + "} is not in the budget");

        var loaded = PolicyEngine.LoadFromDirectory(pack.Root);

        Assert.Contains(loaded.Pack.For(2024).Rules, r => r.Name == Rule);
    }

    private static void SetMessage(TempRulePack pack, string rule, string english) =>
        pack.EditWorkflow(w => TempRulePack.Rule(w, rule)["Properties"]!["message"]!["en"] = english);

    /// <summary>Loads the pack, expects it refused, and returns the one problem with <paramref name="code"/>, which must name the rule.</summary>
    private static Problem AssertRefused(TempRulePack pack, string code, string rule = Rule)
    {
        var ex = Assert.Throws<RulePackException>(() => PolicyEngine.LoadFromDirectory(pack.Root));
        var problem = Assert.Single(ex.Problems, p => p.Code == code);
        Assert.Equal(rule, problem.Subject);
        Assert.EndsWith("/" + WorkflowPath, problem.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.True(problem.Line > 0, problem.ToString());
        return problem;
    }
}
