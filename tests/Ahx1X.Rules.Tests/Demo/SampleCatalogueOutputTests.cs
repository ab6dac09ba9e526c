using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>The console says, in tables and JSON, when a verdict was made against the sample catalogue.</summary>
public class SampleCatalogueOutputTests
{
    private const string English = "catalogue: SAMPLE (placeholder minimums) — not official";
    private const string Chinese = "证书目录：样例（开考最低人数等为占位值）— 非正式结论";

    private static readonly string Accepted = Repository.PathOf("samples/documents/applications-accepted.json");

    [Theory]
    [InlineData("en", English, Chinese)]
    [InlineData("zh", Chinese, English)]
    public void Evaluate_SampleCatalogue_TableSaysSoInTheChosenLanguage(string language, string shown, string hidden)
    {
        var run = ConsoleRun.Of("evaluate", Accepted, "--lang", language);

        Assert.Contains(shown, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SampleCatalogueBothLanguages_TableSaysSoInBoth()
    {
        var run = ConsoleRun.Of("evaluate", Accepted, "--lang", "both");

        Assert.Contains(English, run.Output, StringComparison.Ordinal);
        Assert.Contains(Chinese, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OfficialCatalogue_TableCarriesNoSampleLine()
    {
        using var folder = new TempFolder();

        var run = ConsoleRun.Of("evaluate", Accepted, "--lang", "both", "--catalogue", OfficialCatalogue(folder));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(English, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Chinese, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_MarksSampleVerdictsAndRecordsTheCatalogue()
    {
        using var folder = new TempFolder();

        var sample = Results(ConsoleRun.Of("evaluate", Accepted, "--format", "json"));
        var official = Results(ConsoleRun.Of("evaluate", Accepted, "--format", "json", "--catalogue", OfficialCatalogue(folder)));

        Assert.All(sample, r =>
        {
            Assert.True((bool)r["receipt"]!["catalogueIsSample"]!);
            Assert.Equal(TestData.Engine.CatalogueFor(2024).Fingerprint, (string)r["receipt"]!["catalogueFingerprint"]!);
            Assert.Equal(["lowCompletionRate", "lowIssuanceRate", "earliestOfficeMeeting"], r["receipt"]!["placeholderParameters"]!.Select(p => (string)p["name"]!));
        });
        Assert.All(official, r =>
        {
            Assert.False((bool)r["receipt"]!["catalogueIsSample"]!);
        });
    }

    [Fact]
    public void Evaluate_StepReadingNoCatalogue_IsNotMarked()
    {
        var run = ConsoleRun.Of("evaluate", Repository.PathOf("samples/documents/city-reviews.json"), "--format", "json");

        Assert.All(Results(run), r =>
        {
            Assert.False((bool)r["receipt"]!["catalogueIsSample"]!);
            Assert.Equal(JTokenType.Null, r["receipt"]!["catalogueFingerprint"]!.Type);
        });
    }

    private static JArray Results(ConsoleRun run)
    {
        var results = (JArray)JObject.Parse(run.Output)["results"]!;
        Assert.NotEmpty(results);
        return results;
    }

    /// <summary>Writes the shipped catalogue, marked official, to <paramref name="folder"/>.</summary>
    private static string OfficialCatalogue(TempFolder folder)
    {
        var catalogue = JObject.Parse(File.ReadAllText(Repository.PathOf("rules/2024/catalogue.json")));
        catalogue.Remove("$schema");
        catalogue["sample"] = false;
        return folder.Write("catalogue.json", catalogue.ToString());
    }
}
