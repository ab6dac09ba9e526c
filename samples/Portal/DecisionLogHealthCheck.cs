using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal;

/// <summary>Healthy when the decision log answers; Unhealthy, with the problem, when it cannot be read (decisions would be refused with 503).</summary>
internal sealed class DecisionLogHealthCheck(DecisionLog log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await log.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{count} decision(s) stored.", new Dictionary<string, object> { ["decisions"] = count });
        }
        catch (DecisionLogUnavailableException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message);
        }
    }
}
