using Ahx1X.Rules;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;

namespace Ahx1X.Demo.Commands;

/// <summary>The problems the console itself finds in a document it was given, with the library's codes.</summary>
internal static class RecordProblems
{
    /// <summary>Returns the problem of a record for a year no edition covers.</summary>
    public static Problem NoEdition(string file, string id, EditionNotFoundException ex) =>
        new(ProblemCodes.NoEdition, file, "", 0, 0, id, ex.Message);

    /// <summary>Returns the problem of a document with no record, or null when it has some: nothing judged is not "all accepted".</summary>
    public static Problem? NoRecords(Document document) => document.Given > 0 ? null : new(
        ProblemCodes.NoRecords,
        document.Source,
        "$",
        0,
        0,
        null,
        $"The {KindName(document.Kind)} document holds no record, so nothing in it can be judged; add its records, or leave the file out.");

    private static string KindName(DocumentKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
}
