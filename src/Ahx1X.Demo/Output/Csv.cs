namespace Ahx1X.Demo.Output;

/// <summary>
/// Writes CSV fields a spreadsheet opens safely: escaped like every human output (so no line
/// break or control character is left), quoted when needed, and with a leading quote on a field
/// that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, which a spreadsheet would run as a formula.
/// </summary>
internal static class Csv
{
    /// <summary>The byte-order mark that makes spreadsheets read the file as UTF-8 (Chinese names stay readable).</summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>Returns <paramref name="value"/> as one CSV field.</summary>
    public static string Field(string? value)
    {
        var shown = Printable.Escape(value);
        if (shown.Length > 0 && shown[0] is '=' or '+' or '-' or '@')
        {
            shown = "'" + shown;
        }

        return shown.IndexOfAny([',', '"']) < 0 ? shown : "\"" + shown.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Returns the fields as one CSV line, without its line break.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));
}
