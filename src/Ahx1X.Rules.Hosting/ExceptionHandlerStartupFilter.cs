using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ahx1X.Rules.Hosting;

/// <summary>
/// Puts the exception handler first in the pipeline, so that the problem documents of
/// <see cref="RequestProblemHandler"/> are written even by an app that never calls <c>UseExceptionHandler()</c>,
/// and writes one for a refusal answered with a status code alone: minimal APIs set 413, 415 and 408
/// for a body too large, not JSON or too slow, even when told to throw on bad requests.
/// </summary>
internal sealed class ExceptionHandlerStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseExceptionHandler();
        app.Use(async (context, following) =>
        {
            await following(context);
            var response = context.Response;
            if (!response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType)
                && RequestProblemHandler.ForStatus(response.StatusCode, context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize) is { } problem)
            {
                await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            }
        });
        next(app);
    };
}
