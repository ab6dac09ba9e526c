using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Documents;

/// <summary>
/// Reads a document built in memory from another form, such as the rows of a workbook, through
/// the same readers as JSON text. <c>locate</c> rewrites each problem's position (a JSON path in the
/// built tree) into the form's own, such as <c>applications.xlsx!申报!F7 (申报人数)</c>; it is kept on
/// every record, so a problem found when the record is judged is placed the same way.
/// </summary>
internal static class DocumentTree
{
    /// <summary>Reads <paramref name="root"/> record by record, as <see cref="Document.ParseRecords(string, string)"/> reads text.</summary>
    public static DocumentParseResult Read(JObject root, string source, Func<Problem, Problem> locate)
    {
        var problems = new ProblemList();
        var document = Document.Read(root, source, problems);
        var located = problems.Items.Select(locate).ToList();
        if (document is null)
        {
            return new DocumentParseResult(null, located);
        }

        var entries = document.Entries.Select(e => e with { Locate = locate }).ToList();
        return new DocumentParseResult(new Document(document.Source, document.Kind, entries), located);
    }
}
