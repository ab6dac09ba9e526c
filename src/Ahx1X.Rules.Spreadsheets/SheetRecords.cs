using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// Turns a sheet into the JSON document its rows stand for, remembering for every value, object
/// and record the cell it came from, so each problem the document readers find is placed at its
/// sheet, cell and header. The header row must name every column of the layout once and nothing
/// else; an English header row beneath it (as templates have) is skipped.
/// </summary>
internal sealed class SheetRecords
{
    private readonly Dictionary<JToken, SheetPosition> _at = new(ReferenceEqualityComparer.Instance);
    private readonly RawSheet _sheet;
    private readonly SheetLayout _layout;
    private readonly SheetPosition _sheetAt;
    private readonly List<Problem> _problems;
    private readonly Dictionary<int, (SheetColumn Column, string Header)> _columns = [];
    private readonly Dictionary<ColumnPart, List<(int Index, SheetColumn Column, string[] Segments)>> _parts = [];
    private int _idIndex;

    private SheetRecords(RawSheet sheet, SheetLayout layout, SheetPosition file, List<Problem> problems)
    {
        _sheet = sheet;
        _layout = layout;
        _sheetAt = file with { Sheet = sheet.Name };
        _problems = problems;
    }

    /// <summary>Gets the document (or catalogue) the sheet stands for.</summary>
    public JObject Root { get; private set; } = [];

    /// <summary>
    /// Reads <paramref name="sheet"/> as <paramref name="layout"/>: the document, and the function that
    /// places a problem of it (by its JSON path) at its cell. Problems of the sheet itself go to
    /// <paramref name="problems"/>; null when the header makes the sheet unreadable.
    /// </summary>
    public static (JObject Root, Func<Problem, Problem> Locate)? Read(RawSheet sheet, SheetLayout layout, SheetPosition file, List<Problem> problems)
    {
        var records = new SheetRecords(sheet, layout, file, problems);
        if (!records.ReadHeader(out var firstDataRow))
        {
            return null;
        }

        records.NameHeaders(firstDataRow);
        records.ReadRows(firstDataRow);
        return (records.Root, records.Locator());
    }

    /// <summary>Returns true when <paramref name="row"/> names only columns of <paramref name="layout"/>; how many it names.</summary>
    public static int Fits(SheetLayout layout, IReadOnlyList<RawCell> row) =>
        row.All(c => layout.Columns.Any(col => col.Matches(c.Text))) ? row.Count : -1;

    private bool ReadHeader(out int firstDataRow)
    {
        firstDataRow = 0;
        if (_sheet.Rows.Count == 0)
        {
            _problems.Add(_sheetAt.Problem(ProblemCodes.NoRecords,
                $"The sheet is empty: it has no header row and no record. Start from the template (ahx1x template {_layout.Wire} --output FILE.xlsx), which has every column."));
            return false;
        }

        var ok = true;
        foreach (var merged in _sheet.Merged)
        {
            ok = false;
            _problems.Add((_sheetAt with { Reference = merged }).Problem(ProblemCodes.InvalidValue,
                "Merged cells are not read: a merged header hides which column is which, and merged values leave the other rows blank. Unmerge them and give each cell its own header or value."));
        }

        var (headerRow, cells) = _sheet.Rows.First();
        var used = new Dictionary<SheetColumn, string>();
        foreach (var cell in cells)
        {
            var at = _sheetAt with { Reference = cell.Reference };
            var column = _layout.Columns.FirstOrDefault(c => c.Matches(cell.Text));
            if (cell.Kind != RawKind.Text || column is null)
            {
                ok = false;
                _problems.Add(at.Problem(ProblemCodes.UnknownMember,
                    $"The column \"{Cut(cell.Text)}\" is not one of the {_layout.SheetZh} sheet's; remove it, or name it as the template does. Columns: {string.Join("、", _layout.Columns.Select(c => c.Zh))}."));
            }
            else if (!used.TryAdd(column, cell.Reference))
            {
                ok = false;
                _problems.Add((at with { Header = cell.Text }).Problem(ProblemCodes.Duplicate,
                    $"The column {column.Both} is given twice (also {used[column]}); keep one."));
            }
            else
            {
                _columns[cell.Column] = (column, cell.Text.Trim());
            }
        }

        foreach (var missing in _layout.Columns.Where(c => !used.ContainsKey(c)))
        {
            ok = false;
            _problems.Add((_sheetAt with { Reference = CellReference.Of(1, headerRow) }).Problem(ProblemCodes.MissingMember,
                $"The header row has no column {missing.Both}; add it (leave its cells blank where the value is not known). The template has every column."));
        }

        foreach (var part in Enum.GetValues<ColumnPart>())
        {
            _parts[part] = [.. _columns.Where(c => c.Value.Column.Part == part).OrderBy(c => c.Key).Select(c => (c.Key, c.Value.Column, c.Value.Column.Path.Split('.')))];
        }

        var id = _layout.IdColumn;
        _idIndex = _columns.FirstOrDefault(c => ReferenceEquals(c.Value.Column, id)).Key;
        firstDataRow = headerRow + 1;
        if (_sheet.Rows.TryGetValue(headerRow + 1, out var second) && second.Count > 0
            && second.All(c => _columns.TryGetValue(c.Column, out var col) && c.Kind == RawKind.Text && col.Column.Matches(c.Text)))
        {
            // The English headers a template writes beneath the Chinese ones.
            firstDataRow++;
        }

        return ok;
    }

    /// <summary>Adds its column's header to each problem the file reader placed at a cell below the headers, which it could not name.</summary>
    private void NameHeaders(int firstDataRow)
    {
        var prefix = _sheetAt + "!";
        for (var i = 0; i < _problems.Count; i++)
        {
            var file = _problems[i].File;
            if (file.StartsWith(prefix, StringComparison.Ordinal) && CellReference.TryParse(file[prefix.Length..], out var column, out var row)
                && row >= firstDataRow && _columns.ContainsKey(column))
            {
                _problems[i] = At(column, row).Place(_problems[i]);
            }
        }
    }

    private void ReadRows(int firstDataRow)
    {
        var records = new JArray();
        Root = _layout.Kind is null ? new JObject { ["sample"] = false } : new JObject { ["kind"] = _layout.Wire };
        Root[_layout.Records] = records;
        _at[Root] = _sheetAt;
        _at[records] = _sheetAt;
        var byId = new Dictionary<string, JObject>(StringComparer.Ordinal);
        var bad = new HashSet<JObject>(ReferenceEqualityComparer.Instance);
        JObject? current = null;
        foreach (var (row, cells) in _sheet.Rows.Where(r => r.Key >= firstDataRow))
        {
            var byColumn = new Dictionary<int, RawCell>();
            var stray = false;
            foreach (var cell in cells)
            {
                if (_columns.ContainsKey(cell.Column))
                {
                    byColumn[cell.Column] = cell;
                }
                else
                {
                    stray = true;
                    _problems.Add((_sheetAt with { Reference = cell.Reference }).Problem(ProblemCodes.UnknownMember,
                        "The cell has a value but its column has no header; move the value to its column or delete it."));
                }
            }

            var record = RecordOf(row, byColumn, byId, ref current, out var conflict);
            if (stray || conflict || _sheet.BadRows.Contains(row))
            {
                bad.Add(record);
            }

            if (record.Parent is null)
            {
                records.Add(record);
            }
        }

        foreach (var record in bad)
        {
            // Its problems are reported at their cells; the record is left out, never judged with a value missing.
            record.Remove();
        }

        foreach (var record in records.OfType<JObject>())
        {
            Collapse(record);
        }

        if (_layout.Kind is null)
        {
            CatalogueRates.Compute(records, _at, _problems);
        }
    }

    /// <summary>Returns the record a row adds to: a new one, or (in grouped sheets) the one its id or the row above names.</summary>
    private JObject RecordOf(int row, Dictionary<int, RawCell> cells, Dictionary<string, JObject> byId, ref JObject? current, out bool conflict)
    {
        conflict = false;
        var idColumn = _idIndex;
        var id = cells.TryGetValue(idColumn, out var idCell) ? CellJson.Plain(idCell, idCell.Text.Trim()) : "";
        JObject record;
        if (_layout.Grouped && (id.Length == 0 ? current : byId.GetValueOrDefault(id)) is { } existing)
        {
            record = existing;
            conflict = !SameRecord(record, row, cells);
        }
        else
        {
            record = [];
            _at[record] = At(idColumn, row);
            Fill(record, row, cells, ColumnPart.Record);
            if (_layout.Grouped && id.Length > 0)
            {
                byId[id] = record;
            }
        }

        current = record;
        if (_layout.Items is { } items && (!_layout.Grouped || _parts[ColumnPart.Item].Any(c => cells.ContainsKey(c.Index))))
        {
            if (record[items] is not JArray list)
            {
                record[items] = list = [];
                _at[list] = At(idColumn, row);
            }

            var item = new JObject();
            _at[item] = At(_parts[ColumnPart.Item][0].Index, row);
            Fill(item, row, cells, ColumnPart.Item);
            list.Add(item);
        }

        if (_layout.Kind is null)
        {
            // The catalogue's counts stay beside the record until its rates are computed.
            Fill(record, row, cells, ColumnPart.Count);
        }

        return record;
    }

    /// <summary>Writes the row's cells of <paramref name="part"/> into <paramref name="target"/>, each at its path, blank ones as null.</summary>
    private void Fill(JObject target, int row, Dictionary<int, RawCell> cells, ColumnPart part)
    {
        foreach (var (index, column, segments) in _parts[part])
        {
            var value = CellJson.Of(cells.GetValueOrDefault(index), column);
            var at = At(index, row);
            var parent = target;
            foreach (var segment in segments[..^1])
            {
                if (parent[segment] is not JObject child)
                {
                    parent[segment] = child = [];
                    _at[child] = at;
                }

                parent = child;
            }

            parent[segments[^1]] = value;
            _at[value] = at;
            if (value is JArray list)
            {
                foreach (var item in list)
                {
                    _at[item] = at;
                }
            }
        }
    }

    /// <summary>Returns true when a later row of a record leaves its record cells blank or repeats them; reports each that differs.</summary>
    private bool SameRecord(JObject record, int row, Dictionary<int, RawCell> cells)
    {
        var same = true;
        foreach (var (index, column, _) in _parts[ColumnPart.Record])
        {
            if (!cells.TryGetValue(index, out var cell) || index == _idIndex)
            {
                continue;
            }

            var given = CellJson.Of(cell, column);
            if (given.Type != JTokenType.Null && !JToken.DeepEquals(given, record.SelectToken(column.Path)))
            {
                same = false;
                _problems.Add(At(index, row).Problem(ProblemCodes.InconsistentParameters,
                    $"This row continues record {record["id"]} from {_at[record].Reference}, which gives another value here; leave the cell blank or give the same value.",
                    record["id"]?.ToString()));
            }
        }

        return same;
    }

    /// <summary>Writes the optional parts of a record as documents do: no increase request, no city review, one recipient.</summary>
    private void Collapse(JObject record)
    {
        if (record["increase"] is JObject increase && AllNull(increase))
        {
            increase.Parent!.Remove();
        }

        if (record["cityReview"] is JObject city && AllNull(city))
        {
            Replace(city, JValue.CreateNull());
        }

        if (record["recipient"] is JObject recipient)
        {
            var mailbox = recipient["mailbox"]!;
            var bureau = recipient["cityBureau"]!;
            if (AllNull(recipient))
            {
                Replace(recipient, JValue.CreateNull());
            }
            else if (bureau.Type == JTokenType.Null)
            {
                recipient.Remove("mailbox");
                Replace(recipient, mailbox);
            }
            else if (mailbox.Type == JTokenType.Null)
            {
                recipient.Remove("mailbox");
            }
        }
    }

    private void Replace(JToken old, JToken value)
    {
        _at[value] = _at[old];
        old.Replace(value);
    }

    private static bool AllNull(JObject obj) => obj.Properties().All(p => p.Value.Type == JTokenType.Null);

    private SheetPosition At(int column, int row) => _sheetAt with { Reference = CellReference.Of(column, row), Header = _columns[column].Header, Column = _columns[column].Column };

    /// <summary>Returns the function that places a problem at the cell its JSON path (or the nearest object around it) came from.</summary>
    private Func<Problem, Problem> Locator()
    {
        var byPath = new Dictionary<string, SheetPosition>(StringComparer.Ordinal);
        Walk(Root, "$", byPath);

        return problem =>
        {
            for (var path = problem.JsonPath; path.Length > 0; path = Parent(path))
            {
                if (byPath.TryGetValue(path, out var at))
                {
                    // The reader lists the names JSON writes; a sheet is filled in with the Chinese ones, so those are listed too.
                    return path == problem.JsonPath && problem.Code == ProblemCodes.InvalidValue && at.Column is { Type: ColumnType.Choice } choice
                        ? at.Place(problem with { Message = $"{problem.Message} In a sheet, choose one of {choice.ChoiceNames(", ")}." })
                        : at.Place(problem);
                }
            }

            return _sheetAt.Place(problem);
        };
    }

    /// <summary>
    /// Notes the position of every value of the finished tree by its JSON path, written as the
    /// readers write paths (<c>$.institutions[3].name</c>). Walked from the root, as JToken.Path
    /// would find each value's index in its array by searching it: quadratic in the rows.
    /// </summary>
    private void Walk(JToken token, string path, Dictionary<string, SheetPosition> byPath)
    {
        if (_at.TryGetValue(token, out var at))
        {
            byPath.TryAdd(path, at);
        }

        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties())
                {
                    Walk(property.Value, path + "." + property.Name, byPath);
                }

                break;
            case JArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", byPath);
                }

                break;
        }
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? "" : path[..cut];
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
