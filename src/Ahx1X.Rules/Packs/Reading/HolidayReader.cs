using Ahx1X.Rules.Json;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Packs.Reading;

/// <summary>
/// Reads an edition's <c>"holidays"</c>: public holidays and adjusted working days, external
/// facts (not the notice's) that staff confirm each year, marked <c>"external": true</c>. No rule
/// reads them; the console's calendar shades them. Loading refuses what the schema refuses.
/// </summary>
internal static class HolidayReader
{
    private static readonly IReadOnlyDictionary<string, bool> Kinds = new Dictionary<string, bool>(StringComparer.Ordinal) { ["holiday"] = true, ["workday"] = false };

    /// <summary>Reads the days of <c>"holidays"</c>, each with its first and last day, whether it is a holiday (else a working day) and its name; empty when there are none.</summary>
    /// <param name="edition">The edition file's root.</param>
    /// <param name="year">The edition's year, which every day must be in; null when it could not be read.</param>
    public static IReadOnlyList<(LocalDate Start, LocalDate End, bool Holiday, LocalizedText Name)> Read(JsonFields edition, int? year)
    {
        var days = new List<(LocalDate, LocalDate, bool, LocalizedText)>();
        if (edition.Child("holidays") is not { } holidays)
        {
            return days;
        }

        var external = holidays.Bool("external", required: true);
        if (external == false)
        {
            holidays.Problems.Add(Diagnostics.ProblemCodes.InvalidValue, holidays.File, holidays.Object["external"],
                "Holidays are not in the notice: they are external facts staff confirm each year, so \"external\" must be true.");
        }

        holidays.String("note");
        var items = holidays.Array("days", required: true, maxItems: 1000);
        holidays.RejectUnknown();
        LocalDate? min = year is { } y ? new LocalDate(y, 1, 1) : null;
        LocalDate? max = year is { } z ? new LocalDate(z, 12, 31) : null;
        foreach (var item in items ?? [])
        {
            if (JsonFields.Of(item, holidays.File, holidays.Problems, "a holiday") is not { } day)
            {
                continue;
            }

            var start = day.Date("start", required: true, min, max);
            var end = day.Date("end", required: true, min, max);
            var holiday = day.Enum("kind", Kinds, required: true);
            var name = day.Child("name", required: true);
            var zh = name?.String("zh", required: true);
            var en = name?.String("en", required: true);
            name?.RejectUnknown();
            day.RejectUnknown();
            if (start is { } first && end is { } last && last < first)
            {
                day.Problems.Add(Diagnostics.ProblemCodes.InconsistentParameters, day.File, day.Object["end"], $"The last day {last} is before the first {first}; give the days in order.");
            }
            else if (start is not null && end is not null && holiday is not null && zh is not null && en is not null)
            {
                days.Add((start.Value, end.Value, holiday.Value, new LocalizedText(zh, en)));
            }
        }

        return days;
    }
}
