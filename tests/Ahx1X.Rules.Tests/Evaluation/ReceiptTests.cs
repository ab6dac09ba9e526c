using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
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
            CatalogueFingerprint = (string?)stored["receipt"]!["catalogueFingerprint"],
            CatalogueIsSample = (bool)stored["receipt"]!["catalogueIsSample"]!,
            PlaceholderParameters = stored["receipt"]!["placeholderParameters"]!
                .Select(p => new PlaceholderParameter((string)p["name"]!, (string)p["jsonPath"]!, (string)p["value"]!)).ToArray(),
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

    [Fact]
    public void Evaluate_SampleThenOfficialCatalogue_VerdictAndReceiptChangeAndDifferencesNameTheCatalogue()
    {
        // The same application (35 candidates) against the sample (minimum 30) and an official catalogue (minimum 50).
        var official = OfficialCatalogue(minimumForWeb: 50);
        var officialEngine = new PolicyEngine(TestData.Engine.Pack, new PolicyEngineOptions { Catalogue = official });

        var sample = TestData.Engine.Evaluate(TestData.Request());
        var judged = officialEngine.Evaluate(TestData.Request());

        Assert.Equal(Outcome.Accepted, sample.Outcome);
        Assert.Equal(Outcome.Rejected, judged.Outcome);
        Assert.Equal(TestData.Engine.CatalogueFor(2024).Fingerprint, sample.Receipt.CatalogueFingerprint);
        Assert.Equal(official.Fingerprint, judged.Receipt.CatalogueFingerprint);
        Assert.NotEqual(sample.Receipt.CatalogueFingerprint, judged.Receipt.CatalogueFingerprint);
        Assert.True(sample.Receipt.CatalogueIsSample);
        Assert.False(judged.Receipt.CatalogueIsSample);
        var difference = Assert.Single(sample.Receipt.DifferencesFrom(judged.Receipt));
        Assert.StartsWith("catalogue ", difference, StringComparison.Ordinal);
        Assert.Contains(official.Fingerprint, difference, StringComparison.Ordinal);
        Assert.Contains(sample.Receipt.CatalogueFingerprint!, difference, StringComparison.Ordinal);
        Assert.Equal([difference], sample.Receipt.DifferencesFrom(officialEngine));
        Assert.Empty(judged.Receipt.DifferencesFrom(officialEngine));
    }

    [Fact]
    public void Evaluate_SampleCatalogue_ResultSaysSo()
    {
        var official = new PolicyEngine(TestData.Engine.Pack, new PolicyEngineOptions { Catalogue = OfficialCatalogue(minimumForWeb: 30) });

        Assert.True(TestData.Evaluate().UsedSampleCatalogue);
        Assert.False(official.Evaluate(TestData.Request()).UsedSampleCatalogue);
    }

    [Fact]
    public void Evaluate_TwoEnginesOverOnePackTakingTurns_EachReceiptNamesItsOwnCatalogue()
    {
        // The workflow keeps its last receipt for every engine over the pack; another catalogue must not reuse it.
        var official = OfficialCatalogue(minimumForWeb: 50);
        var officialEngine = new PolicyEngine(TestData.Engine.Pack, new PolicyEngineOptions { Catalogue = official });

        for (var i = 0; i < 2; i++)
        {
            Assert.True(TestData.Evaluate().Receipt.CatalogueIsSample);
            Assert.Equal(official.Fingerprint, officialEngine.Evaluate(TestData.Request()).Receipt.CatalogueFingerprint);
        }
    }

    [Fact]
    public void Evaluate_Application_ReceiptNamesThePlaceholderThresholdsAsEditionJsonHoldsThem()
    {
        var edition = JObject.Parse(File.ReadAllText(Repository.PathOf("rules/2024/edition.json")));

        var placeholders = TestData.Evaluate().Receipt.PlaceholderParameters;

        Assert.Equal(["lowCompletionRate", "lowIssuanceRate", "earliestOfficeMeeting"], placeholders.Select(p => p.Name));
        Assert.All(placeholders, p =>
        {
            var value = edition.SelectToken(p.JsonPath)!;
            if (value.Type == JTokenType.String)
            {
                Assert.Equal((string)value!, p.Value);
            }
            else
            {
                Assert.Equal((decimal)value, decimal.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.True((bool)edition.SelectToken(p.JsonPath.Replace(".value", ".placeholder", StringComparison.Ordinal))!);
        });
        Assert.Equal("lowCompletionRate ($.thresholds.lowCompletionRate.value) = 0.6", placeholders[0].ToString());
    }

    [Fact]
    public void EvaluateCityReview_ReadsNoCatalogueNorThreshold_ReceiptNamesNone()
    {
        var receipt = TestData.Engine.EvaluateCityReview(StepData.CityReview(InstitutionKind.SecondaryVocational, Season.Spring, StepData.Date(3, 25))).Receipt;

        Assert.Null(receipt.CatalogueFingerprint);
        Assert.False(receipt.CatalogueIsSample);
        Assert.Empty(receipt.PlaceholderParameters);
    }

    [Fact]
    public void DifferencesFrom_ThresholdSetByPolicy_NamesTheParameter()
    {
        using var rules = Repository.CopyRules();
        var file = Path.Combine(rules.Path, "2024", "edition.json");
        var text = File.ReadAllText(file);
        const string placeholder = "\"lowCompletionRate\": { \"value\": 0.6, \"placeholder\": true";
        Assert.Contains(placeholder, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(placeholder, "\"lowCompletionRate\": { \"value\": 0.5, \"placeholder\": false", StringComparison.Ordinal));
        var receipt = TestData.Evaluate().Receipt;

        var differences = receipt.DifferencesFrom(PolicyEngine.LoadFromDirectory(rules.Path));

        Assert.Equal(2, differences.Count);
        Assert.StartsWith("rule pack ", differences[0], StringComparison.Ordinal);
        Assert.Contains("lowCompletionRate ($.thresholds.lowCompletionRate.value) = 0.6 was in force", differences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void DifferencesFrom_EngineWithoutTheEdition_SaysSo()
    {
        var receipt = TestData.Evaluate().Receipt with { Edition = 2031 };

        Assert.Equal(["the engine has no 2031 edition"], receipt.DifferencesFrom(TestData.Engine));
    }

    [Fact]
    public void CatalogueFingerprint_SameContentInAnotherLayout_IsTheSame()
    {
        var shipped = TestData.Engine.CatalogueFor(2024);
        var file = JObject.Parse(File.ReadAllText(Repository.PathOf("rules/2024/catalogue.json")));
        file["note"] = "another note";
        var certificates = (JArray)file["certificates"]!;
        var reordered = new JArray(certificates.Reverse());
        foreach (var certificate in reordered.OfType<JObject>().Where(c => c["completionRate"] is not null))
        {
            // 0.86 written as 0.860.
            certificate["completionRate"] = JToken.Parse(((decimal)certificate["completionRate"]!).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture));
        }

        file["certificates"] = reordered;

        Assert.Equal(shipped.Fingerprint, Catalogue.Parse(file.ToString(), "elsewhere.json").Fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", shipped.Fingerprint);
        Assert.NotEqual(shipped.Fingerprint, new Catalogue(shipped.Entries, isSample: false, "official").Fingerprint);
        Assert.NotEqual(shipped.Fingerprint, new Catalogue(shipped.Entries.Select(e => e.Code == "B1-WEB" ? e with { MinimumCandidates = 31 } : e), isSample: true, "edited").Fingerprint);
    }

    [Fact]
    public void PolicyEngine_CatalogueWithoutCertificates_ThrowsSayingWhatToPass()
    {
        var empty = new Catalogue([], isSample: false, "empty.json");

        var thrown = Assert.Throws<ArgumentException>(() => new PolicyEngine(TestData.Engine.Pack, new PolicyEngineOptions { Catalogue = empty }));

        Assert.Contains("empty.json", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("official catalogue", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResultTypes_PublicSignatures_NameNoTypeOfTheEngineItsPacksOrItsEvaluation()
    {
        // Results is what every other namespace returns; a result naming the engine would make the namespaces a cycle.
        string[] above = ["Ahx1X.Rules", "Ahx1X.Rules.Packs", "Ahx1X.Rules.Evaluation"];
        var named = typeof(DecisionReceipt).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Ahx1X.Rules.Results")
            .SelectMany(t => t.GetMethods().SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
                .Concat(t.GetProperties().Select(p => p.PropertyType))
                .Select(type => (Member: t.Name, Type: type)));

        Assert.DoesNotContain(named, n => above.Contains(n.Type.Namespace));
    }

    /// <summary>Returns the shipped entries as an official catalogue, with B1-WEB's minimum set.</summary>
    private static Catalogue OfficialCatalogue(int minimumForWeb) =>
        new(TestData.Engine.CatalogueFor(2024).Entries.Select(e => e.Code == "B1-WEB" ? e with { MinimumCandidates = minimumForWeb } : e), isSample: false, "official.json");
}
