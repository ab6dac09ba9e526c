using System.CommandLine;
using Ahx1X.Rules;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Spreadsheets;

namespace Ahx1X.Demo.Commands;

/// <summary>Turns the paths on a command line into document files.</summary>
internal static class InputFiles
{
    /// <summary>Creates the argument that takes one or more documents or folders of them.</summary>
    public static Argument<string[]> CreateArgument() => new("PATHS")
    {
        Description = "Documents (JSON, or workbooks .xlsx and .csv files) of any kind (applications, cityReviews, provincialReviews, summaryTables, adjustments, monthlyReports, monthlyProgress), or folders of them; - reads one JSON document from standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The extensions of the files a folder is read for.</summary>
    private static readonly string[] Extensions = [".json", ".xlsx", ".csv"];

    /// <summary>Returns each file as given (<c>-</c> for standard input) and the <c>*.json</c>, <c>*.xlsx</c> and <c>*.csv</c> files of each folder, in name order.</summary>
    /// <exception cref="DocumentException">A path does not exist, a folder cannot be listed, or a folder holds no document.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) => Expand(paths, folder => Directory.GetFiles(folder)
        .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        // "~$name.xlsx" is the lock file a spreadsheet keeps beside a workbook it has open, not a document.
        .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)));

    /// <summary>Reads a document named on the command line (standard input for <c>-</c>, a workbook or CSV file by its extension, else JSON), refusing it whole when anything in it is wrong.</summary>
    /// <exception cref="DocumentException">It cannot be read or holds a problem.</exception>
    public static Document Load(string path) =>
        path == StandardInput.Path ? Document.Parse(StandardInput.Read(), StandardInput.Name)
        : Spreadsheet.IsSpreadsheet(path) ? Spreadsheet.Load(path)
        : Document.Load(path);

    /// <summary>Reads a certificate catalogue, from JSON or from a 证书目录 workbook or CSV file (附件1) by its extension.</summary>
    /// <exception cref="DocumentException">The file cannot be read or is not a valid catalogue.</exception>
    public static Ahx1X.Rules.Model.Catalogue LoadCatalogue(string path) =>
        Spreadsheet.IsSpreadsheet(path) ? Spreadsheet.LoadCatalogue(path) : Ahx1X.Rules.Model.Catalogue.Load(path);

    /// <summary>
    /// Reads a document named on the command line record by record, telling <paramref name="bytesRead"/> how far a JSON
    /// file's reading is; a JSON file gives its records to <paramref name="stream"/> while it is read, when there is one.
    /// </summary>
    public static DocumentParseResult LoadRecords(string path, IProgress<long>? bytesRead = null, EntryStream? stream = null)
    {
        if (path != StandardInput.Path)
        {
            return Spreadsheet.IsSpreadsheet(path) ? Spreadsheet.LoadRecords(path) : Document.LoadRecords(path, bytesRead, CancellationToken.None, stream);
        }

        try
        {
            return Document.ParseRecords(StandardInput.Read(), StandardInput.Name);
        }
        catch (DocumentException ex)
        {
            return new DocumentParseResult(null, ex.Problems);
        }
    }

    /// <summary>Returns the text of a document named on the command line: a file, or standard input for <c>-</c>.</summary>
    /// <exception cref="DocumentException">It cannot be read.</exception>
    public static string ReadText(string path) => path == StandardInput.Path ? StandardInput.Read() : Rules.IO.DocumentFile.Read(path);

    /// <summary>Expands the paths, listing each folder's JSON files with <paramref name="listJson"/> (a test can make it fail as an unreadable folder would).</summary>
    internal static IReadOnlyList<string> Expand(IEnumerable<string> paths, Func<string, IEnumerable<string>> listJson)
    {
        var files = new List<string>();
        var problems = new List<Problem>();
        foreach (var path in paths)
        {
            if (path == StandardInput.Path)
            {
                if (files.Contains(path))
                {
                    problems.Add(new Problem(ProblemCodes.Syntax, StandardInput.Name, "", 0, 0, null, "Standard input (-) can be read once; give - only once."));
                }

                files.Add(path);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                List<string> found;
                try
                {
                    found = listJson(path).Order(StringComparer.Ordinal).ToList();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, $"The folder cannot be read: {ex.Message} Check its permissions."));
                    continue;
                }

                if (found.Count == 0)
                {
                    problems.Add(new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, "The folder holds no document (.json, .xlsx or .csv)."));
                }

                files.AddRange(found);
            }
            else
            {
                problems.Add(new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, "No such file or folder; check the path."));
            }
        }

        return problems.Count > 0 ? throw new DocumentException(problems) : files;
    }
}
