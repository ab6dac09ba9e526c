using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>The edition's list of cities (SPEC "Places and people"): read from edition.json, and what it refuses.</summary>
public class EditionCitiesTests
{
    [Fact]
    public void LoadEmbedded_ShippedEdition_ListsTheSixteenCitiesAndTheTwoCounties()
    {
        var cities = RulePack.LoadEmbedded().For(2024).Parameters.Cities;

        Assert.Equal(18, cities.Count);
        Assert.Contains("合肥", cities);
        Assert.Contains("广德市", cities);
        Assert.Contains("宿松县", cities);
    }

    [Fact]
    public void LoadFromDirectory_CityListedTwice_RefusedAtTheCity()
    {
        using var rules = new TempRulePack();
        rules.Replace(TempRulePack.EditionFile, "\"广德市\", \"宿松县\"]", "\"广德市\", \"合肥\"]");

        var error = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(rules.Root));

        Assert.Contains(error.Problems, p => p.JsonPath == "$.cities[17]" && p.Message.Contains("合肥", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_EditionWithoutCities_ChecksNoCity()
    {
        using var rules = new TempRulePack();
        var edition = Newtonsoft.Json.Linq.JObject.Parse(rules.Read(TempRulePack.EditionFile));
        edition.Remove("cities");
        rules.Write(TempRulePack.EditionFile, edition.ToString());
        var engine = PolicyEngine.LoadFromDirectory(rules.Root);
        var mail = SummaryMail(Season.Spring, Moment.FromDate(Date(3, 20))) with { SenderCity = "南京" };

        var result = engine.EvaluateSummaryTable(mail);

        Assert.Empty(engine.Pack.For(2024).Parameters.Cities);
        Assert.NotNull(result);
    }

    [Fact]
    public void Evaluate_ApplicationOfAnInstitutionInAnUnknownCity_RefusedNamingTheCity()
    {
        var request = new ApplicationRequest
        {
            Institution = College with { City = "杭州" },
            Application = new Application { Year = 2024, CertificateCode = "B1-WEB", Season = Season.Spring },
        };

        var error = Assert.Throws<InvalidRequestException>(() => TestData.Engine.Evaluate(request));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("$.institution.city", ProblemCodes.InvalidValue), (problem.JsonPath, problem.Code));
        Assert.Contains("杭州", problem.Message);
    }
}
