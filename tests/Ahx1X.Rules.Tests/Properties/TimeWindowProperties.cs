using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Ahx1X.Rules.Tests.Properties;

/// <summary>
/// TIME-01 follows the window data for every day of 2024, and the Asia/Shanghai date of every
/// instant near a window edge, whatever offset the instant was written with.
/// </summary>
public sealed class TimeWindowProperties
{
    private const int SecondsPerDay = 86_400;

    private static DateWindow WindowOf(Season season) => TestData.Engine.Pack.For(2024).Parameters.For(season).Application;

    [Property(MaxTest = 500)]
    public Property Evaluate_AnyDayOf2024_Time01AbsentExactlyInsideSeasonWindow()
    {
        var cases = Gen.Zip(Generators.DayOf2024, Generators.AnySeason);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var (date, season) = c;
            var window = WindowOf(season);
            var inside = date >= window.Start && date <= window.End;
            var result = TestData.Evaluate(a => a.SubmittedOnDate(date, season));
            return (result.Passes("TIME-01") == inside).Label($"{date} {season} inside={inside}");
        });
    }

    [Fact]
    public void Evaluate_EveryDayOf2024AndSeason_Time01AbsentExactlyInsideSeasonWindow()
    {
        // The property above samples; this walks all 732 day-and-season pairs once.
        for (var date = new LocalDate(2024, 1, 1); date.Year == 2024; date = date.PlusDays(1))
        {
            foreach (var season in new[] { Season.Spring, Season.Autumn })
            {
                var window = WindowOf(season);
                var inside = date >= window.Start && date <= window.End;
                var result = TestData.Evaluate(a => a.SubmittedOnDate(date, season));
                Assert.True(result.Passes("TIME-01") == inside, $"{date} {season}: expected inside={inside}");
            }
        }
    }

    [Property(MaxTest = 500)]
    public Property Evaluate_InstantNearWindowEdge_Time01FollowsShanghaiDate()
    {
        var edges = new[] { Season.Spring, Season.Autumn }
            .SelectMany(s => new[] { (Season: s, Day: WindowOf(s).Start), (Season: s, Day: WindowOf(s).End.PlusDays(1)) })
            .ToArray();
        var cases =
            from edge in Gen.Elements(edges)
            from seconds in Gen.Choose(-SecondsPerDay, SecondsPerDay)
            from offsetSeconds in Gen.Choose(-12 * 3600, 14 * 3600)
            select (edge.Season, edge.Day, seconds, offsetSeconds);

        return Prop.ForAll(Arb.From(cases), c =>
        {
            var (season, edgeDay, seconds, offsetSeconds) = c;

            // The edge is midnight at the start of edgeDay in Asia/Shanghai (UTC+8, no daylight saving).
            var edgeUnix = new DateTimeOffset(edgeDay.Year, edgeDay.Month, edgeDay.Day, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
            var unix = edgeUnix + seconds;
            var instant = Instant.FromUnixTimeSeconds(unix);
            var written = instant.WithOffset(Offset.FromSeconds(offsetSeconds));

            // Expected, computed without NodaTime's time zones: instant + 8 hours, then the UTC calendar date.
            var shanghai = DateTimeOffset.FromUnixTimeSeconds(unix).AddHours(8).UtcDateTime.Date;
            var expectedDate = new LocalDate(shanghai.Year, shanghai.Month, shanghai.Day);
            var window = WindowOf(season);
            var inside = expectedDate >= window.Start && expectedDate <= window.End;

            var moment = Moment.FromOffsetDateTime(written);
            var result = TestData.Evaluate(a => a with { SubmittedAt = moment, Season = season });
            return (moment.Date == expectedDate && moment.Instant == instant && result.Passes("TIME-01") == inside)
                .Label($"{written} ({instant}) {season}: Shanghai date {moment.Date}, expected {expectedDate}, inside={inside}");
        });
    }

    [Property(MaxTest = 200)]
    public Property FromOffsetDateTime_AnyOffset_SameDateAsFromInstant()
    {
        var cases =
            from day in Generators.DayOf2024
            from second in Gen.Choose(0, SecondsPerDay - 1)
            from offsetSeconds in Gen.Choose(-12 * 3600, 14 * 3600)
            select (day, second, offsetSeconds);

        return Prop.ForAll(Arb.From(cases), c =>
        {
            var instant = c.day.AtMidnight().PlusSeconds(c.second).InUtc().ToInstant();
            var written = instant.WithOffset(Offset.FromSeconds(c.offsetSeconds));
            return Moment.FromOffsetDateTime(written) == Moment.FromInstant(instant);
        });
    }
}
