using Microsoft.AspNetCore.Diagnostics;

namespace Portal;

/// <summary>Answers 503 with the problem when the decision log cannot be reached or written; the decision is then not reported stored.</summary>
internal sealed class DecisionLogProblemHandler(IProblemDetailsService problemDetails, ILogger<DecisionLogProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DecisionLogUnavailableException unavailable)
        {
            return false;
        }

        logger.LogError("{Problem}", unavailable.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new()
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = unavailable.Verb == "written" ? "The decision was not stored." : "The decision log cannot be read.",
                Detail = unavailable.Verb == "written"
                    ? $"{unavailable.Message} Nothing of this request was stored; send it again when the log is back."
                    : unavailable.Message,
            },
        });
    }
}
