using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NodaTime.Text;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Moves the dates of a JSON tree by whole years: every date (<c>2024-03-22</c>, with or without
/// a time after it), every month (<c>2024-03</c>), and every integer member named <c>year</c>;
/// with <see cref="Move"/> given the year, also the year
/// written inside other strings (<c>{unit}2024年证书申报</c>). The scenario runner, a new edition,
/// the comparison of two editions and the impact on documents all move years this one way.
/// </summary>
internal static partial class YearShift
{
    /// <summary>Moves the dates, months and <c>year</c> members of <paramref name="token"/> by <paramref name="years"/>.</summary>
    public static void MoveDates(JToken token, int years) => Move(token, years, fromYear: null, moved: null);

    /// <summary>
    /// Moves the dates, months and <c>year</c> members of <paramref name="token"/> by
    /// <paramref name="years"/> and, when <paramref name="fromYear"/> is given, that year wherever a
    /// string names it as a number of its own; <paramref name="moved"/> hears each value changed and what it was.
    /// </summary>
    public static void Move(JToken token, int years, int? fromYear, Action<JValue, string>? moved)
    {
        if (years == 0)
        {
            return;
        }

        var values = token is JValue single ? [single] : (token as JContainer)?.Descendants().OfType<JValue>().ToList() ?? [];
        foreach (var value in values)
        {
            var was = value.ToString(Newtonsoft.Json.Formatting.None);
            if (value.Parent is JProperty { Name: "year" } && value.Type == JTokenType.Integer)
            {
                value.Value = (long)value + years;
            }
            else if (value.Type == JTokenType.String && (string)value! is var text)
            {
                var next = MoveDate(text, years) ?? text;
                if (fromYear is { } year)
                {
                    next = StandaloneYear().Replace(next, m => m.Value == year.ToString(CultureInfo.InvariantCulture)
                        ? (year + years).ToString(CultureInfo.InvariantCulture)
                        : m.Value);
                }

                if (next != text)
                {
                    value.Value = next;
                }
            }

            if (moved is not null && value.ToString(Newtonsoft.Json.Formatting.None) != was)
            {
                moved(value, was);
            }
        }
    }

    /// <summary>Returns <paramref name="text"/> with its leading date or month moved, or null when it starts with neither.</summary>
    private static string? MoveDate(string text, int years)
    {
        if (DatePrefix().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var moved = match.Groups["day"].Success
            ? LocalDatePattern.Iso.Parse(match.Value) is { Success: true } date ? LocalDatePattern.Iso.Format(date.Value.PlusYears(years)) : null
            : YearMonthPattern.Iso.Parse(match.Value) is { Success: true } month ? YearMonthPattern.Iso.Format(month.Value.PlusMonths(12 * years)) : null;
        return moved is null ? null : moved + text[match.Length..];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}(?<day>-\d{2})?(?=$|T)")]
    private static partial Regex DatePrefix();

    // Four digits that are not part of a longer number: 2024年, 〔2024〕, "2024 spring".
    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex StandaloneYear();
}
