using System.Text;
using Ahx1X.Rules.Diagnostics;
using Sylvan.Data.Csv;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// Reads a CSV file (RFC 4180, UTF-8 with or without a byte-order mark) into a <see cref="RawSheet"/>
/// of text cells. A CSV file holds no types: every value is text, read by the same rules as text
/// typed into a workbook cell.
/// </summary>
internal static class CsvSheetReader
{
    public static RawSheet? Read(Stream stream, SheetPosition file, List<Problem> problems)
    {
        var sheet = new RawSheet("");
        try
        {
            using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            var options = new CsvDataReaderOptions
            {
                HasHeaders = false,
                Delimiter = ',',
                // One field may hold at most a cell's worth of characters.
                MaxBufferSize = (SheetLimits.MaxCellChars * 4) + 4096,
                Quote = '"',
                Escape = '"',
            };
            using var csv = CsvDataReader.Create(text, options);
            var row = 0;
            while (csv.Read())
            {
                row++;
                if (row > SheetLimits.MaxDataRows + 2)
                {
                    problems.Add(file.Problem(ProblemCodes.InvalidValue, $"The file has more than {SheetLimits.MaxDataRows:N0} lines; at most that many records are read from one file. Split it."));
                    return sheet;
                }

                for (var column = 1; column <= csv.RowFieldCount; column++)
                {
                    var value = csv.GetString(column - 1);
                    if (value.Length == 0)
                    {
                        continue;
                    }

                    var here = file with { Reference = CellReference.Of(column, row) };
                    if (column > SheetLimits.MaxColumns)
                    {
                        sheet.Bad(row, problems).Add(here.Problem(ProblemCodes.InvalidValue, $"The value is past column {SheetLimits.MaxColumns}, the last one read; remove it."));
                        continue;
                    }

                    if (value.Length > SheetLimits.MaxCellChars)
                    {
                        sheet.Bad(row, problems).Add(here.Problem(ProblemCodes.InvalidValue, $"The value holds {value.Length:N0} characters; at most {SheetLimits.MaxCellChars:N0} are read. Shorten it."));
                        continue;
                    }

                    sheet.Add(new RawCell(column, row, RawKind.Text, value));
                }
            }

            return sheet;
        }
        catch (DecoderFallbackException)
        {
            problems.Add(file.Problem(ProblemCodes.Syntax, "The file is not UTF-8 text; save it as \"CSV UTF-8\" (a GBK or ANSI file shows Chinese as garbage)."));
        }
        catch (CsvFormatException ex)
        {
            problems.Add(file.Problem(ProblemCodes.Syntax, $"The file is not valid CSV near line {ex.RowNumber}: a quote is not closed or a field is too long; fix it there."));
        }

        return null;
    }
}
