using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Demo;

public class BatchCommandTests
{
    [Fact]
    public void Batch_GeneratedFileOfTenThousand_ReportsCountsByOutcomeClauseCityAndCertificate()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "batch.json");
        Assert.Equal(0, ConsoleRun.Of("generate", "--count", "10000", "--output", file).ExitCode);

        var run = ConsoleRun.Of("batch", file, "--format", "json");

        var report = JObject.Parse(run.Output);
        Assert.Equal(10000, (int)report["records"]!);
        var total = report["total"]!["all"]!;
        Assert.Equal(10000, (int)total["accepted"]! + (int)total["acceptedWithWarnings"]! + (int)total["rejected"]! + (int)total["indeterminate"]!);
        Assert.NotEmpty(report["clause"]!.Children());
        Assert.Equal(10000, report["city"]!.Children<JProperty>().Sum(p => (int)p.Value["records"]!));
        Assert.Equal(10000, report["certificate"]!.Children<JProperty>().Sum(p => (int)p.Value["records"]!));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Batch_SameFileTwice_GivesTheSameReport()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "batch.json");
        ConsoleRun.Of("generate", "--count", "500", "--output", file, "--seed", "7");

        Assert.Equal(ConsoleRun.Of("batch", file, "--format", "csv").Output, ConsoleRun.Of("batch", file, "--format", "csv").Output);
    }

    [Fact]
    public void Batch_BadRecord_IsReportedWithPositionAndOthersAreJudged()
    {
        using var folder = new TempFolder();
        var file = folder.Write("mixed.json", """
            {
              "kind": "applications",
              "institutions": [
                {
                  "name": "安徽示范职业技术学院", "kind": "higherVocational", "city": "合肥", "registeredOn": "2021-05-10",
                  "majorsOffered": ["软件技术"], "officeMeetingApprovedOn": "2024-03-12", "standardsInTrainingPlan": true, "fundingBudgeted": true,
                  "applications": [
                    { "id": "GOOD-1", "year": 2024, "certificate": "B1-WEB", "level": "junior", "assessedMajors": ["软件技术"], "candidates": 45, "season": "spring", "submittedAt": "2024-03-25", "justificationPresent": true, "formPresent": true },
                    { "id": "BAD-1", "year": 2024, "certificate": "B1-WEB", "candidates": "many", "season": "spring" },
                    { "id": "GOOD-2", "year": 2024, "certificate": "B2-TAX", "level": "junior", "assessedMajors": ["软件技术"], "candidates": 45, "season": "spring", "submittedAt": "2024-03-25", "justificationPresent": true, "formPresent": true }
                  ]
                }
              ]
            }
            """);

        var run = ConsoleRun.Of("batch", file, "--format", "csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("mixed.json:9:", run.Error);
        Assert.Contains("BAD-1", run.Error);
        Assert.Contains("candidates", run.Error);
        Assert.Contains("total,all,2,", run.Output);
    }

    [Fact]
    public void Batch_CsvFormat_HasHeaderAndOneRowPerKey()
    {
        var run = ConsoleRun.Of("batch", Repository.PathOf("samples/documents"), "--format", "csv");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\uFEFFdimension,key,records,accepted,acceptedWithWarnings,rejected,indeterminate,notApplicable", lines[0].TrimEnd());
        Assert.Contains(lines, l => l.StartsWith("clause,ORDER-01,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("certificate,B1-WEB,", StringComparison.Ordinal));
    }
}
