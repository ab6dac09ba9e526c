using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;

namespace Ahx1X.Rules.Documents;

/// <summary>Places the problems of a typed request back in the document its record came from.</summary>
internal static class DocumentProblems
{
    /// <summary>
    /// Returns <paramref name="problems"/> located in the document: at the value a problem's path
    /// names when the record noted it (<see cref="RecordPlace"/>), else at the record.
    /// </summary>
    public static IReadOnlyList<Problem> AtRecord(IReadOnlyList<Problem> problems, string source, RecordPlace? place, string id) =>
        problems.Select(p =>
        {
            var at = place?.Locate(p.JsonPath);
            return p with
            {
                File = source,
                JsonPath = at?.Path ?? p.JsonPath,
                Line = at?.Line ?? 0,
                Column = at?.Column ?? 0,
                Subject = id,
            };
        }).ToList();
}
