using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Tests.Demo;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Testing;

namespace Ahx1X.Rules.Tests.Evaluation;

public class ReceiptTests
{
    [Fact]
    public void Evaluate_WithClock_RecordsEditionPackVersionDateAndClauses()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 24, 17, 30)); // 2024-03-25 01:30 in Shanghai
        var engine = PolicyEngine.LoadEmbedded(new PolicyEngineOptions { Clock = clock });

        var receipt = engine.Evaluate(TestData.Request()).Receipt;

        Assert.Equal(2024, receipt.Edition);
        Assert.Equal("Application", receipt.Workflow);
        Assert.Equal(engine.Pack.Fingerprint, receipt.PackFingerprint);
        Assert.Matches("^[0-9a-f]{64}$", receipt.PackFingerprint);
        Assert.Equal(DecisionReceipt.CurrentLibraryVersion, receipt.LibraryVersion);
        Assert.Equal(new LocalDate(2024, 3, 25), receipt.AsOf);
        Assert.Equal(["SCOPE-01", "SCALE-01", "SCALE-02", "SCALE-03", "SCALE-04", "SCALE-05", "TIME-01", "PROC-01", "REQ-01", "REQ-02", "REQ-03"], receipt.ClausesEvaluated);
    }

    [Fact]
    public void Evaluate_WithoutClock_RecordsNoDate()
    {
        Assert.Null(TestData.Engine.Evaluate(TestData.Request()).Receipt.AsOf);
    }

    [Fact]
    public void Evaluate_ClockMovesToNextDay_ReceiptFollows()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 25, 10, 0));
        var engine = PolicyEngine.LoadEmbedded(new PolicyEngineOptions { Clock = clock });

        var first = engine.Evaluate(TestData.Request()).Receipt.AsOf;
        clock.AdvanceHours(24);
        var second = engine.Evaluate(TestData.Request()).Receipt.AsOf;

        Assert.Equal(new LocalDate(2024, 3, 25), first);
        Assert.Equal(new LocalDate(2024, 3, 26), second);
    }

    [Fact]
    public void StoredReceipt_Replayed_GivesTheSameResult()
    {
        // What a portal stores: the document it judged and the console's JSON result with its receipt.
        var document = Repository.PathOf("samples/documents/applications-rejected.json");
        var stored = JObject.Parse(ConsoleRun.Of("evaluate", document, "--format", "json").Output)["results"]!
            .First(r => (string)r["id"]! == "REJ-01");
        var receipt = new DecisionReceipt
        {
            Edition = (int)stored["receipt"]!["edition"]!,
            Workflow = (string)stored["receipt"]!["workflow"]!,
            PackFingerprint = (string)stored["receipt"]!["packFingerprint"]!,
            LibraryVersion = (string)stored["receipt"]!["libraryVersion"]!,
            ClausesEvaluated = stored["receipt"]!["clausesEvaluated"]!.Select(c => (string)c!).ToArray(),
        };

        var engine = PolicyEngine.LoadEmbedded();
        Assert.Empty(receipt.DifferencesFrom(engine));
        var replayed = Document.Load(document).Entries.First(e => e.Id == "REJ-01").EvaluateWith(engine);

        Assert.Equal((string)stored["outcome"]!, replayed.Outcome == Outcome.Rejected ? "rejected" : replayed.Outcome.ToString());
        Assert.Equal(stored["findings"]!.Select(f => ((string)f["clauseId"]!, (string)f["message"]!["zh"]!, (string)f["message"]!["en"]!)),
            replayed.Findings.Select(f => (f.ClauseId, f.Message.Zh, f.Message.En)));
        Assert.Equal(receipt.ClausesEvaluated, replayed.ClausesEvaluated);
        Assert.Equal(receipt.PackFingerprint, replayed.PackFingerprint);
    }

    [Fact]
    public void DifferencesFrom_AnotherPack_NamesTheFingerprints()
    {
        using var rules = Repository.CopyRules();
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("\"2024-04-02\"", "\"2024-04-03\""));
        var receipt = TestData.Engine.Evaluate(TestData.Request()).Receipt;

        var differences = receipt.DifferencesFrom(PolicyEngine.LoadFromDirectory(rules.Path));

        Assert.Contains(differences, d => d.Contains(receipt.PackFingerprint, StringComparison.Ordinal));
    }

    [Fact]
    public void Fingerprint_UnchangedRulesFolder_EqualsTheEmbeddedPack()
    {
        Assert.Equal(TestData.Engine.Pack.Fingerprint, RulePack.LoadFromDirectory(Repository.PathOf("rules")).Fingerprint);
    }
}
