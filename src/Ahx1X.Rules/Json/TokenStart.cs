using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Tells where a token of a parsed tree starts: its first character, as an editor puts the
/// cursor. The tree reader records where a token ends (a string's closing quote, a member's
/// colon, a number's last digit); <see cref="JsonText"/> keeps the text with the tree, and the
/// start is found from the end only when a problem is reported, so reading costs nothing more.
/// </summary>
internal static class TokenStart
{
    /// <summary>Returns the 1-based line and column where <paramref name="token"/> starts, or (0, 0) when it has no position.</summary>
    public static (int Line, int Column) Of(JToken token)
    {
        if (token is not IJsonLineInfo info || !info.HasLineInfo())
        {
            return (0, 0);
        }

        var (line, column) = (info.LineNumber, info.LinePosition);
        if (token.Root.Annotation<Source>() is not { } source || token is JContainer and not JProperty)
        {
            // A container's position is already its opening bracket.
            return (line, column);
        }

        var lineStart = source.LineStart(line);
        var end = lineStart + column - 1;
        var text = source.Text;
        if (lineStart < 0 || end < lineStart || end >= text.Length)
        {
            return (line, column);
        }

        var start = token switch
        {
            JProperty => ClosingQuoteBefore(text, end, lineStart) is { } close ? OpeningQuote(text, close, lineStart) : null,
            JValue { Type: JTokenType.String } when text[end] == '"' => OpeningQuote(text, end, lineStart),
            JValue => Bare(text, end, lineStart),
            _ => null,
        };
        return start is { } at ? (line, at - lineStart + 1) : (line, column);
    }

    /// <summary>Keeps <paramref name="text"/> with the tree parsed from it, for <see cref="Of"/>.</summary>
    public static void Keep(JToken root, string text) => root.AddAnnotation(new Source(text));

    /// <summary>Returns the offset of the quote that closes a member's name before its colon at <paramref name="colon"/>.</summary>
    private static int? ClosingQuoteBefore(string text, int colon, int lineStart)
    {
        var at = colon - 1;
        while (at >= lineStart && text[at] is ' ' or '\t')
        {
            at--;
        }

        return at >= lineStart && text[at] == '"' ? at : null;
    }

    /// <summary>Returns the offset of the quote that opens the string closed at <paramref name="close"/>; a string never spans lines.</summary>
    private static int? OpeningQuote(string text, int close, int lineStart)
    {
        for (var at = close - 1; at >= lineStart; at--)
        {
            if (text[at] != '"')
            {
                continue;
            }

            var backslashes = 0;
            while (at - backslashes - 1 >= lineStart && text[at - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>Returns the offset where a number or literal ending at <paramref name="end"/> starts.</summary>
    private static int? Bare(string text, int end, int lineStart)
    {
        var at = end;
        while (at - 1 >= lineStart && (char.IsAsciiLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '+' or '-'))
        {
            at--;
        }

        return char.IsAsciiLetterOrDigit(text[end]) ? at : null;
    }

    /// <summary>The text a tree was parsed from, with the offsets of its lines found once, when first asked.</summary>
    private sealed class Source(string text)
    {
        private int[]? _lineStarts;

        public string Text { get; } = text;

        /// <summary>Returns the offset of the 1-based <paramref name="line"/>, or -1 past the end.</summary>
        public int LineStart(int line)
        {
            _lineStarts ??= LineStarts(Text);
            return line >= 1 && line <= _lineStarts.Length ? _lineStarts[line - 1] : -1;
        }

        // The tree reader counts \n, \r\n and a lone \r as line ends.
        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }

            return [.. starts];
        }
    }
}
