using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Results;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>
/// SCALE-02 counts over everything judged together: an institution that applies for the same
/// certificate, level and season in two documents of one run applied twice.
/// </summary>
public sealed class RunWideScale02Tests
{
    private static string Accepted => Repository.PathOf(Path.Combine("samples", "documents", "applications-accepted.json"));

    [Fact]
    public void Link_SameApplicationInTwoDocuments_FailsScale02OnTheSecondOnly()
    {
        using var folder = new TempFolder();
        var again = Document.Load(SameApplicationsAgain(folder));
        var first = Document.Load(Accepted);

        var results = JudgedTogether.Link([.. first.Entries, .. again.Entries])
            .Select(e => (e.Id, Result: e.EvaluateWith(TestData.Engine))).ToList();

        Assert.DoesNotContain(results.Take(first.Entries.Count), r => r.Result.Findings.Any(f => f.ClauseId == "SCALE-02"));
        var repeated = results.Single(r => r.Id == "AGAIN-ACC-01").Result;
        Assert.Equal(Outcome.Rejected, repeated.Outcome);
        Assert.Contains(repeated.Findings, f => f.ClauseId == "SCALE-02");
    }

    [Fact]
    public void Load_EachDocumentAlone_KnowsNothingOfTheOther()
    {
        using var folder = new TempFolder();

        var again = Document.Load(SameApplicationsAgain(folder));

        Assert.All(again.Entries, e => Assert.DoesNotContain(e.EvaluateWith(TestData.Engine).Findings, f => f.ClauseId == "SCALE-02"));
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("batch")]
    public void Console_TwoDocumentsOfOneRun_CountSCALE02AcrossThem(string command)
    {
        using var folder = new TempFolder();

        var run = ConsoleRun.Of(command, Accepted, SameApplicationsAgain(folder), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SCALE-02", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Writes the accepted sample again under new record ids: the same institution, certificates, levels and seasons.</summary>
    private static string SameApplicationsAgain(TempFolder folder)
    {
        var document = JObject.Parse(File.ReadAllText(Accepted));
        document.Remove("$schema");
        foreach (var id in document.SelectTokens("$.institutions[*].applications[*].id").OfType<JValue>())
        {
            id.Value = "AGAIN-" + (string)id.Value!;
        }

        return folder.Write("again.json", document.ToString());
    }
}
