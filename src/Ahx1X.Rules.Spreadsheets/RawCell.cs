using NodaTime;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>What a cell holds, as the file wrote it: text, a number, a truth value or a date the cell's format marks as one.</summary>
internal enum RawKind
{
    Text = 1,
    Number,
    Boolean,
    Date,
}

/// <summary>One non-blank cell of a sheet, with its reference (<c>F7</c>).</summary>
/// <param name="Column">The 1-based column.</param>
/// <param name="Row">The 1-based row.</param>
/// <param name="Kind">What the cell holds.</param>
/// <param name="Text">The text, or the number or date as the file wrote it.</param>
/// <param name="Number">The number, for <see cref="RawKind.Number"/>.</param>
/// <param name="Date">The date and time, for <see cref="RawKind.Date"/>.</param>
internal sealed record RawCell(int Column, int Row, RawKind Kind, string Text, double Number = 0, LocalDateTime Date = default)
{
    public string Reference => CellReference.Of(Column, Row);
}
