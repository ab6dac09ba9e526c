using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Documents;

/// <summary>Places the problems of a typed request back in the document its record came from.</summary>
internal static class DocumentProblems
{
    private const string InstitutionMember = "$.institution.";

    /// <summary>
    /// Returns <paramref name="problems"/> located in the document: at the value a problem's path
    /// names when the record (or, for an application, the institution around it) holds it, else
    /// at the record whose id is <paramref name="idToken"/>.
    /// </summary>
    public static IReadOnlyList<Problem> AtRecord(IReadOnlyList<Problem> problems, string source, JToken? idToken, string id)
    {
        var record = idToken?.Parent?.Parent;
        return problems.Select(p =>
        {
            var at = Find(record, p.JsonPath) ?? record;
            var (line, column) = at is null ? (0, 0) : Json.TokenStart.Of(at);
            return p with
            {
                File = source,
                JsonPath = at is null ? p.JsonPath : "$." + at.Path + (at == record ? p.JsonPath.TrimStart('$') : ""),
                Line = line,
                Column = column,
                Subject = id,
            };
        }).ToList();
    }

    /// <summary>Finds the value <paramref name="path"/> names in the record or an object around it; an applications document writes the institution around its applications.</summary>
    private static JToken? Find(JToken? record, string path)
    {
        for (var node = record; node is not null; node = node.Parent)
        {
            if (node is not JObject obj)
            {
                continue;
            }

            var found = obj.SelectToken(path.TrimStart('$').TrimStart('.'))
                ?? (node != record && path.StartsWith(InstitutionMember, StringComparison.Ordinal) ? obj.SelectToken(path[InstitutionMember.Length..]) : null);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
