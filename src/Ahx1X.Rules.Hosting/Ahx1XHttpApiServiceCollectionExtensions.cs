using Ahx1X.Rules.Hosting;
using Ahx1X.Rules.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the container's namespace, as ASP.NET Core's own Add* methods are.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Sets up an ASP.NET Core app's minimal APIs for the library's requests and results.</summary>
public static class Ahx1XHttpApiServiceCollectionExtensions
{
    /// <summary>
    /// Binds typed requests and writes results in the library's JSON contract
    /// (<see cref="Ahx1XJson.ConfigureForAhx1X"/> on the HTTP JSON options), and answers every bad request
    /// with an RFC 9457 problem document (<c>application/problem+json</c>), never an empty 400 or a 500:
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>JSON the contract refuses (syntax, an unknown, repeated or missing member, a value of the wrong type) and a
    /// typed request outside the library's bounds (<c>InvalidRequestException</c>), a bad document (<c>DocumentException</c>)
    /// or a year no edition covers (<c>EditionNotFoundException</c>): 400;</item>
    /// <item>a body over the server's limit (Kestrel's <c>MaxRequestBodySize</c>): 413; a body arriving slower than the server's
    /// minimum rate (<c>MinRequestBodyDataRate</c>): 408; a body that is not JSON: 415; no body: 400.</item>
    /// </list>
    /// <para>A 400 lists each problem in <c>problems</c> (code such as <c>AHX1002</c>, <c>jsonPath</c>, <c>line</c>, <c>column</c>,
    /// <c>subject</c>, <c>message</c>) and in <c>errors</c> (messages by JSON path, as ASP.NET Core's validation problems are),
    /// at most 100 of them, with <c>problemsNotListed</c> counting the rest.</para>
    /// <para>It registers <c>AddProblemDetails()</c>, sets <see cref="RouteHandlerOptions.ThrowOnBadRequest"/> so that a binding
    /// failure reaches the handler with its cause, adds the handler (an <c>IExceptionHandler</c>), and puts
    /// <c>UseExceptionHandler()</c> at the start of the pipeline; any other exception is a 500 problem with no stack trace.</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddAhx1XRules(builder.Configuration.GetSection(Ahx1XRulesOptions.SectionName)).AddAhx1XHttpApi();
    /// app.MapPost("/check", (ApplicationRequest r, IPolicyEngineProvider p) => p.Current.Evaluate(r));
    /// </code>
    /// </example>
    public static IServiceCollection AddAhx1XHttpApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Configure<JsonOptions>(options => options.SerializerOptions.ConfigureForAhx1X());
        services.AddProblemDetails();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Diagnostics.IExceptionHandler, RequestProblemHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, ExceptionHandlerStartupFilter>());
        return services;
    }
}
