using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Results;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>The console judges summary tables together with the applications documents given in the same run (PROC-04), and the routing samples both ways.</summary>
public class JointEvaluateTests
{
    private static string Sample(string name) => Repository.PathOf(Path.Combine("samples", "documents", name));

    [Fact]
    public void Evaluate_SummaryWithApplicationsDocument_ReconcilesEachMailWithThem()
    {
        var run = ConsoleRun.Of("evaluate", Sample("summary-rows.json"), Sample("applications-accepted.json"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var results = JObject.Parse(run.Output)["results"]!.ToDictionary(r => (string)r["id"]!);
        Assert.Equal("accepted", (string)results["ROWS-SPRING-MATCH"]!["outcome"]!);
        Assert.Equal("rejected", (string)results["ROWS-AUTUMN-DIFFER"]!["outcome"]!);
        Assert.All(results["ROWS-AUTUMN-DIFFER"]!["findings"]!, f => Assert.Equal("PROC-04", (string)f["clauseId"]!));
    }

    [Fact]
    public void Evaluate_SummaryAlone_DoesNotReconcile()
    {
        var run = ConsoleRun.Of("evaluate", Sample("summary-rows.json"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Batch_SummaryWithApplicationsDocument_CountsTheReconciliation()
    {
        var run = ConsoleRun.Of("batch", Sample("summary-rows.json"), Sample("applications-accepted.json"), "--format", "csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Output.Split('\n'), l => l.StartsWith("clause,PROC-04,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("summary-routing.json", "ROUTE-SECONDARY-OWN-CITY", Outcome.Accepted, null)]
    [InlineData("summary-routing.json", "ROUTE-SECONDARY-OTHER-CITY", Outcome.Rejected, "PROC-03")]
    [InlineData("summary-routing.json", "ROUTE-COLLEGE-TO-CITY", Outcome.Rejected, "PROC-02")]
    [InlineData("summary-reconciled.json", "BUREAU-BENGBU-LISTS-ALL", Outcome.Accepted, null)]
    [InlineData("summary-reconciled.json", "BUREAU-CHUZHOU-LEAVES-ONE-OUT", Outcome.Rejected, "PROC-04")]
    [InlineData("city-reviews-own-city.json", "REVIEW-OWN-CITY", Outcome.Accepted, null)]
    [InlineData("city-reviews-own-city.json", "REVIEW-OTHER-CITY", Outcome.Rejected, "PROC-05")]
    public void EvaluateWith_NewSample_ShowsItsClauseBothWays(string file, string id, Outcome expected, string? clause)
    {
        var entry = Assert.Single(Document.Load(Sample(file)).Entries, e => e.Id == id);

        var result = entry.EvaluateWith(TestData.Engine);

        Assert.True(result.Outcome == expected, result.DescribeStep());
        Assert.Equal(clause is null ? [] : [clause], result.Findings.Select(f => f.ClauseId).Distinct());
    }
}
