using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>Which published batches count for SCOPE-01 is edition data: a fifth batch needs one more number, no rebuild.</summary>
public sealed class PublishedBatchesTests
{
    [Fact]
    public void Evaluate_CertificateOfABatchTheEditionDoesNotList_FailsScope01()
    {
        using var pack = FifthBatchCatalogue();

        var result = PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request());

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal("SCOPE-01", Assert.Single(result.Findings).ClauseId);
    }

    [Fact]
    public void Evaluate_FifthBatchListedByTheEdition_PassesScope01()
    {
        using var pack = FifthBatchCatalogue();
        pack.Replace(TempRulePack.EditionFile, "\"publishedBatches\": [1, 2, 3, 4]", "\"publishedBatches\": [1, 2, 3, 4, 5]");

        var result = PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request());

        Assert.DoesNotContain(result.Findings, f => f.ClauseId == "SCOPE-01");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[1, 1]")]
    [InlineData("[0]")]
    [InlineData("[\"4\"]")]
    public void LoadFromDirectory_PublishedBatchesThatMakeNoSense_AreRefusedAtTheList(string batches)
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, "\"publishedBatches\": [1, 2, 3, 4]", $"\"publishedBatches\": {batches}");

        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        Assert.Contains(ex.Problems, p => p.JsonPath.StartsWith("$.publishedBatches", StringComparison.Ordinal) && p.Line > 0);
    }

    /// <summary>The shipped rules with the compliant application's certificate moved to a fifth batch.</summary>
    private static TempRulePack FifthBatchCatalogue()
    {
        var pack = new TempRulePack();
        var catalogue = JObject.Parse(pack.Read("catalogue.json"));
        var entry = ((JArray)catalogue["certificates"]!).Single(c => (string?)c["code"] == TestData.Application.CertificateCode);
        entry["batch"] = 5;
        pack.Write("catalogue.json", catalogue.ToString());
        return pack;
    }
}
