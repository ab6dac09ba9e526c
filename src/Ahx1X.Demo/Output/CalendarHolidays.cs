using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Demo.Output;

/// <summary>
/// The public holidays and adjusted working days of an edition's <c>"holidays"</c>: external
/// facts, not the notice's, that staff confirm each year. The calendar shades them in every
/// output and warns when a window's last day falls on a holiday; no rule reads them.
/// </summary>
internal sealed class CalendarHolidays
{
    private readonly Dictionary<LocalDate, (bool Holiday, LocalizedText Name)> _days;

    private CalendarHolidays(Dictionary<LocalDate, (bool Holiday, LocalizedText Name)> days) => _days = days;

    /// <summary>Gets whether the edition gives any such day.</summary>
    public bool Any => _days.Count > 0;

    /// <summary>Reads the edition's holidays with the library's reader (the pack loaded, so they are valid); none when it gives none.</summary>
    public static CalendarHolidays Of(Edition edition)
    {
        var days = new Dictionary<LocalDate, (bool, LocalizedText)>();
        var path = edition.Folder + PackReader.EditionFile;
        if (edition.Files.TryGetValue(PackReader.EditionFile, out var file)
            && JsonFields.Of(JsonText.Parse(file.Text, path, new ProblemList()), path, new ProblemList(), "an edition") is { } root)
        {
            foreach (var (start, end, holiday, name) in HolidayReader.Read(root, edition.Year))
            {
                for (var d = start; d <= end; d = d.PlusDays(1))
                {
                    days[d] = (holiday, name);
                }
            }
        }

        return new CalendarHolidays(days);
    }

    /// <summary>Returns whether <paramref name="date"/> is a public holiday.</summary>
    public bool IsHoliday(LocalDate date) => _days.TryGetValue(date, out var day) && day.Holiday;

    /// <summary>Returns whether <paramref name="date"/> is a weekend day worked instead of a holiday (调休上班).</summary>
    public bool IsWorkday(LocalDate date) => _days.TryGetValue(date, out var day) && !day.Holiday;

    /// <summary>Returns whether <paramref name="date"/> is a day off: a holiday, or a weekend day not worked.</summary>
    public bool IsDayOff(LocalDate date) => IsHoliday(date) || (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && !IsWorkday(date));

    /// <summary>Returns the name of the holiday or working day on <paramref name="date"/>, or null.</summary>
    public LocalizedText? NameOf(LocalDate date) => _days.TryGetValue(date, out var day) ? day.Name : null;
}
