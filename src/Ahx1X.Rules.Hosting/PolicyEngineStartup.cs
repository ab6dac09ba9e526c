using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ahx1X.Rules.Hosting;

/// <summary>
/// Loads and warms the rule pack while the host starts, before any hosted service (the web server
/// among them) starts serving, so that broken rules or a broken catalogue stop the host there.
/// </summary>
// Takes the container rather than the provider, so that the pack loads in StartingAsync, after the
// host has validated the options, and not while the host gathers its hosted services.
internal sealed class PolicyEngineStartup(IServiceProvider services) : IHostedLifecycleService
{
    /// <summary>Resolves the provider, which loads, checks and compiles the pack; its exception stops the host.</summary>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IPolicyEngineProvider>();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
