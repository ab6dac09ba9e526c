using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Tests.Demo;
using NodaTime;

namespace Ahx1X.Rules.Tests.Calendar;

public class PolicyCalendarTests
{
    private static readonly PolicyCalendar Calendar = new(RulePack.LoadEmbedded().For(2024));

    private static LocalDate Day(int month, int day) => new(2024, month, day);

    [Fact]
    public void On_20240324_SecondaryVocationalSeesApplicationAndCityReviewOpen()
    {
        var day = Calendar.On(Day(3, 24), InstitutionKind.SecondaryVocational);

        Assert.Equal(
            [(CalendarParty.SecondaryVocational, CalendarStep.Application), (CalendarParty.CityBureau, CalendarStep.CityReview)],
            day.Open.Select(w => (w.Party, w.Step)));
        var application = day.Open[0];
        Assert.Equal(Season.Spring, application.Season);
        Assert.Equal(Day(3, 22), application.Start);
        Assert.Equal(Day(4, 2), application.End);
        Assert.Equal(10, application.DaysLeft);
        Assert.Equal("TIME-01", application.ClauseId);
        Assert.Equal("春季院校申报", application.Name.Zh);
        Assert.Equal(13, day.Open[1].DaysLeft);
    }

    [Fact]
    public void On_20240324_ProvincialReviewNotOpenYetOpensInTwoDays()
    {
        var day = Calendar.On(Day(3, 24), InstitutionKind.SecondaryVocational);

        Assert.DoesNotContain(day.Open, w => w.Step == CalendarStep.ProvincialReview);
        var opens = Assert.Single(day.Upcoming, e => e.Step == CalendarStep.ProvincialReview && e.Kind == CalendarEventKind.Opens && e.Season == Season.Spring);
        Assert.Equal(CalendarParty.ProvincialOffice, opens.Party);
        Assert.Equal(Day(3, 26), opens.Date);
        Assert.Equal(2, opens.DaysUntil);
    }

    [Fact]
    public void On_20240324_CollegeNextDueIsSummaryTableOn0325InOneDay()
    {
        var college = Calendar.On(Day(3, 24), InstitutionKind.HigherVocational).For(CalendarParty.HigherVocational)!;

        var next = college.NextDue!;
        Assert.Same(next, college.Next);
        Assert.Equal(CalendarStep.SummaryTable, next.Step);
        Assert.Equal(CalendarEventKind.Deadline, next.Kind);
        Assert.Equal("PROC-02", next.ClauseId);
        Assert.Equal(Day(3, 25), next.Date);
        Assert.True(next.Inclusive);
        Assert.Equal(1, next.DaysUntil);
    }

    [Fact]
    public void On_20240403_ApplicationClosedCityReviewOpenUntil0405()
    {
        var day = Calendar.On(Day(4, 3), InstitutionKind.SecondaryVocational);

        Assert.DoesNotContain(day.Open, w => w.Step == CalendarStep.Application);
        Assert.Empty(day.For(CalendarParty.SecondaryVocational)!.Open);
        var city = Assert.Single(day.Open, w => w.Step == CalendarStep.CityReview);
        Assert.Equal(Day(4, 5), city.End);
        Assert.Equal(3, city.DaysLeft);
        var closes = day.For(CalendarParty.CityBureau)!.NextDue!;
        Assert.Equal((CalendarStep.CityReview, CalendarEventKind.Closes, Day(4, 5), 2), (closes.Step, closes.Kind, closes.Date, closes.DaysUntil));
        Assert.Contains(day.Open, w => w.Step == CalendarStep.ProvincialReview && w.DaysLeft == 8);
    }

    [Fact]
    public void On_20240701_NothingOpenAndNextIsAutumnApplicationOpeningOn0915()
    {
        var day = Calendar.On(Day(7, 1));

        Assert.Empty(day.Open);
        Assert.All(day.Parties, p => Assert.Empty(p.Open));
        var next = day.Upcoming[0];
        Assert.Equal((Season.Autumn, CalendarStep.Application, CalendarEventKind.Opens), (next.Season, next.Step, next.Kind));
        Assert.Equal(Day(9, 15), next.Date);
        Assert.Equal(76, next.DaysUntil);
        foreach (var school in new[] { CalendarParty.AppliedUndergraduate, CalendarParty.HigherVocational, CalendarParty.SecondaryVocational })
        {
            Assert.Equal((CalendarStep.Application, Day(9, 15)), (day.For(school)!.Next!.Step, day.For(school)!.Next!.Date));
        }
    }

    [Fact]
    public void On_InclusiveDeadlineDay_SummaryTableStillListedWithZeroDays()
    {
        var college = Calendar.On(Day(3, 25), InstitutionKind.HigherVocational).For(CalendarParty.HigherVocational)!;

        var deadline = college.Next!;
        Assert.Equal((CalendarStep.SummaryTable, Day(3, 25), 0, true), (deadline.Step, deadline.Date, deadline.DaysUntil, deadline.Inclusive));
        Assert.DoesNotContain(college.Open, w => w.Step == CalendarStep.SummaryTable);
    }

    [Fact]
    public void On_DayAfterDeadline_SummaryTableIsGoneUntilAutumn()
    {
        var college = Calendar.On(Day(3, 26), InstitutionKind.HigherVocational).For(CalendarParty.HigherVocational)!;

        var summary = Assert.Single(college.Upcoming, e => e.Step == CalendarStep.SummaryTable);
        Assert.Equal((Season.Autumn, Day(9, 20)), (summary.Season, summary.Date));
    }

    [Fact]
    public void On_ExclusiveDeadlineInRulesCopy_DayItselfIsGoneAndDayBeforeHasOneDay()
    {
        using var rules = Repository.CopyRules();
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        var text = File.ReadAllText(edition);
        var at = text.IndexOf("\"inclusive\": true", StringComparison.Ordinal);
        File.WriteAllText(edition, text[..at] + "\"inclusive\": false" + text[(at + "\"inclusive\": true".Length)..]);
        var calendar = new PolicyCalendar(RulePack.LoadFromDirectory(rules.Path).For(2024));

        var before = calendar.On(Day(3, 24), InstitutionKind.HigherVocational).For(CalendarParty.HigherVocational)!.Next!;
        var on = calendar.On(Day(3, 25), InstitutionKind.HigherVocational).For(CalendarParty.HigherVocational)!;

        Assert.Equal((CalendarStep.SummaryTable, Day(3, 25), 1, false), (before.Step, before.Date, before.DaysUntil, before.Inclusive));
        Assert.DoesNotContain(on.Upcoming, e => e.Step == CalendarStep.SummaryTable && e.Season == Season.Spring);
        Assert.False(calendar.StepsOf(Season.Spring)[3].Deadline!.Inclusive);
        Assert.Equal(Day(3, 24), calendar.StepsOf(Season.Spring)[3].LastDay);
    }

    [Fact]
    public void On_WindowLastDay_OneDayLeftAndClosesToday()
    {
        var school = Calendar.On(Day(4, 2), InstitutionKind.AppliedUndergraduate).For(CalendarParty.AppliedUndergraduate)!;

        var window = Assert.Single(school.Open);
        Assert.Equal(1, window.DaysLeft);
        Assert.Equal((CalendarEventKind.Closes, Day(4, 2), 0), (school.Next!.Kind, school.Next.Date, school.Next.DaysUntil));
    }

    [Fact]
    public void On_WindowFirstDay_IsOpenNotUpcoming()
    {
        var province = Calendar.On(Day(3, 26)).For(CalendarParty.ProvincialOffice)!;

        Assert.Equal(16, Assert.Single(province.Open).DaysLeft);
        Assert.DoesNotContain(province.Upcoming, e => e.Kind == CalendarEventKind.Opens && e.Season == Season.Spring);
    }

    [Fact]
    public void On_SecondaryVocationalKind_SchoolSendsNoSummaryTableItsCityBureauDoes()
    {
        var day = Calendar.On(Day(3, 24), InstitutionKind.SecondaryVocational);

        Assert.Equal([CalendarParty.SecondaryVocational, CalendarParty.CityBureau, CalendarParty.ProvincialOffice], day.Parties.Select(p => p.Party));
        Assert.DoesNotContain(day.For(CalendarParty.SecondaryVocational)!.Upcoming, e => e.Step == CalendarStep.SummaryTable);
        Assert.Equal(CalendarStep.SummaryTable, day.For(CalendarParty.CityBureau)!.Next!.Step);
    }

    [Fact]
    public void On_ProvincialSecondarySpecialised_GoesThroughCityReviewLikeOtherSecondarySchools()
    {
        var specialised = Calendar.On(Day(4, 3), InstitutionKind.ProvincialSecondarySpecialised);
        var secondary = Calendar.On(Day(4, 3), InstitutionKind.SecondaryVocational);

        Assert.Equal(secondary.Open, specialised.Open);
        Assert.Equal(secondary.Upcoming, specialised.Upcoming);
        Assert.Equal(InstitutionKind.ProvincialSecondarySpecialised, specialised.Kind);
    }

    [Theory]
    [InlineData(InstitutionKind.AppliedUndergraduate, CalendarParty.AppliedUndergraduate)]
    [InlineData(InstitutionKind.HigherVocational, CalendarParty.HigherVocational)]
    public void On_UniversityOrCollege_HasNoCityBureau(InstitutionKind kind, CalendarParty own)
    {
        var day = Calendar.On(Day(3, 24), kind);

        Assert.Equal([own, CalendarParty.ProvincialOffice], day.Parties.Select(p => p.Party));
        Assert.DoesNotContain(day.Open, w => w.Step == CalendarStep.CityReview);
    }

    [Fact]
    public void On_NoKind_GivesEveryParty()
    {
        var day = Calendar.On(Day(3, 24));

        Assert.Equal(Enum.GetValues<CalendarParty>(), day.Parties.Select(p => p.Party));
        Assert.Null(day.Kind);
        Assert.Equal(3, day.Upcoming.Count(e => e.Step == CalendarStep.SummaryTable && e.Season == Season.Spring));
    }

    [Fact]
    public void On_LastDayOfYear_NothingOpenNothingAhead()
    {
        var day = Calendar.On(Day(12, 31));

        Assert.Empty(day.Open);
        Assert.Empty(day.Upcoming);
        Assert.All(day.Parties, p => Assert.Null(p.Next));
    }

    [Theory]
    [InlineData(2023, 12, 31)]
    [InlineData(2025, 1, 1)]
    [InlineData(2030, 3, 24)]
    public void On_DateOutsideEditionYear_ThrowsNamingBothYears(int year, int month, int day)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.On(new LocalDate(year, month, day)));

        Assert.Equal("date", ex.ParamName);
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message);
        Assert.Contains("2024", ex.Message);
    }

    [Fact]
    public void On_DateInAnotherCalendarSystem_IsReadAsTheSameDay()
    {
        var gregorian = Day(3, 24).WithCalendar(CalendarSystem.Gregorian);

        var day = Calendar.On(gregorian, InstitutionKind.SecondaryVocational);

        Assert.Equal(Day(3, 24), day.Date);
        Assert.Equal(2, day.Open.Count);
    }

    [Fact]
    public void On_EveryDayOfTheYear_AgreesWithTheWindowsAndDeadlines()
    {
        var steps = Calendar.Steps;
        for (var date = Day(1, 1); date.Year == 2024; date = date.PlusDays(1))
        {
            var day = Calendar.On(date);
            foreach (var agenda in day.Parties)
            {
                var own = steps.Where(s => s.Parties.Contains(agenda.Party)).ToList();
                Assert.Equal(
                    own.Where(s => s.Window?.Contains(date) == true).Select(s => (s.Season, s.Step)),
                    agenda.Open.Select(w => (w.Season, w.Step)));
                Assert.All(agenda.Open, w => Assert.Equal(Period.DaysBetween(date, w.End) + 1, w.DaysLeft));
                Assert.All(agenda.Upcoming, e =>
                {
                    Assert.Equal(Period.DaysBetween(date, e.Date), e.DaysUntil);
                    Assert.True(e.Kind == CalendarEventKind.Opens ? e.DaysUntil > 0 : e.DaysUntil >= 0);
                    Assert.Equal(agenda.Party, e.Party);
                });
                Assert.Equal(agenda.Upcoming.OrderBy(e => e.Date).Select(e => e.Date), agenda.Upcoming.Select(e => e.Date));
                var deadlines = own.Where(s => s.IsDeadline && s.Deadline!.IsMetBy(date)).Select(s => s.Season);
                Assert.Equal(deadlines, agenda.Upcoming.Where(e => e.Kind == CalendarEventKind.Deadline).Select(e => e.Season));
            }

            Assert.Equal(day.Upcoming.OrderBy(e => e.Date).Select(e => e.Date), day.Upcoming.Select(e => e.Date));
        }
    }

    [Fact]
    public void Steps_OfSpring_AreTheFourDatedStepsWithTheirClauses()
    {
        var spring = Calendar.StepsOf(Season.Spring);

        Assert.Equal(
            [
                (CalendarStep.Application, "TIME-01", "2024-03-22..2024-04-02"),
                (CalendarStep.CityReview, "TIME-02", "2024-03-22..2024-04-05"),
                (CalendarStep.ProvincialReview, "TIME-03", "2024-03-26..2024-04-10"),
                (CalendarStep.SummaryTable, "PROC-02", "2024-03-25 (inclusive)"),
            ],
            spring.Select(s => (s.Step, s.ClauseId, s.Window?.ToString() ?? s.Deadline!.ToString())));
        Assert.Equal(8, Calendar.Steps.Count);
        Assert.Equal(
            [CalendarParty.AppliedUndergraduate, CalendarParty.HigherVocational, CalendarParty.CityBureau],
            spring[3].Parties);
    }

    [Fact]
    public void On_WindowChangedInRulesCopy_ChangesTheAnswerWithoutRebuild()
    {
        using var rules = Repository.CopyRules();
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("\"2024-04-02\"", "\"2024-04-03\""));
        var calendar = new PolicyCalendar(RulePack.LoadFromDirectory(rules.Path).For(2024));

        var day = calendar.On(Day(4, 3), InstitutionKind.HigherVocational);

        Assert.Equal(1, Assert.Single(day.Open, w => w.Step == CalendarStep.Application).DaysLeft);
    }

    [Fact]
    public void Constructor_NullEdition_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new PolicyCalendar(null!));
    }
}
