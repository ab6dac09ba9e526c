using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>Finds the sheet of a workbook or CSV file that holds its records, and the layout it follows.</summary>
internal static class SheetBook
{
    /// <summary>The sheets a template adds beside its records, which are never read.</summary>
    private static readonly string[] Ignored = ["说明", "instructions", "选项", "lists"];

    /// <summary>Returns true when <paramref name="source"/> names a CSV file rather than a workbook.</summary>
    public static bool IsCsv(string source) => source.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <paramref name="content"/> as the layouts among <paramref name="layouts"/> allow: the document (or catalogue) and how to place its problems.</summary>
    public static (JObject Root, SheetLayout Layout, Func<Problem, Problem> Locate)? Read(Stream content, string source, IReadOnlyList<SheetLayout> layouts, List<Problem> problems)
    {
        var file = new SheetPosition(source);
        IReadOnlyList<RawSheet> sheets;
        if (IsCsv(source))
        {
            sheets = CsvSheetReader.Read(content, file, problems) is { } csv ? [csv] : [];
        }
        else
        {
            if (ZipCheck.Check(content, file) is { } refused)
            {
                problems.Add(refused);
                return null;
            }

            sheets = XlsxReader.Read(content, file, problems);
        }

        if (sheets.Count == 0)
        {
            // The file could not be read as sheets; its problem is reported.
            return null;
        }

        var data = sheets.Where(s => !s.IsNotWorksheet && !Ignored.Contains(s.Name.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        var named = data.Where(s => layouts.Any(l => l.Names(s.Name))).ToList();
        if (named.Count > 1)
        {
            problems.Add(file.Problem(ProblemCodes.Duplicate,
                $"The workbook has {named.Count} sheets of records ({string.Join("、", named.Select(s => s.Name))}); keep one kind of record per workbook."));
            return null;
        }

        var sheet = named.FirstOrDefault() ?? (data.Count(s => s.Rows.Count > 0) == 1 ? data.First(s => s.Rows.Count > 0) : null);
        if (sheet is null)
        {
            problems.Add(file.Problem(data.All(s => s.Rows.Count == 0) ? ProblemCodes.NoRecords : ProblemCodes.Duplicate,
                $"No sheet holds records: name the sheet of records {string.Join("、", layouts.Select(l => $"{l.SheetZh} ({l.SheetEn})"))}, as the templates do."));
            return null;
        }

        foreach (var other in data.Where(s => s != sheet && s.Rows.Count > 0))
        {
            problems.Add((file with { Sheet = other.Name }).Problem(ProblemCodes.UnknownMember,
                $"The sheet is not read: only the sheet {sheet.Name} holds records. Move its rows into a workbook of their own, or delete the sheet."));
        }

        var layout = layouts.FirstOrDefault(l => l.Names(sheet.Name)) ?? ByHeader(sheet, layouts, file with { Sheet = sheet.Name }, problems);
        return layout is not null && SheetRecords.Read(sheet, layout, file, problems) is var (root, locate) ? (root, layout, locate) : null;
    }

    /// <summary>Finds the layout whose columns the sheet's header names, for a CSV file or a sheet not named for its kind.</summary>
    private static SheetLayout? ByHeader(RawSheet sheet, IReadOnlyList<SheetLayout> layouts, SheetPosition at, List<Problem> problems)
    {
        if (sheet.Rows.Count == 0)
        {
            problems.Add(at.Problem(ProblemCodes.NoRecords, "The sheet is empty: it has no header row and no record. Start from a template (ahx1x template KIND --output FILE.xlsx)."));
            return null;
        }

        var header = sheet.Rows.First().Value;
        var fits = layouts.Select(l => (Layout: l, Count: SheetRecords.Fits(l, header))).Where(x => x.Count > 0).ToList();
        var best = fits.Count == 0 ? 0 : fits.Max(x => x.Count);
        var top = fits.Where(x => x.Count == best).Select(x => x.Layout).ToList();
        if (top.Count == 1)
        {
            return top[0];
        }

        // Several kinds name these headers, or none names all: the one naming most of them reports what differs.
        var nearest = layouts.OrderByDescending(l => header.Count(c => l.Columns.Any(col => col.Matches(c.Text)))).First();
        if (top.Count == 0 && header.Any(c => nearest.Columns.Any(col => col.Matches(c.Text))))
        {
            return nearest;
        }

        problems.Add((at with { Reference = CellReference.Of(1, sheet.Rows.First().Key) }).Problem(ProblemCodes.UnknownMember, top.Count == 0
            ? $"The header row names no kind of record's columns; start from a template (ahx1x template KIND --output FILE.xlsx). Kinds: {string.Join(", ", layouts.Select(l => l.Wire))}."
            : $"The header row fits several kinds of record ({string.Join(", ", top.Select(l => l.Wire))}); give every column of the template, or name the sheet after its kind."));
        return null;
    }
}
