using System.Text;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Steps;

/// <summary>
/// SCALE-02 (一证书一论证一申报) is counted over everything judged together, fails closed when the
/// level or season that decides it is missing, and costs work linear in the document.
/// </summary>
public sealed class ApplicationHistoryTests
{
    private const string Institution = """
        "name": "合肥职业技术学院", "kind": "higherVocational", "city": "合肥", "registeredOn": "2023-11-02",
        "majorsOffered": ["软件技术"], "officeMeetingApprovedOn": "2024-03-12",
        "standardsInTrainingPlan": true, "fundingBudgeted": true
        """;

    private static string Application(string id, string level = "\"level\": \"intermediate\", ") =>
        $$"""{ "id": "{{id}}", "year": 2024, "certificate": "B1-WEB", {{level}}"assessedMajors": ["软件技术"], "candidates": 35, "season": "spring", "submittedAt": "2024-03-25", "justificationPresent": true, "formPresent": true }""";

    private static IReadOnlyList<EvaluationResult> Judge(string json) =>
        Document.Parse(json, "history.json").Entries.Select(e => e.EvaluateWith(TestData.Engine)).ToList();

    [Fact]
    public void SameInstitutionListedTwice_SecondApplicationIsRejected()
    {
        var json = $$"""
            { "kind": "applications", "institutions": [
              { {{Institution}}, "applications": [ {{Application("A1")}} ] },
              { {{Institution}}, "applications": [ {{Application("A2")}} ] } ] }
            """;

        var results = Judge(json);

        Assert.True(results[0].IsAccepted);
        Assert.Equal(Outcome.Rejected, results[1].Outcome);
        Assert.Contains(results[1].Findings, f => f.ClauseId == "SCALE-02" && f.Kind == FindingKind.Violation);
    }

    [Fact]
    public void RepeatApplicationWithoutLevel_IsAMissingFactForScale02()
    {
        var json = $$"""
            { "kind": "applications", "institutions": [
              { {{Institution}}, "applications": [ {{Application("A1")}}, {{Application("A2", level: "")}} ] } ] }
            """;

        var second = Judge(json)[1];

        Assert.Equal(Outcome.Indeterminate, second.Outcome);
        Assert.Contains(second.Findings, f => f.ClauseId == "SCALE-02" && f.Kind == FindingKind.MissingFacts);
    }

    [Fact]
    public void ApplicationWithoutLevel_IsNotAccepted()
    {
        var result = TestData.Evaluate(a => a with { Level = null });

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.Contains(result.Findings, f => f.ClauseId == "SCALE-02" && f.Kind == FindingKind.MissingFacts);
    }

    [Fact]
    public void EarlierApplicationWithoutSeason_LeavesTheCountUnknown()
    {
        var result = TestData.Evaluate(earlier: [TestData.Application with { Season = null }]);

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    [Fact]
    public void ManyApplicationsOfOneInstitution_CostAboutWhatManyInstitutionsCost()
    {
        const int count = 5_000;
        var oneInstitution = new StringBuilder($$"""{ "kind": "applications", "institutions": [ { {{Institution}}, "applications": [""");
        var manyInstitutions = new StringBuilder("""{ "kind": "applications", "institutions": [""");
        for (var i = 0; i < count; i++)
        {
            oneInstitution.Append(i == 0 ? "" : ",").Append(Application("A" + i));
            manyInstitutions.Append(i == 0 ? "" : ",").Append($$"""{ {{Institution.Replace("合肥职业技术学院", "学院" + i, StringComparison.Ordinal)}}, "applications": [ {{Application("A" + i)}} ] }""");
        }

        var one = AllocatedJudging(oneInstitution.Append("] } ] }").ToString());
        var many = AllocatedJudging(manyInstitutions.Append("] }").ToString());

        // Copying the earlier applications for each one would cost count² / 2 references (100 MB here).
        Assert.True(one < many * 1.5, $"one institution: {one:N0} bytes; {count} institutions: {many:N0} bytes");
    }

    private static long AllocatedJudging(string json)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = Document.Parse(json, "history.json");
        var rejected = document.Entries.Count(e => e.EvaluateWith(TestData.Engine).Outcome == Outcome.Rejected);
        Assert.True(rejected >= 0);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
