using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Rules.Text;

/// <summary>
/// Reads and writes dates as <see cref="LocalDatePattern.Iso"/> does (<c>uuuu-MM-dd</c>), with the
/// common case done by hand: a first run then never builds that pattern, whose set-up costs
/// milliseconds on the thread that loads the pack. What the hand-written part does not recognise
/// is passed to the pattern, so the two agree on every text and date.
/// </summary>
internal static class IsoDate
{
    /// <summary>Reads <paramref name="text"/> as <see cref="LocalDatePattern.Iso"/> would; null when it is not such a date.</summary>
    public static LocalDate? Parse(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is var year and >= 1 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new LocalDate(year, month, day);
        }

        // Anything else, a year before 1 or a malformed text included, is the pattern's to judge.
        return LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
    }

    /// <summary>Returns whether <paramref name="text"/> goes on with a time after ten characters, so that it cannot be a date of <see cref="LocalDatePattern.Iso"/>.</summary>
    public static bool HasTimeAfterDate(string text) => text.Length > 10 && text[10] == 'T';

    /// <summary>Writes <paramref name="date"/> as <see cref="LocalDatePattern.Iso"/> would.</summary>
    public static string Format(LocalDate date) =>
        date.Year is >= 1 and <= 9999
            ? string.Create(10, date, static (chars, d) =>
            {
                Write(chars[..4], d.Year);
                chars[4] = '-';
                Write(chars.Slice(5, 2), d.Month);
                chars[7] = '-';
                Write(chars.Slice(8, 2), d.Day);
            })
            : LocalDatePattern.Iso.Format(date);

    // The value of the ASCII digits text[start..start+count], or -1 when one is not a digit.
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    // Writes value into chars, zero-padded to their length.
    private static void Write(Span<char> chars, int value)
    {
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
