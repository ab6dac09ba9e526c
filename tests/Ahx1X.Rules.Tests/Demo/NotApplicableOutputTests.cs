using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>A record a step does not apply to is shown as not applicable, counted apart, and never fails the run.</summary>
public sealed class NotApplicableOutputTests
{
    private const string CollegeCityReview = """
        {
          "kind": "cityReviews",
          "reviews": [
            {
              "id": "CITY-NOT-A-STEP",
              "institution": { "name": "安徽示范职业技术学院", "kind": "higherVocational", "city": "合肥" },
              "application": { "year": 2024, "certificate": "B1-WEB", "season": "spring" },
              "reviewedAt": "2024-03-30"
            }
          ]
        }
        """;

    [Fact]
    public void Evaluate_OnlyANotApplicableRecord_ExitsZeroWithItsOwnOutcome()
    {
        using var folder = new TempFolder();
        var file = folder.Write("city.json", CollegeCityReview);

        var json = ConsoleRun.Of("evaluate", file, "--format", "json");
        var table = ConsoleRun.Of("evaluate", file);

        Assert.True(json.ExitCode == 0, json.Error);
        var report = JObject.Parse(json.Output);
        Assert.Equal("notApplicable", (string)report["results"]![0]!["outcome"]!);
        Assert.Equal(1, (int)report["summary"]!["notApplicable"]!);
        Assert.Equal(0, (int)report["summary"]!["rejected"]!);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("not applicable 不适用  city.json", table.Output);
    }

    [Fact]
    public void Batch_NotApplicableRecord_IsCountedInItsOwnColumnAndExitsZero()
    {
        using var folder = new TempFolder();
        var file = folder.Write("city.json", CollegeCityReview);

        var run = ConsoleRun.Of("batch", file, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        var total = JObject.Parse(run.Output)["total"]!["all"]!;
        Assert.Equal(1, (int)total["notApplicable"]!);
        Assert.Equal(0, (int)total["rejected"]!);
    }
}
