using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ahx1X.Rules.Hosting.Tests;

/// <summary>The health check of AddHealthChecks().AddAhx1XRules(), run through the container's own HealthCheckService.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task Health_OfficialCatalogue_IsHealthyWithTheFingerprintAndEditions()
    {
        var sample = RulePack.LoadEmbedded().For(2024).SampleCatalogue;
        var official = new Catalogue(sample.Entries, isSample: false, "official.json");
        await using var services = Services(o => o.Engine.Catalogue = official);

        var entry = await CheckAsync(services);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(services.GetRequiredService<PolicyEngine>().Pack.Fingerprint, entry.Data["fingerprint"]);
        Assert.Equal(new[] { 2024 }, entry.Data["editions"]);
        Assert.Empty((int[])entry.Data["sampleCatalogueEditions"]);
        Assert.False(entry.Data.ContainsKey("lastReload"));
    }

    [Fact]
    public async Task Health_SampleCatalogue_IsDegradedNamingTheEdition()
    {
        await using var services = Services(_ => { });

        var entry = await CheckAsync(services);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal(new[] { 2024 }, entry.Data["sampleCatalogueEditions"]);
        Assert.Contains("sample catalogue", entry.Description, StringComparison.Ordinal);
        Assert.Contains("Ahx1X:CataloguePath", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_AfterARefusedReload_IsDegradedWithTheProblems_AndHealthyAgainAfterAGoodOne()
    {
        using var rules = new RulesCopy();
        var official = new Catalogue(RulePack.LoadEmbedded().For(2024).SampleCatalogue.Entries, isSample: false, "official.json");
        await using var services = Services(o =>
        {
            o.RulesFolder = rules.Path;
            o.Engine.Catalogue = official;
        });
        var provider = services.GetRequiredService<IPolicyEngineProvider>();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(services)).Status);

        // A window that ends before it starts.
        rules.SetSpringWindow("\"application\": { \"start\": \"2024-04-22\", \"end\": \"2024-04-02\" }");
        Assert.False(provider.Reload().Succeeded);
        var refused = await CheckAsync(services);

        Assert.Equal(HealthStatus.Degraded, refused.Status);
        Assert.Equal("refused", refused.Data["lastReload"]);
        Assert.Contains((string[])refused.Data["problems"], p => p.Contains(ProblemCodes.InconsistentParameters, StringComparison.Ordinal) && p.Contains("edition.json", StringComparison.Ordinal));
        Assert.Contains("refused", refused.Description, StringComparison.Ordinal);
        Assert.Equal(provider.Current.Pack.Fingerprint, refused.Data["fingerprint"]);

        File.Copy(Path.Combine(RulesCopy.Root, "rules", "2024", "edition.json"), Path.Combine(rules.Path, "2024", "edition.json"), overwrite: true);
        Assert.True(provider.Reload().Succeeded);
        var fixedAgain = await CheckAsync(services);

        Assert.Equal(HealthStatus.Healthy, fixedAgain.Status);
        Assert.Equal("succeeded", fixedAgain.Data["lastReload"]);
    }

    [Fact]
    public async Task Health_BrokenRulesFolder_IsTheFailureStatusNamingTheProblem()
    {
        using var rules = new RulesCopy();
        rules.SetSpringWindow("\"application\": { \"start\": \"2024-04-22\", \"end\": \"2024-04-02\" }");
        await using var services = Services(o => o.RulesFolder = rules.Path);

        var entry = await CheckAsync(services);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("No rule pack is loaded", entry.Description, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Action<Ahx1XRulesOptions> configure)
    {
        // HealthCheckService logs, so it needs logging, as every host registers.
        var services = new ServiceCollection().AddLogging().AddAhx1XRules(configure);
        services.AddHealthChecks().AddAhx1XRules();
        return services.BuildServiceProvider();
    }

    private static async Task<HealthReportEntry> CheckAsync(IServiceProvider services)
    {
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries[Ahx1XRulesHealthChecksBuilderExtensions.DefaultName];
    }
}
