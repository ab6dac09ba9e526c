using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>Where something is in a workbook or CSV file: <c>applications.xlsx!申报!F7 (申报人数)</c>.</summary>
/// <param name="Source">The file, as given.</param>
/// <param name="Sheet">The sheet's name; empty for a CSV file or the file as a whole.</param>
/// <param name="Reference">The cell, such as <c>F7</c>, or null for the sheet as a whole.</param>
/// <param name="Header">The header of the cell's column, when it has one.</param>
/// <param name="Column">The cell's column, when the sheet's layout knows it.</param>
internal sealed record SheetPosition(string Source, string Sheet = "", string? Reference = null, string? Header = null, SheetColumn? Column = null)
{
    public override string ToString()
    {
        var sheet = Sheet.Length == 0 ? "" : "!" + Sheet;
        var cell = Reference is null ? "" : "!" + Reference;
        var header = Header is null ? "" : $" ({Header})";
        return Source + sheet + cell + header;
    }

    /// <summary>Returns a problem at this position; the position stands where a JSON document's file, line and column would.</summary>
    public Problem Problem(string code, string message, string? subject = null) => new(code, ToString(), "", 0, 0, subject, message);

    /// <summary>Returns <paramref name="problem"/> moved here, keeping its code, record and message.</summary>
    public Problem Place(Problem problem) => problem with { File = ToString(), JsonPath = "", Line = 0, Column = 0 };
}
