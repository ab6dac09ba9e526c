using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Authoring;

/// <summary>
/// Runs the scenario tests shipped in <c>rules/2024/scenarios</c>, one theory case per scenario,
/// and checks that together they show every clause of the edition both firing and passing.
/// </summary>
public class ShippedScenarioTests
{
    /// <summary>The shipped scenarios, run once for every test of the class.</summary>
    private static readonly Lazy<ScenarioRun> Shipped = new(() => ScenarioRunner.RunFolder(Repository.PathOf("rules")));

    public static TheoryData<string, string> Scenarios()
    {
        var data = new TheoryData<string, string>();
        foreach (var result in Shipped.Value.Results)
        {
            data.Add(result.Scenario.File, result.Scenario.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void ShippedScenario_Passes(string file, string name)
    {
        var result = Assert.Single(Shipped.Value.Results, r => r.Scenario.File == file && r.Scenario.Name == name);

        Assert.True(result.Passed,
            $"{file}:{result.Scenario.Line} \"{name}\" failed:\n  {string.Join("\n  ", result.Failures)}");
    }

    [Fact]
    public void ShippedScenarios_AreReadWithoutProblems()
    {
        var run = Shipped.Value;

        Assert.True(run.Problems.Count == 0, string.Join("\n", run.Problems));
        Assert.InRange(run.Results.Count, 60, 150);
        Assert.Equal(
            ["adjustments.json", "applications.json", "monthly-progress.json", "monthly-reports.json", "reviews.json", "routing-and-reconciliation.json", "second-reading.json", "summary-tables.json"],
            run.Results.Select(r => Path.GetFileName(r.Scenario.File)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ShippedScenarios_ShowEveryClauseFiringAndPassing()
    {
        var run = Shipped.Value;

        var uncovered = run.Coverage.Where(c => !c.IsCovered).Select(c => $"{c.Edition} {c.ClauseId}: fired {c.Fired}, passed {c.Passed}").ToList();
        Assert.True(uncovered.Count == 0, "Clauses not shown both ways:\n" + string.Join("\n", uncovered));
        Assert.Equal(100, run.CoveragePercent);
        Assert.Equal(25, run.Coverage.Count(c => c.Edition == 2024));
        Assert.True(run.Passed, string.Join("\n", run.Problems.Select(p => p.ToString())
            .Concat(run.Results.Where(r => !r.Passed).Select(r => $"{r.Scenario.Name}: {string.Join("; ", r.Failures)}"))));
    }

    [Fact]
    public void ShippedScenarios_NamesStartWithTheClauseTheyAreAbout()
    {
        var run = Shipped.Value;
        var clauses = run.Coverage.Select(c => c.ClauseId).ToHashSet(StringComparer.Ordinal);

        var misnamed = run.Results.Select(r => r.Scenario.Name).Where(n => !clauses.Contains(n.Split(':')[0])).ToList();
        Assert.True(misnamed.Count == 0, "Scenario names that do not start with a clause id:\n" + string.Join("\n", misnamed));
    }
}
