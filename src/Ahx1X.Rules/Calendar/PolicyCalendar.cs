using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using NodaTime;

namespace Ahx1X.Rules.Calendar;

/// <summary>
/// Answers "what is open on this day for this kind of institution, and what comes next" for one
/// edition: the application, city review and provincial review windows and the summary table
/// (附件3) deadline of both seasons, per party. The dates come from the edition's parameters,
/// so a rules folder with a changed date changes the answers with no rebuild.
/// </summary>
/// <remarks>
/// <para>
/// The calendar never reads the clock: callers pass the day, a calendar day in China Standard
/// Time (take it from NodaTime's <c>IClock</c> with <see cref="Moment.FromInstant"/>).
/// </para>
/// <para>
/// A window is open on every day from its start to its end, both included; its
/// <see cref="OpenWindow.DaysLeft"/> counts the day asked about. A deadline is never an open
/// window: it is listed in <see cref="PartyAgenda.Upcoming"/> while it can still be met, with
/// <see cref="CalendarEvent.DaysUntil"/> counting the days to the deadline's date. On the day of an
/// inclusive deadline it is still listed, with 0 days until it; on the day of an exclusive
/// deadline it is gone, and the day before is the last one in time.
/// </para>
/// <para>An instance is immutable and safe to share between threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var calendar = new PolicyCalendar(PolicyEngine.LoadEmbedded().Pack.For(2024));
/// var day = calendar.On(new LocalDate(2024, 3, 24), InstitutionKind.HigherVocational);
/// // day.Open: 春季院校申报 2024-03-22..2024-04-02, 10 days left
/// // day.Upcoming[0]: 春季报送汇总表（附件3） 2024-03-25, in 1 day
/// </code>
/// </example>
public sealed class PolicyCalendar
{
    /// <summary>Orders events by date, then step, kind and party, so that lists read the same on every run.</summary>
    internal static readonly IComparer<CalendarEvent> EventOrder = Comparer<CalendarEvent>.Create((a, b) =>
    {
        var order = a.Date.CompareTo(b.Date);
        order = order != 0 ? order : a.Step.CompareTo(b.Step);
        order = order != 0 ? order : a.Kind.CompareTo(b.Kind);
        return order != 0 ? order : a.Party.CompareTo(b.Party);
    });

    /// <summary>Creates the calendar of <paramref name="edition"/>.</summary>
    /// <param name="edition">The edition, such as <c>RulePack.LoadEmbedded().For(2024)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public PolicyCalendar(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        Year = edition.Year;
        _parameters = edition.Parameters;
        Steps = [.. StepsOf(edition.Parameters, Season.Spring), .. StepsOf(edition.Parameters, Season.Autumn)];
    }

    // Which kinds pass through which step: the edition's routes, the same data the rules read.
    private readonly EditionParameters _parameters;

    /// <summary>Gets the year of the edition; <see cref="On"/> answers for days of this year only.</summary>
    public int Year { get; }

    /// <summary>
    /// Gets every dated step of the edition: the spring season's, then the autumn season's, each in
    /// <see cref="CalendarStep"/> order (application, city review, provincial review, summary table).
    /// </summary>
    public IReadOnlyList<SeasonStep> Steps { get; }

    /// <summary>Returns the four dated steps of <paramref name="season"/>, in <see cref="CalendarStep"/> order.</summary>
    /// <param name="season">The season.</param>
    public IReadOnlyList<SeasonStep> StepsOf(Season season) => [.. Steps.Where(s => s.Season == season)];

    /// <summary>
    /// Returns, for <paramref name="date"/>, per party, the windows open that day and what is still
    /// ahead until the end of the edition's year, with the days until each.
    /// </summary>
    /// <param name="date">
    /// The day asked about, a calendar day in China Standard Time; a date in another calendar
    /// system is converted to the ISO calendar first.
    /// </param>
    /// <param name="kind">
    /// The kind of institution asked about: its own steps, its city bureau's for a secondary
    /// vocational kind (省属中专 included) and the provincial office's. Null (the default) for every party.
    /// </param>
    /// <returns>
    /// The day's answer. It holds one agenda per party even when nothing is open or ahead, such as
    /// after the autumn provincial review: the next year's dates belong to the next year's edition.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="date"/> is not in the edition's <see cref="Year"/>; load the edition of the
    /// date's year instead (<see cref="RulePack.For"/>). The dates of one year are never applied to another.
    /// </exception>
    public CalendarDay On(LocalDate date, InstitutionKind? kind = null)
    {
        date = date.WithCalendar(CalendarSystem.Iso);
        if (date.Year != Year)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"The date {Text.Format.Date(date)} is outside the {Year} edition; ask the calendar of the {date.Year} edition, "
                + $"if the rule pack has one. The {Year} dates are never applied to {date.Year}.");
        }

        var parties = PartiesFor(kind)
            .Select(party => AgendaOf(party, date))
            .ToArray();
        return new CalendarDay(Year, date, kind, parties);
    }

    /// <summary>
    /// Returns the parties an application of <paramref name="kind"/> passes through, in
    /// <see cref="CalendarParty"/> order, as the edition's routes set them: the institution itself,
    /// its city bureau when the route has a city review (中职, 省属中专 included, in 2024), and the
    /// provincial office. Null gives every party.
    /// </summary>
    /// <param name="kind">The kind of institution, or null for every party.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public IReadOnlyList<CalendarParty> PartiesFor(InstitutionKind? kind)
    {
        if (kind is not { } known)
        {
            return Every;
        }

        var parties = new List<CalendarParty> { CalendarPartyExtensions.PartyOf(known) };
        if (_parameters.ReviewedByCity(known))
        {
            parties.Add(CalendarParty.CityBureau);
        }

        parties.Add(CalendarParty.ProvincialOffice);
        return parties.AsReadOnly();
    }

    private static readonly IReadOnlyList<CalendarParty> Every = [.. Enum.GetValues<CalendarParty>()];

    /// <summary>
    /// Returns who acts in <paramref name="step"/>: every institution applies; the city bureau reviews
    /// when some route has a city review; the province reviews; the summary table comes from each
    /// kind that goes straight to the province and from the city bureaus for the kinds they review (PROC-03).
    /// </summary>
    private IReadOnlyList<CalendarParty> PartiesIn(CalendarStep step)
    {
        var routes = _parameters.Routes;
        var cityReviews = routes.Any(r => r.ReviewedByCity);
        IEnumerable<CalendarParty> parties = step switch
        {
            CalendarStep.Application => routes.Select(r => CalendarPartyExtensions.PartyOf(r.Kind)),
            CalendarStep.CityReview => cityReviews ? [CalendarParty.CityBureau] : [],
            CalendarStep.ProvincialReview => [CalendarParty.ProvincialOffice],
            _ => routes.Where(r => !r.ReviewedByCity).Select(r => CalendarPartyExtensions.PartyOf(r.Kind))
                .Concat(cityReviews ? [CalendarParty.CityBureau] : []),
        };
        return [.. parties.Distinct().Order()];
    }

    private PartyAgenda AgendaOf(CalendarParty party, LocalDate date)
    {
        var open = new List<OpenWindow>();
        var upcoming = new List<CalendarEvent>();
        foreach (var step in Steps.Where(s => s.Parties.Contains(party)))
        {
            if (step.Window is { } window)
            {
                if (window.Contains(date))
                {
                    open.Add(new OpenWindow(party, step.Season, step.Step, step.Name, step.ClauseId,
                        window.Start, window.End, Period.DaysBetween(date, window.End) + 1));
                }

                if (window.Start > date)
                {
                    upcoming.Add(Event(party, step, CalendarEventKind.Opens, window.Start, inclusive: true, date));
                }

                if (window.End >= date)
                {
                    upcoming.Add(Event(party, step, CalendarEventKind.Closes, window.End, inclusive: true, date));
                }
            }
            else if (step.Deadline is { } deadline && deadline.IsMetBy(date))
            {
                upcoming.Add(Event(party, step, CalendarEventKind.Deadline, deadline.Date, deadline.Inclusive, date));
            }
        }

        upcoming.Sort(EventOrder);
        return new PartyAgenda(party, open.AsReadOnly(), upcoming.AsReadOnly());
    }

    private static CalendarEvent Event(CalendarParty party, SeasonStep step, CalendarEventKind kind, LocalDate on, bool inclusive, LocalDate date) =>
        new(party, step.Season, step.Step, kind, step.Name, step.ClauseId, on, inclusive, Period.DaysBetween(date, on));

    private IEnumerable<SeasonStep> StepsOf(EditionParameters parameters, Season season)
    {
        var calendar = parameters.For(season);
        yield return new SeasonStep(season, CalendarStep.Application, calendar.Application, null, PartiesIn(CalendarStep.Application));
        yield return new SeasonStep(season, CalendarStep.CityReview, calendar.CityReview, null, PartiesIn(CalendarStep.CityReview));
        yield return new SeasonStep(season, CalendarStep.ProvincialReview, calendar.ProvincialReview, null, PartiesIn(CalendarStep.ProvincialReview));
        yield return new SeasonStep(season, CalendarStep.SummaryTable, null, calendar.SummaryDeadline, PartiesIn(CalendarStep.SummaryTable));
    }
}
