using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>TIME-03 (the provincial window) and ORDER-01 (city before province).</summary>
public class ProvincialReviewTests
{
    [Theory]
    [InlineData(Season.Spring, 3, 26)]
    [InlineData(Season.Spring, 4, 10)]
    [InlineData(Season.Autumn, 9, 20)]
    [InlineData(Season.Autumn, 9, 30)]
    public void EvaluateProvincialReview_InsideProvincialWindow_Accepted(Season season, int month, int day)
    {
        var result = Engine.EvaluateProvincialReview(ProvincialReview(InstitutionKind.HigherVocational, season, Date(month, day), null));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
        Assert.Contains("TIME-03", result.ClausesEvaluated);
        Assert.Contains("ORDER-01", result.ClausesEvaluated);
    }

    [Theory]
    [InlineData(Season.Spring, 3, 25)]
    [InlineData(Season.Spring, 4, 11)]
    [InlineData(Season.Autumn, 9, 19)]
    [InlineData(Season.Autumn, 10, 1)]
    public void EvaluateProvincialReview_OutsideProvincialWindow_RejectedWithTime03(Season season, int month, int day)
    {
        var result = Engine.EvaluateProvincialReview(ProvincialReview(InstitutionKind.AppliedUndergraduate, season, Date(month, day), null));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("TIME-03", finding.ClauseId);
        Assert.Equal("TIME-03-provincial-window", finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Contains($"2024-{month:00}-{day:00}", finding.Message.En);
    }

    [Theory]
    [InlineData(InstitutionKind.SecondaryVocational)]
    [InlineData(InstitutionKind.ProvincialSecondarySpecialised)]
    public void EvaluateProvincialReview_SecondarySameDayAsCityReview_Accepted(InstitutionKind kind)
    {
        var day = Date(4, 3);
        var result = Engine.EvaluateProvincialReview(ProvincialReview(kind, Season.Spring, day, PassedCityReview(day)));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void EvaluateProvincialReview_SecondaryDayAfterCityReview_Accepted()
    {
        var result = Engine.EvaluateProvincialReview(
            ProvincialReview(InstitutionKind.SecondaryVocational, Season.Autumn, Date(9, 25), PassedCityReview(Date(9, 24))));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Theory]
    [InlineData(InstitutionKind.SecondaryVocational)]
    [InlineData(InstitutionKind.ProvincialSecondarySpecialised)]
    public void EvaluateProvincialReview_SecondaryDayBeforeCityReview_RejectedWithOrder01(InstitutionKind kind)
    {
        var result = Engine.EvaluateProvincialReview(ProvincialReview(kind, Season.Spring, Date(4, 2), PassedCityReview(Date(4, 3))));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORDER-01", finding.ClauseId);
        Assert.Equal("ORDER-01-city-before-province", finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Contains("2024-04-02", finding.Message.En);
        Assert.Contains("2024-04-03", finding.Message.En);
    }

    [Theory]
    [InlineData(InstitutionKind.SecondaryVocational)]
    [InlineData(InstitutionKind.ProvincialSecondarySpecialised)]
    public void EvaluateProvincialReview_SecondaryWithoutCityReview_RejectedWithOrder01(InstitutionKind kind)
    {
        var result = Engine.EvaluateProvincialReview(ProvincialReview(kind, Season.Autumn, Date(9, 25), null));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORDER-01", finding.ClauseId);
        Assert.Equal("ORDER-01-city-review-held", finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Contains(InstitutionOf(kind).Name, finding.Message.Zh);
    }

    [Fact]
    public void EvaluateProvincialReview_CityReviewNotPassed_RejectedWithOrder01()
    {
        var city = new CityReviewRecord { ReviewedAt = Moment.FromDate(Date(4, 1)), Passed = false };

        var result = Engine.EvaluateProvincialReview(ProvincialReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(4, 3), city));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORDER-01", finding.ClauseId);
        Assert.Equal("ORDER-01-city-review-passed", finding.RuleName);
    }

    [Fact]
    public void EvaluateProvincialReview_CityReviewPassedUnknown_MissingFactsAndIndeterminate()
    {
        var city = new CityReviewRecord { ReviewedAt = Moment.FromDate(Date(4, 1)), Passed = null };

        var result = Engine.EvaluateProvincialReview(ProvincialReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(4, 3), city));

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORDER-01-city-review-passed", finding.RuleName);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Contains(finding.Facts, f => f.Name == "cityReview.Passed" && f.Value is null);
    }

    [Fact]
    public void EvaluateProvincialReview_CityReviewDateUnknown_MissingFactsAndIndeterminate()
    {
        var city = new CityReviewRecord { ReviewedAt = null, Passed = true };

        var result = Engine.EvaluateProvincialReview(ProvincialReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(4, 3), city));

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORDER-01-city-before-province", finding.RuleName);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
    }

    [Theory]
    [InlineData(InstitutionKind.HigherVocational)]
    [InlineData(InstitutionKind.AppliedUndergraduate)]
    public void EvaluateProvincialReview_CollegeWithoutCityReview_NoOrder01(InstitutionKind kind)
    {
        var result = Engine.EvaluateProvincialReview(ProvincialReview(kind, Season.Spring, Date(4, 1), null));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.FindingsForClause("ORDER-01"));
    }

    [Fact]
    public void EvaluateProvincialReview_CollegeWithUndatedCityReviewRecord_NoOrder01()
    {
        var city = new CityReviewRecord { ReviewedAt = null, Passed = true };

        var result = Engine.EvaluateProvincialReview(ProvincialReview(InstitutionKind.HigherVocational, Season.Spring, Date(4, 1), city));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Theory]
    [InlineData(InstitutionKind.HigherVocational)]
    [InlineData(InstitutionKind.AppliedUndergraduate)]
    public void EvaluateProvincialReview_CollegeWithCityReviewAfterProvincial_NoOrder01(InstitutionKind kind)
    {
        var result = Engine.EvaluateProvincialReview(ProvincialReview(kind, Season.Spring, Date(4, 1), PassedCityReview(Date(4, 5))));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Fact]
    public void EvaluateProvincialReview_SecondaryLateAndBeforeCity_ReportsBothClauses()
    {
        var result = Engine.EvaluateProvincialReview(
            ProvincialReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(3, 25), PassedCityReview(Date(3, 28))));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal(["TIME-03-provincial-window", "ORDER-01-city-before-province"], result.Findings.Select(f => f.RuleName));
    }

    [Fact]
    public void EvaluateProvincialReview_ReviewedAtNull_MissingFactsAndIndeterminate()
    {
        var request = ProvincialReview(InstitutionKind.HigherVocational, Season.Spring, Date(4, 1), null) with { ReviewedAt = null };

        var result = Engine.EvaluateProvincialReview(request);

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.All(result.Findings, f => Assert.Equal(FindingKind.MissingFacts, f.Kind));
        var finding = Assert.Single(result.FindingsForClause("TIME-03"));
        Assert.Contains(finding.Facts, f => f.Name == "reviewedAt.Date" && f.Value is null);
    }
}
