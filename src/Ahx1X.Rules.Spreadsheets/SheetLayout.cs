using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// How one kind of record is laid out as a sheet: its name, its columns, and the JSON document
/// its rows become. A row is one record, or (where <see cref="Grouped"/>) one item of a record:
/// rows that share an id, or whose id is left blank below a record, are one record with a list
/// (a summary table's lines, a check's approvals, a report's certificates).
/// </summary>
internal sealed record SheetLayout
{
    /// <summary>Gets the document kind as JSON writes it (<c>applications</c>), or <c>catalogue</c>.</summary>
    public required string Wire { get; init; }

    /// <summary>Gets the document kind, or null for the catalogue.</summary>
    public DocumentKind? Kind { get; init; }

    public required string SheetZh { get; init; }

    public required string SheetEn { get; init; }

    /// <summary>Gets the notice's form the sheet follows, such as 附件2, for the instructions.</summary>
    public required string Form { get; init; }

    /// <summary>Gets the notice's sentence the sheet answers to, verbatim, for the instructions.</summary>
    public required string Citation { get; init; }

    /// <summary>Gets the document's array of records (<c>institutions</c>, <c>reviews</c>, ...).</summary>
    public required string Records { get; init; }

    /// <summary>Gets the record's list each row adds an item to, or null when a row is the whole record.</summary>
    public string? Items { get; init; }

    /// <summary>Gets whether rows with the same id (or a blank id under a record) make one record.</summary>
    public bool Grouped { get; init; }

    public required IReadOnlyList<SheetColumn> Columns { get; init; }

    /// <summary>Returns true when <paramref name="name"/> is this layout's sheet name, in either language.</summary>
    public bool Names(string name) =>
        name.Trim() == SheetZh || string.Equals(name.Trim(), SheetEn, StringComparison.OrdinalIgnoreCase) || string.Equals(name.Trim(), Wire, StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the column that names a record (in grouped sheets, a blank one continues the record above); the catalogue's is its first, the code.</summary>
    public SheetColumn IdColumn => Columns.FirstOrDefault(c => c.Path == "id" && c.Part == (Items is null || Grouped ? ColumnPart.Record : ColumnPart.Item)) ?? Columns[0];
}
