using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>Edits any workflow of a <see cref="TempRulePack"/>, and expects a load to be refused with one located problem.</summary>
internal static class RulePackEdits
{
    /// <summary>Sets the expression of <paramref name="rule"/> in the workflow file <paramref name="file"/>.</summary>
    public static void SetExpression(this TempRulePack pack, string file, string rule, string expression) =>
        Edit(pack, file, rule, r => r["Expression"] = expression);

    /// <summary>Sets the English message of <paramref name="rule"/> in the application workflow.</summary>
    public static void SetEnglishMessage(this TempRulePack pack, string rule, string english) =>
        Edit(pack, TempRulePack.WorkflowFile, rule, r => r["Properties"]!["message"]!["en"] = english);

    /// <summary>Loads the pack, expects it refused, and returns the one problem with <paramref name="code"/>, which must name the rule and its file and line.</summary>
    public static Problem AssertRefused(this TempRulePack pack, string code, string rule, string file = TempRulePack.WorkflowFile)
    {
        var ex = Assert.Throws<RulePackException>(() => PolicyEngine.LoadFromDirectory(pack.Root));
        var problem = Assert.Single(ex.Problems, p => p.Code == code);
        Assert.Equal(rule, problem.Subject);
        Assert.EndsWith("/2024/" + file, problem.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.True(problem.Line > 0, problem.ToString());
        return problem;
    }

    private static void Edit(TempRulePack pack, string file, string rule, Action<JObject> edit)
    {
        var root = JObject.Parse(pack.Read(file));
        edit(TempRulePack.Rule(root, rule));
        pack.Write(file, root.ToString(Newtonsoft.Json.Formatting.Indented));
    }
}
