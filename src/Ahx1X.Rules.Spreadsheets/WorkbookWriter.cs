using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using OpenXmlText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// Writes .xlsx workbooks: templates and reports. Text is written as inline text, never as a
/// formula, so a value starting with <c>=</c> stays text in every spreadsheet.
/// </summary>
internal sealed class WorkbookWriter : IDisposable
{
    private readonly SpreadsheetDocument _package;
    private readonly Sheets _sheets;
    private uint _nextSheetId = 1;

    public WorkbookWriter(Stream output)
    {
        _package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = _package.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        _sheets = workbook.Workbook.AppendChild(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
    }

    /// <summary>Adds a sheet; call <see cref="SheetBuilder.Finish"/> when its rows are written.</summary>
    public SheetBuilder AddSheet(string name, bool hidden = false)
    {
        var part = _package.WorkbookPart!.AddNewPart<WorksheetPart>();
        var sheet = new Sheet { Id = _package.WorkbookPart.GetIdOfPart(part), SheetId = _nextSheetId++, Name = name };
        if (hidden)
        {
            sheet.State = SheetStateValues.Hidden;
        }

        _sheets.Append(sheet);
        return new SheetBuilder(part);
    }

    public void Dispose() => _package.Dispose();

    private static Stylesheet Styles()
    {
        Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }) { PatternType = PatternValues.Solid });
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 14 }), new Font(new Italic(), new FontSize { Val = 10 })) { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9E1F2"), Solid("FFC6EFCE"), Solid("FFFFEB9C"), Solid("FFFFC7CE"), Solid("FFF4B084"), Solid("FFEDEDED")) { Count = 8 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
                new CellFormat { FontId = 3, FillId = 2, ApplyFont = true, ApplyFill = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { FillId = 3, ApplyFill = true },
                new CellFormat { FillId = 4, ApplyFill = true },
                new CellFormat { FillId = 5, ApplyFill = true },
                new CellFormat { FillId = 6, ApplyFill = true },
                new CellFormat { FillId = 7, ApplyFill = true },
                new CellFormat { FontId = 2, ApplyFont = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true }) { Count = 12 },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>Writes one sheet: column widths, rows, frozen headers, a filter and validations, in the order the format requires.</summary>
    internal sealed class SheetBuilder(WorksheetPart part)
    {
        private readonly SheetData _data = new();
        private readonly List<(double Width, CellStyle? Style)> _columns = [];
        private readonly List<DataValidation> _validations = [];
        private uint _row;
        private int _frozenRows;
        private string? _filter;

        public int RowCount => (int)_row;

        public SheetBuilder Column(double width, CellStyle? style = null)
        {
            _columns.Add((width, style));
            return this;
        }

        /// <summary>Adds a row of values (text, numbers, dates, null for blank) in <paramref name="style"/>.</summary>
        public SheetBuilder Row(IEnumerable<object?> values, CellStyle style = CellStyle.Plain)
        {
            var row = new Row { RowIndex = ++_row };
            var column = 0;
            foreach (var value in values)
            {
                column++;
                if (Cell(value, CellReference.Of(column, (int)_row), style) is { } cell)
                {
                    row.Append(cell);
                }
            }

            _data.Append(row);
            return this;
        }

        public SheetBuilder Freeze(int rows)
        {
            _frozenRows = rows;
            return this;
        }

        /// <summary>Turns on filters over the header row <paramref name="headerRow"/> and the rows below it.</summary>
        public SheetBuilder Filter(int headerRow, int columns)
        {
            _filter = $"A{headerRow}:{CellReference.Column(Math.Max(1, columns))}{Math.Max(headerRow, (int)_row)}";
            return this;
        }

        /// <summary>Offers a drop-down list of <paramref name="items"/> in a column, from <paramref name="fromRow"/> to <paramref name="toRow"/>.</summary>
        public SheetBuilder List(int column, int fromRow, int toRow, IEnumerable<string> items, string title)
        {
            var list = string.Join(",", items);
            _validations.Add(new DataValidation
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorTitle = title,
                Error = $"请从下拉列表中选择 Choose from the list: {list}",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = Range(column, fromRow, toRow) },
                Formula1 = new Formula1($"\"{list}\""),
            });
            return this;
        }

        /// <summary>Accepts only dates from 1900 to 2100 in a column; <paramref name="strict"/> false lets a date-time written as text through after a warning.</summary>
        public SheetBuilder Dates(int column, int fromRow, int toRow, bool strict, string title)
        {
            _validations.Add(new DataValidation
            {
                Type = DataValidationValues.Date,
                Operator = DataValidationOperatorValues.Between,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorStyle = strict ? DataValidationErrorStyleValues.Stop : DataValidationErrorStyleValues.Warning,
                ErrorTitle = title,
                Error = "请填写日期 yyyy-MM-dd；Enter a date, yyyy-MM-dd" + (strict ? "" : "（或带时区的时间 2024-04-02T23:30:00+08:00 / or a date-time with its offset）"),
                SequenceOfReferences = new ListValue<StringValue> { InnerText = Range(column, fromRow, toRow) },
                Formula1 = new Formula1(Serial(new LocalDate(1900, 1, 1))),
                Formula2 = new Formula2(Serial(new LocalDate(2100, 12, 31))),
            });
            return this;
        }

        public void Finish()
        {
            var worksheet = new Worksheet();
            var view = new SheetView { WorkbookViewId = 0 };
            if (_frozenRows > 0)
            {
                var topLeft = $"A{_frozenRows + 1}";
                view.Append(new Pane { VerticalSplit = _frozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
                view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
            }

            worksheet.Append(new SheetViews(view));
            if (_columns.Count > 0)
            {
                worksheet.Append(new Columns(_columns.Select((c, i) => new Column
                {
                    Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true,
                    Style = c.Style is { } style ? (uint)style : null,
                })));
            }

            worksheet.Append(_data);
            if (_filter is not null)
            {
                worksheet.Append(new AutoFilter { Reference = _filter });
            }

            if (_validations.Count > 0)
            {
                worksheet.Append(new DataValidations(_validations) { Count = (uint)_validations.Count });
            }

            part.Worksheet = worksheet;
        }

        private static string Range(int column, int fromRow, int toRow) => $"{CellReference.Of(column, fromRow)}:{CellReference.Of(column, toRow)}";

        private static string Serial(LocalDate date) =>
            ((int)date.ToDateTimeUnspecified().ToOADate()).ToString(CultureInfo.InvariantCulture);

        private static Cell? Cell(object? value, string reference, CellStyle style)
        {
            var cell = new Cell { CellReference = reference };
            if (style != CellStyle.Plain)
            {
                cell.StyleIndex = (uint)style;
            }

            switch (value)
            {
                case null:
                    return style == CellStyle.Plain ? null : cell;
                case string text:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new OpenXmlText(text) { Space = SpaceProcessingModeValues.Preserve });
                    return cell;
                case LocalDate date:
                    cell.CellValue = new CellValue(date.ToDateTimeUnspecified().ToOADate().ToString(CultureInfo.InvariantCulture));
                    cell.StyleIndex = (uint)CellStyle.Date;
                    return cell;
                case bool flag:
                    cell.DataType = CellValues.Boolean;
                    cell.CellValue = new CellValue(flag ? "1" : "0");
                    return cell;
                case IFormattable number:
                    cell.CellValue = new CellValue(number.ToString(null, CultureInfo.InvariantCulture));
                    return cell;
                default:
                    throw new ArgumentException($"A cell cannot hold a {value.GetType().Name}.", nameof(value));
            }
        }
    }
}
