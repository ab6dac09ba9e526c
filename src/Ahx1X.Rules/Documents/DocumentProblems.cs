using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Documents;

/// <summary>Places the problems of a typed request back in the document its record came from.</summary>
internal static class DocumentProblems
{
    /// <summary>
    /// Returns <paramref name="problems"/> located at the record whose id is <paramref name="idToken"/>:
    /// its file, line and column, and the JSON path of the record followed by the member's path.
    /// </summary>
    public static IReadOnlyList<Problem> AtRecord(IReadOnlyList<Problem> problems, string source, JToken? idToken, string id)
    {
        var record = idToken?.Parent?.Parent;
        var info = (Newtonsoft.Json.IJsonLineInfo?)record;
        var line = info is { } l && l.HasLineInfo() ? l.LineNumber : 0;
        var column = info is { } c && c.HasLineInfo() ? c.LinePosition : 0;
        var at = record is null ? "$" : "$." + record.Path;
        return problems.Select(p => p with
        {
            File = source,
            JsonPath = at + p.JsonPath.TrimStart('$'),
            Line = line,
            Column = column,
            Subject = id,
        }).ToList();
    }
}
