namespace Ahx1X.Rules.Spreadsheets;

/// <summary>One column of a sheet: its headers in both languages, where its value goes, and how it is read.</summary>
/// <param name="Zh">The Chinese header, as on the notice's forms.</param>
/// <param name="En">The English header, accepted too and written beneath the Chinese one in templates.</param>
/// <param name="Path">The member the value goes to, dotted for a nested object (<c>institution.name</c>).</param>
/// <param name="Part">The object the path starts from.</param>
/// <param name="Type">How the cells are read.</param>
/// <param name="Choices">For <see cref="ColumnType.Choice"/>: each value as JSON writes it, with its Chinese and English names.</param>
internal sealed record SheetColumn(string Zh, string En, string Path, ColumnPart Part, ColumnType Type, IReadOnlyList<(string Wire, string Zh, string En)>? Choices = null)
{
    /// <summary>Returns true when <paramref name="header"/> names this column, in either language (English in any case, spaces ignored).</summary>
    public bool Matches(string header)
    {
        var text = Normalise(header);
        return text == Normalise(Zh) || string.Equals(text, Normalise(En), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns the choices as a sheet may write them, Chinese with JSON's name: <c>初级 (junior) / 中级 (intermediate)</c>.</summary>
    public string ChoiceNames(string separator) => string.Join(separator, (Choices ?? []).Select(c => $"{c.Zh} ({c.Wire})"));

    /// <summary>Gets the header both ways, for messages: <c>申报人数 (candidates)</c>.</summary>
    public string Both => $"{Zh} ({En})";

    private static string Normalise(string header) => string.Concat(header.Where(c => !char.IsWhiteSpace(c)));
}
