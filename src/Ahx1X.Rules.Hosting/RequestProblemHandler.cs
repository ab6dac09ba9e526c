using System.Text.Json;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ahx1X.Rules.Hosting;

/// <summary>Answers a bad request with a problem document naming each member and problem, in the library's codes.</summary>
internal sealed class RequestProblemHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <summary>The most problems one answer lists; the rest are counted, so that a refusal stays small.</summary>
    public const int MaxProblemsListed = 100;

    /// <summary>The source name of problems found in a request body.</summary>
    private const string Body = "body";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Describe(exception) is not { } problem)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Returns the problem document for a refusal of the request, or null for an exception that is not one.</summary>
    internal static ProblemDetails? Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => Refused("The request body is not valid JSON for this endpoint.", [Ahx1XJson.ProblemOf(json, Body)]),
        JsonException json => Refused("The request body is not valid JSON for this endpoint.", [Ahx1XJson.ProblemOf(json, Body)]),
        InvalidRequestException invalid => Refused("The request holds values outside the bounds documents are held to.", invalid.Problems),
        DocumentException document => Refused($"The document cannot be judged: {document.Problems.Count} problem(s).", document.Problems),
        EditionNotFoundException edition => Refused(edition.Message, [new Problem(ProblemCodes.NoEdition, Body, "$", 0, 0, null, edition.Message)]),
        BadHttpRequestException bad => Status(bad.StatusCode, bad.Message),
        _ => null,
    };

    /// <summary>Returns the problem document of a refusal that came with a status code alone, or null for a status that is no refusal of the body.</summary>
    internal static ProblemDetails? ForStatus(int status, long? maxBodyBytes) => status switch
    {
        StatusCodes.Status408RequestTimeout => Status(status, "The body arrived more slowly than the server's minimum rate."),
        StatusCodes.Status413PayloadTooLarge => Status(status, maxBodyBytes is { } max
            ? $"The body is larger than the {max:N0} bytes the server accepts."
            : "The body is larger than the server accepts."),
        StatusCodes.Status415UnsupportedMediaType => Status(status, "The body is not declared as JSON."),
        _ => null,
    };

    private static ProblemDetails Status(int status, string detail) => new()
    {
        Status = status,
        Title = status switch
        {
            StatusCodes.Status408RequestTimeout => "The request body arrived too slowly.",
            StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
            StatusCodes.Status415UnsupportedMediaType => "The request body is not JSON.",
            _ => "The request cannot be read.",
        },
        Detail = status switch
        {
            StatusCodes.Status408RequestTimeout => $"{detail} Send the whole body at once.",
            StatusCodes.Status415UnsupportedMediaType => $"{detail} Send it with Content-Type: application/json.",
            _ => detail,
        },
    };

    private static ProblemDetails Refused(string detail, IReadOnlyList<Problem> problems)
    {
        var listed = problems.Take(MaxProblemsListed).ToArray();
        return new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request cannot be judged.",
            Detail = listed.Length < problems.Count ? $"{detail} The first {listed.Length} are listed." : detail,
            Extensions =
            {
                ["errors"] = listed.GroupBy(p => p.JsonPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal),
                ["problems"] = listed.Select(p => new ListedProblem(p.Code, p.JsonPath, p.Line, p.Column, p.Subject, p.Message)).ToArray(),
                ["problemsNotListed"] = problems.Count - listed.Length,
            },
        };
    }

    /// <summary>One problem as a problem document lists it.</summary>
    internal sealed record ListedProblem(string Code, string JsonPath, int Line, int Column, string? Subject, string Message);
}
