using Ahx1X.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Properties;

/// <summary>ORDER-01 over every pair of review dates in 2024.</summary>
public class ReviewOrderProperties
{
    private static readonly LocalDate FirstDay = new(2024, 1, 1);

    /// <summary>Any pair of days of 2024 (a leap year: 366 days), city first; half of them within two days of each other so the boundary is hit often.</summary>
    private static readonly Gen<(LocalDate City, LocalDate Province)> ReviewDays = Gen.OneOf(
        from city in Gen.Choose(0, 365)
        from province in Gen.Choose(0, 365)
        select (FirstDay.PlusDays(city), FirstDay.PlusDays(province)),
        from city in Gen.Choose(0, 365)
        from delta in Gen.Choose(-2, 2)
        select (FirstDay.PlusDays(city), FirstDay.PlusDays(Math.Clamp(city + delta, 0, 365))));

    [Property(MaxTest = 300)]
    public Property EvaluateProvincialReview_AnyDates_Order01FiresExactlyWhenCityAfterProvince() =>
        Prop.ForAll(Arb.From(ReviewDays), days =>
        {
            var season = days.Province.Month < 7 ? Season.Spring : Season.Autumn;
            var result = Engine.EvaluateProvincialReview(
                ProvincialReview(InstitutionKind.SecondaryVocational, season, days.Province, PassedCityReview(days.City)));

            var order = result.FindingsForClause("ORDER-01").ToList();
            var expected = days.City > days.Province;
            return (order.Count == (expected ? 1 : 0)
                    && order.All(f => f.RuleName == "ORDER-01-city-before-province"))
                .Label($"city {days.City}, province {days.Province}: {result.DescribeStep()}");
        });

    [Property(MaxTest = 300)]
    public Property EvaluateProvincialReview_AnyDates_CollegeNeverOrder01() =>
        Prop.ForAll(Arb.From(ReviewDays), days =>
        {
            var result = Engine.EvaluateProvincialReview(
                ProvincialReview(InstitutionKind.HigherVocational, Season.Spring, days.Province, PassedCityReview(days.City)));

            return (!result.FindingsForClause("ORDER-01").Any()).Label(result.DescribeStep());
        });
}
