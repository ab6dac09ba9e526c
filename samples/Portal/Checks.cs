using System.Text.Json;
using Ahx1X.Rules;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Hosting;
using Ahx1X.Rules.Model;

namespace Portal;

/// <summary>Checks the one record a request body holds, with the step its endpoint names.</summary>
internal static class Checks
{
    /// <summary>The most problems one answer lists; a body with more gets the count of the rest, so a refusal stays small.</summary>
    public const int MaxProblemsListed = 100;

    /// <summary>Reads the body as a document of <paramref name="kind"/> with exactly one record, and judges that record.</summary>
    public static async Task<IResult> RunAsync(DocumentKind kind, HttpRequest request, IPolicyEngineProvider rules)
    {
        var (body, refusal) = await RequestBody.ReadAsync(request);
        if (refusal is not null)
        {
            return refusal;
        }

        Document document;
        try
        {
            document = Document.Parse(body!, "body");
        }
        catch (DocumentException ex)
        {
            return Refuse($"The body is not a valid {NameOf(kind)} document: {ex.Problems.Count} problem(s).", ex.Problems);
        }

        if (document.Kind != kind)
        {
            return Refuse($"This endpoint checks {NameOf(kind)} documents; the body declares \"kind\": \"{NameOf(document.Kind)}\". Post it to the endpoint of its step.");
        }

        if (document.Entries.Count != 1)
        {
            return Refuse(
                $"Send one record per request; the body has {document.Entries.Count}.",
                document.Entries.Count == 0 ? [new Problem(ProblemCodes.NoRecords, "body", "$", 0, 0, null, "The document holds no record.")] : null);
        }

        var entry = document.Entries[0];
        try
        {
            // One engine for the whole evaluation, even if the rules folder is reloaded meanwhile.
            var result = entry.EvaluateWith(rules.Current);
            return Results.Ok(CheckResponse.From(entry, result, rules.Language));
        }
        catch (EditionNotFoundException ex)
        {
            return Refuse(ex.Message, [new Problem(ProblemCodes.NoEdition, "body", "", 0, 0, entry.Id, ex.Message)]);
        }
        catch (DocumentException ex)
        {
            // A value only the edition can refuse, such as a city it does not list.
            return Refuse($"The body is not a valid {NameOf(kind)} document: {ex.Problems.Count} problem(s).", ex.Problems);
        }
    }

    private static string NameOf(DocumentKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>Answers 400 with the problems, at most <see cref="MaxProblemsListed"/> of them and the count of the rest.</summary>
    private static IResult Refuse(string detail, IReadOnlyList<Problem>? problems = null)
    {
        problems ??= [];
        var listed = problems.Take(MaxProblemsListed).Select(p => new
        {
            p.Code,
            p.JsonPath,
            p.Line,
            p.Column,
            p.Subject,
            p.Message,
        }).ToArray();
        return Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request body cannot be checked.",
            detail: listed.Length < problems.Count ? $"{detail} The first {listed.Length} are listed." : detail,
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = listed,
                ["problemsNotListed"] = problems.Count - listed.Length,
            });
    }
}
