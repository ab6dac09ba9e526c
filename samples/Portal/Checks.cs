using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Hosting;
using Ahx1X.Rules.Model;

namespace Portal;

/// <summary>Checks the one record a request body holds, with the step its endpoint names, and stores nothing.</summary>
internal static class Checks
{
    /// <summary>
    /// Reads the body as a document of <paramref name="kind"/> with exactly one record, and judges that record.
    /// A bad document is thrown as a <see cref="DocumentException"/>, which <c>AddAhx1XHttpApi()</c> answers as a 400 problem document.
    /// </summary>
    public static async Task<IResult> RunAsync(DocumentKind kind, HttpRequest request, IPolicyEngineProvider rules, RequestLimits limits)
    {
        var (body, refusal) = await RequestBody.ReadAsync(request, limits.MaxRequestBodyBytes);
        if (refusal is not null)
        {
            return refusal;
        }

        var document = Document.Parse(body!, "body");
        if (document.Kind != kind)
        {
            throw Refused(ProblemCodes.InvalidValue, "$.kind",
                $"This endpoint checks {Decisions.NameOf(kind)} documents; the body declares \"kind\": \"{Decisions.NameOf(document.Kind)}\". Post it to the endpoint of its step.");
        }

        if (document.Entries.Count != 1)
        {
            throw document.Entries.Count == 0
                ? Refused(ProblemCodes.NoRecords, "$", "The document holds no record.")
                : Refused(ProblemCodes.InvalidValue, "$", $"Send one record per request; the body has {document.Entries.Count}. POST /decisions/batch judges many.");
        }

        // One engine for the whole evaluation, even if the rules folder is reloaded meanwhile.
        return Results.Ok(document.Entries[0].EvaluateWith(rules.Current));
    }

    private static DocumentException Refused(string code, string path, string message) =>
        new([new Problem(code, "body", path, 0, 0, null, message)]);
}
