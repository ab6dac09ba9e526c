using System.Text;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Writes CSV a spreadsheet opens safely, the one helper of every CSV writer: UTF-8 with a
/// byte-order mark (so Chinese names are not garbled), fields escaped like every human output (so
/// no line break or control character is left), quoted as RFC 4180 says, and with a leading quote
/// on a field that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return,
/// which a spreadsheet would run as a formula.
/// </summary>
internal static class Csv
{
    /// <summary>The byte-order mark that makes spreadsheets read the file as UTF-8 (Chinese names stay readable).</summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>Returns <paramref name="value"/> as one CSV field.</summary>
    public static string Field(string? value)
    {
        var shown = Printable.Escape(value);
        if (StartsFormula(value) || StartsFormula(shown))
        {
            shown = "'" + shown;
        }

        return shown.AsSpan().IndexOfAny(",\"\r\n") < 0 ? shown : "\"" + shown.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Returns the fields as one CSV line, without its line break.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));

    /// <summary>Returns a CSV file's text: the byte-order mark, then each line ended by CRLF as RFC 4180 writes it.</summary>
    public static string Document(IEnumerable<IEnumerable<string?>> lines)
    {
        var csv = new StringBuilder().Append(ByteOrderMark);
        foreach (var line in lines)
        {
            csv.Append(Line(line)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static bool StartsFormula(string? value) => value is [ '=' or '+' or '-' or '@' or '\t' or '\r', ..];
}
