namespace Ahx1X.Rules.Spreadsheets;

/// <summary>Writes and reads cell references such as <c>F7</c>.</summary>
internal static class CellReference
{
    /// <summary>Returns the letters of a 1-based column: 1 is A, 27 is AA.</summary>
    public static string Column(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Of(int column, int row) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads a reference such as <c>F7</c>; false when it is not one.</summary>
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        while (i < reference.Length && char.IsAsciiLetterUpper(reference[i]) && column <= 16384)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
            i++;
        }

        return i > 0 && column <= 16384 && int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out row) && row > 0;
    }
}
