using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>TIME-02: a secondary vocational application's city review happens inside the city window.</summary>
public class CityReviewTests
{
    [Theory]
    [InlineData(InstitutionKind.SecondaryVocational, Season.Spring, 3, 22)]
    [InlineData(InstitutionKind.SecondaryVocational, Season.Spring, 4, 5)]
    [InlineData(InstitutionKind.ProvincialSecondarySpecialised, Season.Spring, 4, 5)]
    [InlineData(InstitutionKind.SecondaryVocational, Season.Autumn, 9, 15)]
    [InlineData(InstitutionKind.SecondaryVocational, Season.Autumn, 9, 28)]
    [InlineData(InstitutionKind.ProvincialSecondarySpecialised, Season.Autumn, 9, 28)]
    public void EvaluateCityReview_InsideCityWindow_Accepted(InstitutionKind kind, Season season, int month, int day)
    {
        var result = Engine.EvaluateCityReview(CityReview(kind, season, Date(month, day)));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
        Assert.Contains("TIME-02", result.ClausesEvaluated);
        Assert.Equal("CityReview", result.Workflow);
        Assert.Equal(2024, result.Edition);
    }

    [Theory]
    [InlineData(InstitutionKind.SecondaryVocational, Season.Spring, 3, 21)]
    [InlineData(InstitutionKind.SecondaryVocational, Season.Spring, 4, 6)]
    [InlineData(InstitutionKind.ProvincialSecondarySpecialised, Season.Spring, 4, 6)]
    [InlineData(InstitutionKind.SecondaryVocational, Season.Autumn, 9, 14)]
    [InlineData(InstitutionKind.SecondaryVocational, Season.Autumn, 9, 29)]
    [InlineData(InstitutionKind.ProvincialSecondarySpecialised, Season.Autumn, 9, 29)]
    public void EvaluateCityReview_OutsideCityWindow_RejectedWithTime02(InstitutionKind kind, Season season, int month, int day)
    {
        var result = Engine.EvaluateCityReview(CityReview(kind, season, Date(month, day)));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("TIME-02", finding.ClauseId);
        Assert.Equal("TIME-02-city-window", finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains($"2024-{month:00}-{day:00}", finding.Message.En);
        Assert.Contains($"2024-{month:00}-{day:00}", finding.Message.Zh);
    }

    [Fact]
    public void EvaluateCityReview_SpringReviewInAutumnWindow_RejectedWithTime02()
    {
        var result = Engine.EvaluateCityReview(CityReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(9, 20)));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal("TIME-02-city-window", Assert.Single(result.Findings).RuleName);
    }

    [Theory]
    [InlineData(InstitutionKind.HigherVocational)]
    [InlineData(InstitutionKind.AppliedUndergraduate)]
    public void EvaluateCityReview_CollegeOrUniversity_OutcomeNotApplicable(InstitutionKind kind)
    {
        var result = Engine.EvaluateCityReview(CityReview(kind, Season.Spring, Date(3, 30)));

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
        Assert.False(result.IsAccepted);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("TIME-02", finding.ClauseId);
        Assert.Equal("TIME-02-secondary-vocational-only", finding.RuleName);
        Assert.Equal(FindingKind.NotApplicable, finding.Kind);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains(InstitutionOf(kind).Name, finding.Message.Zh);
    }

    [Fact]
    public void EvaluateCityReview_CollegeOutsideCityWindow_StillOnlyNotApplicable()
    {
        var result = Engine.EvaluateCityReview(CityReview(InstitutionKind.HigherVocational, Season.Spring, Date(4, 20)));

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
        Assert.Equal(FindingKind.NotApplicable, Assert.Single(result.Findings).Kind);
    }

    [Fact]
    public void EvaluateCityReview_ReviewedAtNull_MissingFactsAndIndeterminate()
    {
        var result = Engine.EvaluateCityReview(CityReview(InstitutionKind.SecondaryVocational, Season.Spring, null));

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("TIME-02", finding.ClauseId);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Contains(finding.Facts, f => f.Name == "reviewedAt.Date" && f.Value is null);
    }

    [Fact]
    public void EvaluateCityReview_SeasonNull_MissingFactsAndIndeterminate()
    {
        var request = CityReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(3, 30)) with
        {
            Application = ApplicationFor(Season.Spring) with { Season = null },
        };

        var result = Engine.EvaluateCityReview(request);

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.Equal(FindingKind.MissingFacts, Assert.Single(result.Findings).Kind);
    }

    [Fact]
    public void EvaluateCityReview_InstitutionKindNull_NeverAccepted()
    {
        var request = CityReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(3, 30)) with
        {
            Institution = SecondarySchool with { Kind = null },
        };

        var result = Engine.EvaluateCityReview(request);

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.All(result.Findings, f => Assert.Equal(FindingKind.MissingFacts, f.Kind));
        Assert.NotEmpty(result.Findings);
    }

    [Fact]
    public void EvaluateCityReview_YearWithoutEdition_ThrowsEditionNotFound()
    {
        var request = CityReview(InstitutionKind.SecondaryVocational, Season.Spring, new NodaTime.LocalDate(2025, 3, 30)) with
        {
            Application = ApplicationFor(Season.Spring) with { Year = 2025 },
        };

        var error = Assert.Throws<EditionNotFoundException>(() => Engine.EvaluateCityReview(request));
        Assert.Equal(2025, error.Year);
    }
}
