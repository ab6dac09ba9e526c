using System.CommandLine;
using Ahx1X.Rules;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;

namespace Ahx1X.Demo.Commands;

/// <summary>Turns the paths on a command line into document files.</summary>
internal static class InputFiles
{
    /// <summary>Creates the argument that takes one or more documents or folders of them.</summary>
    public static Argument<string[]> CreateArgument() => new("PATHS")
    {
        Description = "Documents (JSON) of any kind (applications, cityReviews, provincialReviews, summaryTables, adjustments, monthlyReports, monthlyProgress), or folders of them; - reads one from standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Reads a document named on the command line: a file, or standard input for <c>-</c>.</summary>
    /// <exception cref="DocumentException">It cannot be read or is not a valid document.</exception>
    public static Document Load(string path) => path == StandardInput.Path ? Document.Parse(StandardInput.Read(), StandardInput.Name) : Document.Load(path);

    /// <summary>Reads a document named on the command line record by record; see <see cref="Document.ParseRecords"/>.</summary>
    public static DocumentParseResult LoadRecords(string path)
    {
        if (path != StandardInput.Path)
        {
            return Document.LoadRecords(path);
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

    /// <summary>Returns each file as given (<c>-</c> for standard input) and the <c>*.json</c> files of each folder, in name order.</summary>
    /// <exception cref="DocumentException">A path does not exist, a folder cannot be listed, or a folder holds no JSON file.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) => Expand(paths, folder => Directory.GetFiles(folder, "*.json"));

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
                    problems.Add(new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, "The folder holds no .json document."));
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
