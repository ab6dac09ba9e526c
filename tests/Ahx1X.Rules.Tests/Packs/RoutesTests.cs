using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>
/// Which steps each kind of institution passes through is edition data (三.2), and the rules and
/// the calendar read that one source: a route changed in <c>edition.json</c> changes both.
/// </summary>
public sealed class RoutesTests
{
    private const string CollegeRoute = "\"higherVocational\": [\"application\", \"provincialReview\"]";

    [Fact]
    public void CollegeRoutedThroughItsCity_IsCityReviewedInTheRulesAndTheCalendar()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, CollegeRoute, "\"higherVocational\": [\"application\", \"cityReview\", \"provincialReview\"]");
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        var review = engine.EvaluateCityReview(StepData.CityReview(InstitutionKind.HigherVocational, Season.Spring, StepData.Date(3, 25)));
        var toProvince = engine.EvaluateSummaryTable(StepData.SummaryMail(Season.Spring, Moment.FromDate(StepData.Date(3, 25))));
        var calendar = new PolicyCalendar(engine.Pack.For(2024));

        Assert.Equal(Outcome.Accepted, review.Outcome);
        Assert.Contains(toProvince.Findings, f => f.ClauseId == "PROC-03");
        Assert.Contains(CalendarParty.CityBureau, calendar.PartiesFor(InstitutionKind.HigherVocational));
        Assert.DoesNotContain(CalendarParty.HigherVocational, calendar.Steps.Single(s => s is { Season: Season.Spring, Step: CalendarStep.SummaryTable }).Parties);
    }

    [Fact]
    public void ShippedRoutes_SendCollegesStraightToTheProvince()
    {
        var engine = StepData.Engine;

        var review = engine.EvaluateCityReview(StepData.CityReview(InstitutionKind.HigherVocational, Season.Spring, StepData.Date(3, 25)));
        var calendar = new PolicyCalendar(engine.Pack.For(2024));

        Assert.Equal(Outcome.NotApplicable, review.Outcome);
        Assert.Equal([CalendarParty.HigherVocational, CalendarParty.ProvincialOffice], calendar.PartiesFor(InstitutionKind.HigherVocational));
        Assert.Equal([CalendarParty.SecondaryVocational, CalendarParty.CityBureau, CalendarParty.ProvincialOffice], calendar.PartiesFor(InstitutionKind.ProvincialSecondarySpecialised));
    }

    [Theory]
    [InlineData("\"higherVocational\": [\"provincialReview\", \"application\"]")]
    [InlineData("\"higherVocational\": [\"application\"]")]
    [InlineData("\"higherVocational\": [\"application\", \"cityReview\", \"cityReview\", \"provincialReview\"]")]
    [InlineData("\"higherVocational\": [\"application\", \"review\", \"provincialReview\"]")]
    [InlineData("\"higherVocationalSchool\": [\"application\", \"provincialReview\"]")]
    public void LoadFromDirectory_RouteThatMakesNoSense_IsRefusedAtTheRoutes(string route)
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, CollegeRoute, route);

        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        Assert.Contains(ex.Problems, p => p.JsonPath.StartsWith("$.routes", StringComparison.Ordinal) && p.Line > 0);
    }

    [Fact]
    public void InstitutionRoute_OutOfOrder_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new InstitutionRoute(InstitutionKind.HigherVocational, [RouteStep.ProvincialReview]));
}
