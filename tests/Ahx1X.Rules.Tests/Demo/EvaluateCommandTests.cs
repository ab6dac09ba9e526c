using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Demo;

public class EvaluateCommandTests
{
    private const string LateApplication = """
        {
          "kind": "applications",
          "institutions": [
            {
              "name": "安徽示范职业技术学院", "kind": "higherVocational", "registeredOn": "2021-05-10",
              "majorsOffered": ["软件技术"], "officeMeetingApprovedOn": "2024-03-12",
              "standardsInTrainingPlan": true, "fundingBudgeted": true,
              "applications": [
                { "id": "LATE", "year": 2024, "certificate": "B1-WEB", "level": "junior", "assessedMajors": ["软件技术"],
                  "candidates": 45, "season": "spring", "submittedAt": "2024-04-03", "justificationPresent": true, "formPresent": true }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Evaluate_ShippedSamples_ShowEveryOutcomeAndExitOne()
    {
        var run = ConsoleRun.Of("evaluate", Repository.PathOf("samples/documents"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var outcomes = JObject.Parse(run.Output)["results"]!.Select(r => (string)r["outcome"]!).ToHashSet();
        Assert.Equal(["accepted", "acceptedWithWarnings", "indeterminate", "notApplicable", "rejected"], outcomes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_RejectedSample_NamesTheContactForItsFindings()
    {
        var run = ConsoleRun.Of("evaluate", Repository.PathOf("samples/documents/applications-rejected.json"), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("contact: 省教育厅职成处 张亚群 0551-62826162", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AcceptedSample_ExitsZeroAndPrintsTable()
    {
        var run = ConsoleRun.Of("evaluate", Repository.PathOf("samples/documents/applications-accepted.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ACC-01", run.Output);
        Assert.Contains("accepted", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Evaluate_JsonFormat_GivesClauseSeverityAndBothMessages()
    {
        var run = ConsoleRun.Of("evaluate", Repository.PathOf("samples/documents/applications-rejected.json"), "--format", "json");

        var first = JObject.Parse(run.Output)["results"]!.First(r => (string)r["id"]! == "REJ-01");
        Assert.Equal("rejected", (string)first["outcome"]!);
        var finding = first["findings"]!.First(f => (string)f["clauseId"]! == "SCALE-01");
        Assert.Equal("error", (string)finding["severity"]!);
        Assert.Equal("申报人数 23 人，低于该证书开考最低人数 30 人", (string)finding["message"]!["zh"]!);
        Assert.StartsWith("23 candidates", (string)finding["message"]!["en"]!);
    }

    [Fact]
    public void Evaluate_ProvincialReviewBeforeCityReview_IsRefusedWithOrder01()
    {
        var run = ConsoleRun.Of("evaluate", Repository.PathOf("samples/documents/provincial-reviews.json"), "--format", "json");

        var result = JObject.Parse(run.Output)["results"]!.First(r => (string)r["id"]! == "PROV-BEFORE-CITY");
        Assert.Equal("rejected", (string)result["outcome"]!);
        Assert.Contains(result["findings"]!, f => (string)f["clauseId"]! == "ORDER-01");
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Evaluate_WindowDateChangedInRulesCopy_ChangesVerdictWithoutRebuild()
    {
        using var rules = Repository.CopyRules();
        using var input = new TempFolder();
        var document = input.Write("late.json", LateApplication);

        var before = ConsoleRun.Of("evaluate", document, "--rules", rules.Path);
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("\"2024-04-02\"", "\"2024-04-03\""));
        var after = ConsoleRun.Of("evaluate", document, "--rules", rules.Path);

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("TIME-01", before.Output);
        Assert.Equal(0, after.ExitCode);
        Assert.DoesNotContain("TIME-01", after.Output);
    }

    [Fact]
    public void Evaluate_BrokenRules_ExitsTwoWithOneLinePerProblemAndLocation()
    {
        using var rules = Repository.CopyRules();
        using var input = new TempFolder();
        var document = input.Write("late.json", LateApplication);
        var workflow = Path.Combine(rules.Path, "2024", "workflows", "application.json");
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace("\"Expression\": \"institution.FundingBudgeted == true\"", "\"Expresion\": \"institution.FundingBudgeted == true\""));

        var run = ConsoleRun.Of("evaluate", document, "--rules", rules.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("application.json:", run.Error);
        Assert.Contains("REQ-03-funding-budgeted", run.Error);
        Assert.Contains("Did you mean \"Expression\"?", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Evaluate_MalformedDocument_ExitsTwoWithLineAndColumn()
    {
        using var input = new TempFolder();
        var document = input.Write("bad.json", "{\n  \"kind\": \"applications\",\n  \"institutions\": [ { \"name\": \"x\", \"applications\": [ { \"id\": \"A\", \"year\": 2024, \"certificate\": \"B1-WEB\", \"submittedAt\": \"2024-02-30\" } ] } ]\n}");

        var run = ConsoleRun.Of("evaluate", document);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.json:3:", run.Error);
        Assert.Contains("submittedAt", run.Error);
    }

    [Fact]
    public void Evaluate_YearWithoutEdition_ExitsTwoNamingTheYear()
    {
        using var input = new TempFolder();
        var document = input.Write("2025.json", LateApplication.Replace("\"year\": 2024", "\"year\": 2025"));

        var run = ConsoleRun.Of("evaluate", document);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2025", run.Output);
    }

    [Fact]
    public void Evaluate_MissingFile_ExitsTwo()
    {
        var run = ConsoleRun.Of("evaluate", "no-such-file.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-file.json", run.Error);
    }

    [Fact]
    public void Evaluate_OtherCatalogue_IsUsed()
    {
        using var input = new TempFolder();
        var catalogue = input.Write("catalogue.json", """
            { "sample": false, "certificates": [ { "code": "B1-WEB", "name": "Web前端开发职业技能等级证书", "batch": 1, "minimumCandidates": 50, "completionRate": 0.9, "issuanceRate": 0.9 } ] }
            """);
        var document = input.Write("app.json", LateApplication.Replace("2024-04-03", "2024-04-01"));

        var run = ConsoleRun.Of("evaluate", document, "--catalogue", catalogue, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("最低人数 50 人", run.Output);
    }
}
