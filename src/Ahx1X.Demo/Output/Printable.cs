using System.Globalization;
using System.Text;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Makes text from documents, rule files and the command line safe to show to a person: every
/// character that could move the cursor, clear the screen, recolour or retitle the terminal,
/// reorder text (bidirectional controls) or hide it (zero-width characters) is shown as
/// <c>\uXXXX</c> (<c>\UXXXXXXXX</c> for the invisible tag characters). A name can then never forge a line, a verdict or a summary.
/// </summary>
/// <remarks>
/// The one place every human output (tables, problem lines, the calendar, batch reports and
/// CSV) escapes through. JSON output keeps values exact: its writer escapes control characters
/// the JSON way, and a machine reads it, not a terminal. A backslash is left as it is, so
/// <c>\u001B</c> typed in a document looks the same as an escaped ESC; both are harmless.
/// </remarks>
internal static class Printable
{
    /// <summary>Returns <paramref name="text"/> with every unsafe character as <c>\uXXXX</c>; null gives the empty string.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[++i]);
                if (IsUnsafe(codePoint))
                {
                    shown.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
                }
                else
                {
                    shown.Append(c).Append(text[i]);
                }
            }
            else if (IsUnsafe(c))
            {
                shown.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    /// <summary>Returns <paramref name="text"/> escaped, then with Spectre markup brackets escaped: the form for a table cell or a markup line.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Escape(text));

    /// <summary>Returns true when the character outside the basic plane is shown escaped: the invisible tag characters.</summary>
    internal static bool IsUnsafe(int codePoint) => codePoint is >= 0xE0000 and <= 0xE007F;

    /// <summary>Returns true when <paramref name="c"/> is shown escaped; a lone surrogate is, and a pair is judged as its code point.</summary>
    internal static bool IsUnsafe(char c) =>
        c <= '\u001F' // C0 controls: ESC, CR, LF, TAB, BEL, backspace...
        || c is >= '\u007F' and <= '\u009F' // DEL and the C1 controls (CSI, OSC...)
        || c is '\u00AD' or '\u061C' or '\u180E' // soft hyphen, Arabic letter mark, Mongolian vowel separator
        || c is >= '\u200B' and <= '\u200F' // zero-width space, joiners, LRM, RLM
        || c is '\u2028' or '\u2029' // line and paragraph separators
        || c is >= '\u202A' and <= '\u202E' // bidi embeddings and overrides
        || c is >= '\u2060' and <= '\u2064' // word joiner and invisible operators
        || c is >= '\u2066' and <= '\u2069' // bidi isolates
        || c == '\uFEFF' // zero-width no-break space (byte-order mark)
        || c is >= '\uFFF9' and <= '\uFFFB' // interlinear annotation controls
        || char.IsSurrogate(c);

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsUnsafe(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
