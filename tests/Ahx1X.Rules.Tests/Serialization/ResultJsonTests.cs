using System.Text.Json.Nodes;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Tests.Demo;
using NodaTime;
using NodaTime.Testing;
using static Ahx1X.Rules.Tests.Serialization.ContractJson;

namespace Ahx1X.Rules.Tests.Serialization;

/// <summary>
/// Results of every step write once each member, pass result.schema.json, read back the same,
/// and are what the console's <c>evaluate --format json</c> writes: one contract.
/// </summary>
public class ResultJsonTests
{
    private static readonly Lazy<PolicyEngine> Explaining = new(() => PolicyEngine.LoadEmbedded(new PolicyEngineOptions
    {
        Explain = true,
        Clock = new FakeClock(Instant.FromUtc(2024, 4, 1, 2, 0)),
    }));

    /// <summary>Every record of every sample document, judged with explanations: every step, every outcome the samples reach.</summary>
    private static IEnumerable<(string Id, EvaluationResult Result)> SampleResults() =>
        Directory.GetFiles(Repository.PathOf("samples/documents"), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(file => Document.Load(file).Entries)
            .Select(entry => (entry.Id, entry.EvaluateWith(Explaining.Value)));

    [Fact]
    public void ResultOfEveryStep_PassesTheResultSchema()
    {
        var results = SampleResults().ToList();

        Assert.Equal(Ahx1X.Rules.Steps.StepTable.All.Select(s => s.Workflow).Order(StringComparer.Ordinal), results.Select(r => r.Result.Receipt.Workflow).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(results, r => r.Result.Verdicts.Count > 0 && r.Result.Findings.Count > 0 && r.Result.Receipt.AsOf is not null);
        Assert.All(results, r =>
        {
            var json = Write(r.Result);
            var problems = Problems(json, "result.schema.json");
            Assert.True(problems.Length == 0, $"{r.Id}: {problems}\n{json}");
        });
    }

    [Fact]
    public void Result_CarriesEachReceiptFieldOnce()
    {
        var (_, result) = SampleResults().First(r => r.Result.Findings.Count > 0);

        var json = JsonNode.Parse(Write(result))!.AsObject();

        Assert.Equal(["outcome", "findings", "verdicts", "receipt"], json.Select(p => p.Key));
        Assert.Equal(["edition", "workflow", "packFingerprint", "catalogueFingerprint", "catalogueIsSample", "placeholderParameters", "libraryVersion", "asOf", "clausesEvaluated"], json["receipt"]!.AsObject().Select(p => p.Key));
        Assert.Equal("2024-04-01", (string)json["receipt"]!["asOf"]!);
        Assert.Equal(["clauseId", "ruleName", "severity", "kind", "message", "citation", "facts", "contact"], json["findings"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void ResultWithATopLevelCopyOfTheReceipt_FailsTheResultSchema()
    {
        var json = JsonNode.Parse(Write(SampleResults().First().Result))!.AsObject();
        json["edition"] = 2024;

        Assert.Contains("/edition", Problems(json.ToJsonString(), "result.schema.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void ResultOfEveryStep_ReadBack_WritesTheSame()
    {
        Assert.All(SampleResults(), r =>
        {
            var (first, again) = RoundTrip(r.Result);
            Assert.Equal(first, again);
        });
    }

    [Fact]
    public void ConsoleJson_IsTheContractWithTheRecordNamedInFront()
    {
        var document = Repository.PathOf("samples/documents/applications-warned.json");
        var expected = Document.Load(document).Entries.ToDictionary(e => e.Id, e => WithoutDate(JsonNode.Parse(Write(e.EvaluateWith(StepData.Engine)))!.AsObject()));

        var run = ConsoleRun.Of("evaluate", document, "--format", "json");

        var results = JsonNode.Parse(run.Output)!["results"]!.AsArray();
        Assert.Equal(expected.Count, results.Count);
        foreach (var entry in results.Select(r => r!.AsObject()))
        {
            Assert.Equal(["file", "id", "subject", "item"], entry.Select(p => p.Key).Take(4));
            var id = (string)entry["id"]!;
            foreach (var record in new[] { "file", "id", "subject", "item" })
            {
                entry.Remove(record);
            }

            Assert.Equal("", Problems(entry.ToJsonString(), "result.schema.json"));
            Assert.True(JsonNode.DeepEquals(expected[id], WithoutDate(entry)), $"{id}: {entry.ToJsonString()}\nis not\n{expected[id].ToJsonString()}");
        }
    }

    /// <summary>Leaves out the receipt's date, which the console takes from its own clock.</summary>
    private static JsonObject WithoutDate(JsonObject result)
    {
        result["receipt"]!.AsObject().Remove("asOf");
        return result;
    }
}
