using System.Globalization;
using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Demo.Output;

/// <summary>Words and dates the calendar renderers share, the same in the terminal, SVG and HTML.</summary>
internal static class CalendarText
{
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string MonthDay(LocalDate date) => date.ToString("MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Joins the text in each language asked for, Chinese first, each escaped for showing (the separator may be a line break).</summary>
    public static string In(LocalizedText text, IReadOnlyList<Language> languages, string separator = " ") =>
        string.Join(separator, languages.Select(l => Printable.Escape(text.In(l))));

    public static LocalizedText SeasonName(Season season) => Vocabularies.Season.Text(season);

    public static LocalizedText KindName(InstitutionKind kind) => kind switch
    {
        InstitutionKind.AppliedUndergraduate => new("应用型本科高校", "an applied undergraduate university"),
        InstitutionKind.HigherVocational => new("高等职业院校", "a higher vocational college"),
        InstitutionKind.SecondaryVocational => new("中职学校", "a secondary vocational school"),
        _ => new("省属中专学校", "a provincial secondary specialised school"),
    };

    /// <summary>The days a window is still open, counting today.</summary>
    public static LocalizedText DaysLeft(int days) =>
        new($"{days}天", days == 1 ? "1 day (last day)" : $"{days} days");

    /// <summary>The days until an event: today, or in N days.</summary>
    public static LocalizedText DaysUntil(int days) =>
        days == 0 ? new("今天", "today") : new($"{days}天后", days == 1 ? "in 1 day" : $"in {days} days");

    public static LocalizedText WindowLength(int days) => new($"共{days}天", days == 1 ? "1 day" : $"{days} days");

    /// <summary>What happens on an event's date.</summary>
    public static LocalizedText What(CalendarEvent e) => e.Kind switch
    {
        CalendarEventKind.Opens => new("开始", "opens"),
        CalendarEventKind.Closes => new("最后一天", "last day"),
        _ => Inclusion(e.Inclusive),
    };

    /// <summary>How a deadline's own day counts.</summary>
    public static LocalizedText Inclusion(bool inclusive) =>
        inclusive ? new("截止（含当日）", "deadline, day included") : new("截止（不含当日）", "deadline, day excluded");
}
