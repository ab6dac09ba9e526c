using System.Text;
using System.Text.Json;
using Ahx1X.Rules;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Hosting;

namespace Portal;

/// <summary>Checks the one record a request body holds, with the step its endpoint names.</summary>
internal static class Checks
{
    /// <summary>Reads the body as a document of <paramref name="kind"/> with exactly one record, and judges that record.</summary>
    public static async Task<IResult> RunAsync(DocumentKind kind, HttpRequest request, IPolicyEngineProvider rules)
    {
        string body;
        using (var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            }
            catch (DecoderFallbackException)
            {
                return Refuse("The body is not UTF-8 text; send the document as UTF-8 JSON.");
            }
        }

        Document document;
        try
        {
            document = Document.Parse(body, "body");
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
            return Refuse($"Send one record per request; the body has {document.Entries.Count}.");
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
            return Refuse(ex.Message);
        }
    }

    private static string NameOf(DocumentKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static IResult Refuse(string detail, IReadOnlyList<Problem>? problems = null) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The request body cannot be checked.",
        detail: detail,
        extensions: new Dictionary<string, object?>
        {
            ["problems"] = (problems ?? []).Select(p => new
            {
                p.Code,
                p.JsonPath,
                p.Line,
                p.Column,
                p.Subject,
                p.Message,
            }).ToArray(),
        });
}
