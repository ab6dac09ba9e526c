using System.Globalization;
using System.Xml;
using Ahx1X.Rules.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenXmlText = DocumentFormat.OpenXml.Spreadsheet.Text;
using NodaTime;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// Reads the sheets of an .xlsx workbook into <see cref="RawSheet"/>s, row by row (a sheet is
/// never held as one XML tree), after <see cref="ZipCheck"/> has passed it. A cell with a formula
/// and no saved value, or an error value, is refused: nothing is computed and nothing guessed.
/// </summary>
internal static class XlsxReader
{
    /// <summary>Reads every sheet of <paramref name="stream"/>; problems go to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<RawSheet> Read(Stream stream, SheetPosition file, List<Problem> problems)
    {
        try
        {
            using var package = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = SheetLimits.MaxExpandedBytes });
            var workbook = package.WorkbookPart;
            if (workbook?.Workbook?.Sheets is not { } sheets)
            {
                problems.Add(ZipCheck.NotWorkbook(file, "it has no workbook part"));
                return [];
            }

            var strings = SharedStrings(workbook);
            var dates = DateStyles(workbook);
            var result = new List<RawSheet>();
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                var name = sheet.Name?.Value ?? "";
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    // A chart sheet or dialog sheet holds no cells to read.
                    result.Add(new RawSheet(name) { IsNotWorksheet = true });
                    continue;
                }

                result.Add(ReadSheet(part, name, strings, dates, file, problems));
            }

            return result;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or InvalidOperationException or IOException or ArgumentException)
        {
            problems.Add(ZipCheck.NotWorkbook(file, ex.Message.TrimEnd('.')));
            return [];
        }
    }

    private static RawSheet ReadSheet(WorksheetPart part, string name, IReadOnlyList<string> strings, HashSet<uint> dates, SheetPosition file, List<Problem> problems)
    {
        var sheet = new RawSheet(name);
        var at = file with { Sheet = name };
        using var reader = OpenXmlReader.Create(part);
        var lastRow = 0;
        var rows = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var row = (Row)reader.LoadCurrentElement()!;
                var number = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : lastRow + 1;
                lastRow = number;
                if (++rows > SheetLimits.MaxDataRows + 2)
                {
                    problems.Add(at.Problem(ProblemCodes.InvalidValue, $"The sheet has more than {SheetLimits.MaxDataRows:N0} rows; at most that many records are read from one sheet. Split it into several workbooks."));
                    return sheet;
                }

                ReadRow(row, number, sheet, strings, dates, at, problems);
            }
            else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                sheet.Merged.Add(merge.Reference?.Value ?? "");
            }
        }

        return sheet;
    }

    private static void ReadRow(Row row, int number, RawSheet sheet, IReadOnlyList<string> strings, HashSet<uint> dates, SheetPosition at, List<Problem> problems)
    {
        var lastColumn = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = CellReference.TryParse(cell.CellReference?.Value, out var c, out _) ? c : lastColumn + 1;
            lastColumn = column;
            var here = at with { Reference = CellReference.Of(column, number) };
            if (column > SheetLimits.MaxColumns)
            {
                if (HasContent(cell))
                {
                    sheet.Bad(number, problems).Add(here.Problem(ProblemCodes.InvalidValue, $"The cell is past column {CellReference.Column(SheetLimits.MaxColumns)}, the last one read; move or delete it."));
                }

                continue;
            }

            if (Value(cell, column, number, sheet, strings, dates, here, problems) is { } value)
            {
                sheet.Add(value);
            }
        }
    }

    private static bool HasContent(Cell cell) => cell.CellValue is not null || cell.CellFormula is not null || cell.InlineString is not null;

    private static RawCell? Value(Cell cell, int column, int row, RawSheet sheet, IReadOnlyList<string> strings, HashSet<uint> dates, SheetPosition here, List<Problem> problems)
    {
        var text = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (cell.CellFormula is not null && string.IsNullOrEmpty(text))
        {
            sheet.Bad(row, problems).Add(here.Problem(ProblemCodes.InvalidValue,
                "The cell holds a formula with no saved value, and formulas are not computed here; type the value itself (or open the file in a spreadsheet, recalculate and save it)."));
            return null;
        }

        if (type == CellValues.InlineString)
        {
            return TextCell(InlineText(cell.InlineString), column, row, sheet, here, problems);
        }

        if (text is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= strings.Count)
            {
                sheet.Bad(row, problems).Add(here.Problem(ProblemCodes.Syntax, "The cell names a shared text the workbook does not hold; the file is damaged. Save it again from the spreadsheet."));
                return null;
            }

            return TextCell(strings[index], column, row, sheet, here, problems);
        }

        if (type == CellValues.String)
        {
            return TextCell(text, column, row, sheet, here, problems);
        }

        if (type == CellValues.Boolean)
        {
            return new RawCell(column, row, RawKind.Boolean, text == "1" ? "TRUE" : "FALSE");
        }

        if (type == CellValues.Error)
        {
            sheet.Bad(row, problems).Add(here.Problem(ProblemCodes.InvalidValue, $"The cell holds the error {text}; correct the value or its formula."));
            return null;
        }

        if (type == CellValues.Date)
        {
            return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                ? new RawCell(column, row, RawKind.Date, text, Date: LocalDateTime.FromDateTime(iso))
                : new RawCell(column, row, RawKind.Text, text);
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            sheet.Bad(row, problems).Add(here.Problem(ProblemCodes.Syntax, $"The cell's number \"{Cut(text)}\" cannot be read; the file is damaged. Type the value again."));
            return null;
        }

        if (cell.StyleIndex?.Value is { } style && dates.Contains(style) && number is >= 1 and < 2958466)
        {
            return new RawCell(column, row, RawKind.Date, text, number, LocalDateTime.FromDateTime(DateTime.FromOADate(number)));
        }

        return new RawCell(column, row, RawKind.Number, text, number);
    }

    private static RawCell? TextCell(string text, int column, int row, RawSheet sheet, SheetPosition here, List<Problem> problems)
    {
        if (text.Length > SheetLimits.MaxCellChars)
        {
            sheet.Bad(row, problems).Add(here.Problem(ProblemCodes.InvalidValue, $"The cell holds {text.Length:N0} characters; at most {SheetLimits.MaxCellChars:N0} are read. Shorten it."));
            return null;
        }

        return text.Length == 0 ? null : new RawCell(column, row, RawKind.Text, text);
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Returns the text of a shared or inline string: its plain text and runs, without phonetic guides.</summary>
    private static string InlineText(OpenXmlElement? item) =>
        item is null ? "" : string.Concat(item.ChildElements.Select(e => e switch
        {
            OpenXmlText t => t.Text,
            Run r => string.Concat(r.Elements<OpenXmlText>().Select(t => t.Text)),
            _ => "",
        }));

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return list;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                list.Add(InlineText(reader.LoadCurrentElement()));
            }
        }

        return list;
    }

    /// <summary>Returns the cell styles whose number format shows a date or time: a number in such a cell is a date cell.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (custom.TryGetValue(id, out var code) ? IsDateFormat(code) : IsBuiltInDate(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    /// <summary>The built-in formats that show dates and times, the East Asian ones included.</summary>
    private static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>Returns true when a format code shows a date or time: a y, m, d, h or s outside quoted text, escapes and brackets.</summary>
    internal static bool IsDateFormat(string code)
    {
        var inQuote = false;
        var inBracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuote)
            {
                inQuote = c != '"';
            }
            else if (inBracket)
            {
                inBracket = c != ']';
            }
            else if (c == '"')
            {
                inQuote = true;
            }
            else if (c == '[')
            {
                inBracket = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's')
            {
                return true;
            }
            else if (c == ';')
            {
                // Only the first section (positive numbers) says what the cell is.
                return false;
            }
        }

        return false;
    }
}
