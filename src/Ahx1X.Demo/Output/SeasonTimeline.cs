using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Demo.Output;

/// <summary>
/// One season's dated steps as the timeline renderers draw them: a range of days from the day
/// before the first date to the day after the last, and the day asked about.
/// </summary>
internal sealed class SeasonTimeline
{
    /// <param name="edition">The edition.</param>
    /// <param name="calendar">Its calendar.</param>
    /// <param name="season">The season drawn.</param>
    /// <param name="date">The day asked about.</param>
    /// <param name="kind">Only the steps an application of this kind of institution passes through; null for every step.</param>
    /// <param name="holidays">The edition's public holidays and adjusted working days; null for none.</param>
    public SeasonTimeline(Edition edition, PolicyCalendar calendar, Season season, LocalDate date, InstitutionKind? kind = null, CalendarHolidays? holidays = null)
    {
        Holidays = holidays ?? CalendarHolidays.Of(edition);
        Year = edition.Year;
        Parameters = edition.Parameters;
        DocumentNumber = Printable.Escape(edition.Parameters.DocumentNumber);
        Season = season;
        Date = date;
        Kind = kind;
        _parties = calendar.PartiesFor(kind);
        Steps = [.. calendar.StepsOf(season).Where(s => s.Parties.Any(_parties.Contains))];
        From = Steps.Min(s => s.Window?.Start ?? s.Deadline!.Date).PlusDays(-1);
        To = Steps.Max(s => s.Window?.End ?? s.Deadline!.Date).PlusDays(1);
        var name = CalendarText.SeasonName(season);
        Title = new LocalizedText($"{Year}年{name.Zh}1+X证书申报日历", $"{Year} {name.En} 1+X certificate calendar");
    }

    private readonly IReadOnlyList<CalendarParty> _parties;

    /// <summary>The public holidays and adjusted working days shaded: external facts staff confirm each year.</summary>
    public CalendarHolidays Holidays { get; }

    public int Year { get; }

    /// <summary>The edition's values: mailboxes, subjects and contacts of the steps.</summary>
    public EditionParameters Parameters { get; }

    /// <summary>The kind of institution whose steps are drawn; null when every step is.</summary>
    public InstitutionKind? Kind { get; }

    public string DocumentNumber { get; }

    public Season Season { get; }

    /// <summary>The day asked about; marked when it falls inside the range.</summary>
    public LocalDate Date { get; }

    public IReadOnlyList<SeasonStep> Steps { get; }

    /// <summary>The first day drawn.</summary>
    public LocalDate From { get; }

    /// <summary>The last day drawn.</summary>
    public LocalDate To { get; }

    public LocalizedText Title { get; }

    /// <summary>The number of days drawn.</summary>
    public int Days => Period.DaysBetween(From, To) + 1;

    /// <summary>True when the day asked about is drawn.</summary>
    public bool MarksDate => Date >= From && Date <= To;

    /// <summary>The holidays and adjusted working days in the range drawn, each day with its name and whether it is a holiday.</summary>
    public IEnumerable<(LocalDate Date, LocalizedText Name, bool Holiday)> HolidaysDrawn()
    {
        for (var date = From; date <= To; date = date.PlusDays(1))
        {
            if (Holidays.NameOf(date) is { } name)
            {
                yield return (date, name, Holidays.IsHoliday(date));
            }
        }
    }

    /// <summary>The parties of <paramref name="step"/> drawn: those of <see cref="Kind"/>'s applications, or all.</summary>
    public IReadOnlyList<CalendarParty> PartiesOf(SeasonStep step) => [.. step.Parties.Where(_parties.Contains)];

    /// <summary>The position of <paramref name="date"/> from <see cref="From"/>, 0 for the first day drawn.</summary>
    public int IndexOf(LocalDate date) => Period.DaysBetween(From, date);

    /// <summary>Says where the day asked about is when it is not drawn.</summary>
    public LocalizedText OutsideNote()
    {
        var name = CalendarText.SeasonName(Season);
        return Date < From
            ? new($"{CalendarText.Date(Date)} 在{name.Zh}日程之前", $"{CalendarText.Date(Date)} is before the {name.En} dates")
            : new($"{CalendarText.Date(Date)} 在{name.Zh}日程之后", $"{CalendarText.Date(Date)} is after the {name.En} dates");
    }

    /// <summary>The dates of a step (language-neutral), and its length or how a deadline's day counts.</summary>
    public static (string Dates, LocalizedText Detail) DatesOf(SeasonStep step)
    {
        if (step.Window is { } window)
        {
            return ($"{CalendarText.Date(window.Start)} – {CalendarText.Date(window.End)}",
                CalendarText.WindowLength(Period.DaysBetween(window.Start, window.End) + 1));
        }

        var deadline = step.Deadline!;
        return deadline.Inclusive
            ? ($"≤ {CalendarText.Date(deadline.Date)}", new("含当日", "day included"))
            : ($"< {CalendarText.Date(deadline.Date)}", new("不含当日", "day excluded"));
    }
}
