using Ahx1X.Benchmarks;
using Ahx1X.Demo.Commands;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Performance;

/// <summary>
/// The benchmarks' hand-written baselines give the facade's results on whole generated batches,
/// so that the ratios the benchmarks report compare like with like: <see cref="SameOutputRules"/>
/// the whole result (outcome, findings with both messages, facts and contact, receipt),
/// <see cref="HandWrittenRules"/> the rules broken and missing, and <see cref="PolicyEngine.Check"/>
/// the outcome and clauses.
/// </summary>
public sealed class BaselineAgreementTests
{
    private const int Count = 100_000;

    [Fact]
    public void Baselines_BenchmarkBatch_AgreeWithTheFacadeOnEveryApplication()
    {
        var engine = TestData.Engine;
        var requests = Requests.Generate(Count, engine.CatalogueFor(2024), Requests.BatchSeed);
        AssertAgreement(engine, requests);
    }

    [Fact]
    public void Baselines_GeneratedDocument_AgreeWithTheFacadeOnEveryApplication()
    {
        var engine = TestData.Engine;
        var json = GenerateCommand.Generate(Count, new Random(2024)).ToString(Newtonsoft.Json.Formatting.None);
        var requests = Document.Parse(json, "generated.json").Entries.Select(e => (ApplicationRequest)e.Request).ToArray();
        Assert.Equal(Count, requests.Length);
        AssertAgreement(engine, requests);
    }

    private static void AssertAgreement(PolicyEngine engine, IReadOnlyList<ApplicationRequest> requests)
    {
        var sameOutput = new SameOutputRules(engine, 2024);
        var parameters = engine.Pack.For(2024).Parameters;
        var catalogue = engine.CatalogueFor(2024);
        var outcomes = new Dictionary<Outcome, int>();
        for (var i = 0; i < requests.Count; i++)
        {
            var facade = engine.Evaluate(requests[i]);
            var expected = facade.DescribeWhole();
            Assert.True(expected == sameOutput.Evaluate(requests[i]).DescribeWhole(), $"application {i}: the same-output baseline differs from the facade:\n{expected}\n---\n{sameOutput.Evaluate(requests[i]).DescribeWhole()}");
            Assert.True(HandWrittenRules.MaskOf(facade) == HandWrittenRules.Check(requests[i], catalogue, parameters), $"application {i}: the checks-only baseline differs from the facade:\n{expected}");
            Assert.Equal(CheckResult.Of(facade.Findings), engine.Check(requests[i]));
            outcomes[facade.Outcome] = outcomes.GetValueOrDefault(facade.Outcome) + 1;
        }

        // The batch is worth comparing only if it holds findings of every kind.
        Assert.All(new[] { Outcome.Accepted, Outcome.AcceptedWithWarnings, Outcome.Rejected, Outcome.Indeterminate }, o => Assert.True(outcomes.GetValueOrDefault(o) > 0, $"no {o} application"));
    }
}
