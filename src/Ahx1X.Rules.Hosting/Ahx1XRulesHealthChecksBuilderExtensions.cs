using Ahx1X.Rules.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

// In the container's namespace, as the health check packages' own Add* methods are.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Ahx1X rule pack's health check to a health checks builder.</summary>
public static class Ahx1XRulesHealthChecksBuilderExtensions
{
    /// <summary>The name the check is registered under unless another is given.</summary>
    public const string DefaultName = "ahx1x-rules";

    /// <summary>
    /// Adds a health check of the rule pack that <c>services.AddAhx1XRules(...)</c> serves. It is
    /// <see cref="HealthStatus.Healthy"/> when the pack is loaded against official catalogues;
    /// <see cref="HealthStatus.Degraded"/> while a sample catalogue is in use (its verdicts are not
    /// official) or when the last reload of the rules folder was refused (the old pack keeps serving;
    /// the data lists the problems); and <paramref name="failureStatus"/> when no pack can be loaded.
    /// The data holds <c>fingerprint</c>, <c>editions</c>, <c>source</c>, <c>sampleCatalogueEditions</c>,
    /// and after a reload <c>lastReload</c> (<c>succeeded</c> or <c>refused</c>) and, when refused, <c>problems</c>.
    /// </summary>
    /// <remarks>ASP.NET Core's <c>MapHealthChecks</c> answers 200 for Healthy and Degraded and 503 for Unhealthy by default.</remarks>
    /// <param name="builder">The builder <c>services.AddHealthChecks()</c> returns.</param>
    /// <param name="name">The name of the check.</param>
    /// <param name="failureStatus">The status when no pack can be loaded; null for <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by, such as <c>ready</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddAhx1XRules(builder.Configuration.GetSection(Ahx1XRulesOptions.SectionName));
    /// builder.Services.AddHealthChecks().AddAhx1XRules();
    /// // ...
    /// app.MapHealthChecks("/health");
    /// </code>
    /// </example>
    public static IHealthChecksBuilder AddAhx1XRules(this IHealthChecksBuilder builder, string name = DefaultName, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.Add(new HealthCheckRegistration(name, services => new Ahx1XRulesHealthCheck(services), failureStatus, tags));
    }
}
