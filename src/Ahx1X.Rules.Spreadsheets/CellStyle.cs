namespace Ahx1X.Rules.Spreadsheets;

/// <summary>The cell styles <see cref="WorkbookWriter"/> writes, by their index in its stylesheet.</summary>
internal enum CellStyle : uint
{
    Plain = 0,
    Header = 1,
    SubHeader = 2,
    Date = 3,
    Good = 4,
    Warning = 5,
    Bad = 6,
    Unknown = 7,
    Neutral = 8,
    Title = 9,
    Wrapped = 10,
    TextFormat = 11,
}
