using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Reloading;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>
/// Every clause an edition lists has an enabled rule, on every way a pack is loaded: a clause
/// without one would never fire, so what it should refuse would pass.
/// </summary>
public sealed class RulePackCompletenessTests
{
    [Fact]
    public void LoadFromDirectory_DisabledScope01Rule_IsRefusedNamingTheClause()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, "SCOPE-01-in-catalogue")["Enabled"] = false);

        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(ProblemCodes.UnknownClause, problem.Code);
        Assert.Equal("SCOPE-01", problem.Subject);
        Assert.EndsWith("edition.json", problem.File, StringComparison.Ordinal);
        Assert.True(problem.Line > 0);
        Assert.StartsWith("$.clauses[", problem.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromDirectory_EmptyMonthlyReportsWorkflow_IsRefusedNamingReq04()
    {
        using var pack = new TempRulePack();
        var path = "workflows/monthly-reports.json";
        var workflow = JObject.Parse(pack.Read(path));
        workflow["Rules"] = new JArray();
        pack.Write(path, workflow.ToString());

        var ex = Assert.Throws<RulePackException>(() => PolicyEngine.LoadFromDirectory(pack.Root));

        Assert.Equal(["REQ-04"], ex.Problems.Select(p => p.Subject));
    }

    [Fact]
    public void Reload_PackWithAClauseWithoutARule_IsRefusedAndTheOldPackKeepsServing()
    {
        using var pack = new TempRulePack();
        using var engine = new ReloadingPolicyEngine(pack.Root);
        var serving = engine.Current.Pack.Fingerprint;
        pack.EditWorkflow(w => TempRulePack.Rule(w, "SCOPE-01-in-catalogue")["Enabled"] = false);

        var reload = engine.Reload();

        Assert.False(reload.Succeeded);
        Assert.Contains(reload.Problems, p => p.Subject == "SCOPE-01" && p.Code == ProblemCodes.UnknownClause);
        Assert.Equal(serving, engine.Current.Pack.Fingerprint);
        var unknown = engine.Current.Evaluate(TestData.Request(a => a with { CertificateCode = "NO-SUCH-CODE" }));
        Assert.Contains(unknown.Findings, f => f.ClauseId == "SCOPE-01");
    }
}
