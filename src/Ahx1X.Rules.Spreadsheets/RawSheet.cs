namespace Ahx1X.Rules.Spreadsheets;

/// <summary>One sheet as read from a workbook or CSV file: its non-blank cells by row, and its merged ranges.</summary>
internal sealed class RawSheet(string name)
{
    /// <summary>Gets the sheet's name; a CSV file's is empty.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the non-blank cells of each row that has any, by row number, in row order.</summary>
    public SortedDictionary<int, List<RawCell>> Rows { get; } = [];

    /// <summary>Gets the merged ranges, such as <c>A1:B1</c>.</summary>
    public List<string> Merged { get; } = [];

    /// <summary>Gets whether the sheet is a chart or dialog sheet, which holds no cells.</summary>
    public bool IsNotWorksheet { get; init; }

    /// <summary>Gets the rows with a cell that could not be read (its problem is reported): their records are left out, never judged with the cell blank.</summary>
    public HashSet<int> BadRows { get; } = [];

    /// <summary>Marks <paramref name="row"/> as holding a cell that could not be read; returns <paramref name="problems"/> for its problem.</summary>
    public List<Diagnostics.Problem> Bad(int row, List<Diagnostics.Problem> problems)
    {
        BadRows.Add(row);
        return problems;
    }

    public void Add(RawCell cell)
    {
        if (!Rows.TryGetValue(cell.Row, out var row))
        {
            Rows[cell.Row] = row = [];
        }

        row.Add(cell);
    }
}
