using Ahx1X.Rules.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ahx1X.Rules.Hosting;

/// <summary>
/// Reports the rule pack serving: healthy when it is loaded against official catalogues, degraded
/// while a sample catalogue is in use or the last reload of the rules folder was refused, and
/// unhealthy (the registration's failure status) when no pack could be loaded.
/// </summary>
internal sealed class Ahx1XRulesHealthCheck(IServiceProvider services) : IHealthCheck
{
    /// <summary>The most problems of a refused reload listed in the data; the log has them all.</summary>
    internal const int ProblemsListed = 20;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IPolicyEngineProvider provider;
        try
        {
            // Resolved here, not injected: a pack that cannot load makes this check unhealthy rather than breaking every check.
            provider = services.GetRequiredService<IPolicyEngineProvider>();
        }
        catch (Exception ex) when (ex is RulePackException or DocumentException)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "No rule pack is loaded: " + ex.Message));
        }

        return Task.FromResult(Check(provider));
    }

    internal static HealthCheckResult Check(IPolicyEngineProvider provider)
    {
        var engine = provider.Current;
        var pack = engine.Pack;
        var sample = pack.Editions.Where(e => engine.CatalogueFor(e.Year).IsSample).Select(e => e.Year).ToArray();
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["fingerprint"] = pack.Fingerprint,
            ["editions"] = pack.Editions.Select(e => e.Year).ToArray(),
            ["source"] = provider.RulesFolder ?? "embedded",
            ["sampleCatalogueEditions"] = sample,
        };
        var reasons = new List<string>();
        if (sample.Length > 0)
        {
            reasons.Add($"Judging edition(s) {string.Join(", ", sample)} against the sample catalogue (placeholder minimums and rates): verdicts are not official. Set Ahx1X:CataloguePath to the official catalogue.json.");
        }

        if (provider is PolicyEngineProvider { LastReload: { } reload })
        {
            data["lastReload"] = reload.Succeeded ? "succeeded" : "refused";
            if (!reload.Succeeded)
            {
                data["problems"] = reload.Problems.Take(ProblemsListed).Select(p => p.ToString()).ToArray();
                reasons.Add($"The last reload of {provider.RulesFolder} was refused with {reload.Problems.Count} problem(s); still serving fingerprint {reload.Fingerprint}. Fix the folder: the next change reloads it.");
            }
        }

        return reasons.Count == 0
            ? HealthCheckResult.Healthy($"Serving rule pack {pack.Fingerprint}.", data)
            : HealthCheckResult.Degraded(string.Join(" ", reasons), data: data);
    }
}
