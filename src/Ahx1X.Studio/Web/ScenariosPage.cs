using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Json;

namespace Ahx1X.Studio.Web;

/// <summary>The edition's scenario tests, all or one, with pass and fail side by side and the clause coverage table, run by the library's scenario runner against the folder as saved.</summary>
internal static class ScenariosPage
{
    public static string Render(StudioContext context)
    {
        var body = new HtmlWriter();
        var only = context.Http.Request.Query["only"].ToString();
        if (context.Snapshot.Engine is { } engine && context.Year is { } year)
        {
            var problems = new ProblemList();
            var scenarios = ScenarioRunner.Read(engine.Pack.For(year), problems).ToList();
            var chosen = only.Length > 0 ? scenarios.Where(s => s.Name == only).ToList() : scenarios;
            var run = ScenarioRunner.Run(engine, chosen);
            var failed = run.Results.Count(r => !r.Passed);
            body.Add($"<p class=\"run-summary {(failed > 0 ? "fail" : "pass")}\" id=\"run-summary\">{context.L($"{run.Results.Count} 个场景：{run.Results.Count - failed} 个通过，{failed} 个失败", $"{run.Results.Count} scenarios: {run.Results.Count - failed} passed, {failed} failed")}</p>");
            body.Add($"<p><a class=\"button\" id=\"run-all\" href=\"{context.Link("/scenarios")}\">{context.L("全部运行", "Run all")}</a></p>");
            if (problems.Items.Count + run.Problems.Count > 0)
            {
                body.Add(Layout.Problems(problems.Items.Concat(run.Problems)));
            }

            body.Add($"<table class=\"scenarios\" id=\"scenario-table\"><thead><tr><th>{context.L("结果", "Result")}</th><th>{context.L("场景", "Scenario")}</th><th>{context.L("期望", "Expected")}</th><th>{context.L("实际", "Actual")}</th><th></th></tr></thead><tbody>");
            foreach (var result in run.Results.OrderBy(r => r.Passed))
            {
                var scenario = result.Scenario;
                var expected = $"{context.L(Terms.Outcome, scenario.Expect.Outcome)} {string.Join(" ", scenario.Expect.Fires)}{(scenario.Expect.DoesNotFire.Count > 0 ? " ¬" + string.Join(" ¬", scenario.Expect.DoesNotFire) : "")}";
                body.Add($"<tr class=\"{(result.Passed ? "pass" : "fail")}\" data-scenario=\"{scenario.Name}\"><td>{(result.Passed ? context.L("通过", "pass") : context.L("失败", "FAIL"))}</td><td>{scenario.Name}<br><code class=\"file\">{scenario.File}:{scenario.Line}</code></td>");
                body.Add($"<td>{expected}</td><td>{context.L(Terms.Outcome, result.Actual)} {string.Join(" ", result.Fired)}{(result.Passed ? "" : "\n")}");
                foreach (var failure in result.Failures)
                {
                    body.Add($"<div class=\"failure\">{failure}</div>");
                }

                body.Add($"</td><td><a href=\"{context.Link("/scenarios", "only=" + Uri.EscapeDataString(scenario.Name))}\">{context.L("单独运行", "Run")}</a></td></tr>");
            }

            body.Add($"</tbody></table><h2>{context.L("条款覆盖", "Clause coverage")}</h2><table class=\"coverage\" id=\"coverage\"><thead><tr><th>{context.L("条款", "Clause")}</th><th>{context.L("触发", "Fired")}</th><th>{context.L("检查且通过", "Checked and passed")}</th><th>{context.L("两面都覆盖", "Both ways")}</th></tr></thead><tbody>");
            foreach (var clause in run.Coverage.Where(c => c.Edition == year))
            {
                body.Add($"<tr class=\"{(clause.IsCovered ? "pass" : "fail")}\"><td><code>{clause.ClauseId}</code></td><td>{clause.Fired}</td><td>{clause.Passed}</td><td>{(clause.IsCovered ? "✓" : "–")}</td></tr>");
            }

            body.Add($"</tbody></table><p>{context.L("覆盖率", "Coverage")} {run.CoveragePercent}%</p>");
        }

        return Layout.Page(context, "/scenarios", context.L("场景测试", "Scenarios"), body.ToRaw());
    }
}
