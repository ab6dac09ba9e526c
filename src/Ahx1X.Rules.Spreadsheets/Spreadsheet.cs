using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// Reads documents and catalogues from workbooks (.xlsx) and CSV files, through the same readers
/// and checks as JSON documents, with the same problem codes. Each problem names the sheet, the
/// cell and the header, such as <c>applications.xlsx!申报!F7 (申报人数)</c>, where a JSON problem
/// names the file, line, column and path.
/// </summary>
public static class Spreadsheet
{
    /// <summary>Returns true when <paramref name="path"/> names a workbook (.xlsx) or a CSV file, by its extension.</summary>
    /// <param name="path">A file path.</param>
    public static bool IsSpreadsheet(string path) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a document from a workbook or CSV file, refusing it whole when anything in it is wrong.</summary>
    /// <param name="path">The .xlsx or .csv file.</param>
    /// <exception cref="DocumentException">The file cannot be read or holds a problem; lists every problem at its cell.</exception>
    public static Document Load(string path)
    {
        var result = LoadRecords(path);
        return result.Problems.Count > 0 || result.Document is null ? throw new DocumentException(result.Problems) : result.Document;
    }

    /// <summary>Reads a workbook or CSV file record by record: a record with a problem is left out and its problems reported; the others are kept.</summary>
    /// <param name="path">The .xlsx or .csv file.</param>
    /// <returns>The good records and every problem; the document is null when the file as a whole cannot be read.</returns>
    public static DocumentParseResult LoadRecords(string path)
    {
        var problems = new List<Problem>();
        using var content = SheetFile.Read(path, problems);
        return content is null ? new DocumentParseResult(null, problems) : ReadRecords(content, path, problems);
    }

    /// <summary>Reads a workbook or CSV content record by record, as <see cref="LoadRecords"/> does, such as an upload to a portal.</summary>
    /// <param name="content">The file's content; read whole, at most 64 MB are accepted.</param>
    /// <param name="source">The file's name (ending .csv for CSV, otherwise read as .xlsx), used in problems.</param>
    /// <returns>The good records and every problem.</returns>
    public static DocumentParseResult ReadRecords(Stream content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<Problem>();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > SheetLimits.MaxFileBytes)
            {
                problems.Add(new SheetPosition(source).Problem(ProblemCodes.Syntax, $"The file is larger than {SheetLimits.MaxFileBytes / (1024 * 1024)} MB; larger files are refused. Split it."));
                return new DocumentParseResult(null, problems);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return ReadRecords(buffer, source, problems);
    }

    /// <summary>Reads a certificate catalogue (附件1's statistics) from a workbook or CSV file; rates are computed from the counts where the sheet gives counts.</summary>
    /// <param name="path">The .xlsx or .csv file, with the columns of the 证书目录 template.</param>
    /// <exception cref="DocumentException">The file cannot be read or holds a problem; lists every problem at its cell.</exception>
    public static Catalogue LoadCatalogue(string path)
    {
        var problems = new List<Problem>();
        using var content = SheetFile.Read(path, problems);
        if (content is not null && SheetBook.Read(content, path, [SheetLayouts.Catalogue], problems) is var (root, _, locate))
        {
            try
            {
                var catalogue = Catalogue.Parse(root.ToString(), path);
                if (problems.Count == 0)
                {
                    return catalogue;
                }
            }
            catch (DocumentException ex)
            {
                problems.AddRange(ex.Problems.Select(locate));
            }
        }

        throw new DocumentException(problems);
    }

    private static DocumentParseResult ReadRecords(MemoryStream content, string source, List<Problem> problems)
    {
        if (SheetBook.Read(content, source, SheetLayouts.Documents, problems) is not var (root, _, locate))
        {
            return new DocumentParseResult(null, problems);
        }

        var read = DocumentTree.Read(root, source, locate);
        return read with { Problems = [.. problems, .. read.Problems] };
    }
}
