using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Ahx1X.Rules.Hosting.Tests;

/// <summary>Options bound from configuration, and what a real host does with them when it starts.</summary>
public sealed class HostStartupTests : IDisposable
{
    private const string SampleWarning = "SampleCatalogue";

    // 35 candidates for B1-WEB: enough for the sample's minimum of 30, not for the official 50.
    private static readonly ApplicationRequest Request = Applications.ForWeb(candidates: 35, submittedOn: new LocalDate(2024, 3, 25));

    private readonly RulesCopy _rules = new();
    private readonly LogCollector _logs = new();

    public void Dispose()
    {
        _rules.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public void AddAhx1XRules_CataloguePathFromConfiguration_IsJudgedAgainst()
    {
        var path = OfficialCatalogue();
        var configuration = Configuration(("CataloguePath", path), ("Engine:Explain", "true"), ("Language", "English"));
        using var services = new ServiceCollection().AddAhx1XRules(configuration.GetSection(Ahx1XRulesOptions.SectionName)).BuildServiceProvider();

        var provider = services.GetRequiredService<IPolicyEngineProvider>();
        var result = provider.Current.Evaluate(Request);

        Assert.Equal(Catalogue.Load(path).Fingerprint, result.Receipt.CatalogueFingerprint);
        Assert.False(result.UsedSampleCatalogue);
        Assert.Contains(result.Findings, f => f.ClauseId == "SCALE-01");
        Assert.NotEmpty(result.Verdicts);
        Assert.Equal(Language.English, provider.Language);
    }

    [Fact]
    public void AddAhx1XRules_ConfigurationThenCode_CodeSeesAndOverridesTheBoundValues()
    {
        var configuration = Configuration(("RulesFolder", _rules.Path));
        string? seen = null;
        using var services = new ServiceCollection()
            .AddAhx1XRules(configuration.GetSection(Ahx1XRulesOptions.SectionName), o =>
            {
                seen = o.RulesFolder;
                o.Language = Language.English;
            })
            .BuildServiceProvider();

        var provider = services.GetRequiredService<IPolicyEngineProvider>();

        Assert.Equal(_rules.Path, seen);
        Assert.Equal(_rules.Path, provider.RulesFolder);
        Assert.Equal(Language.English, provider.Language);
    }

    [Fact]
    public void ConfigurationKeys_AreEveryOptionConfigurationCanSet()
    {
        Assert.Equal(
            ["CataloguePath", "Engine:Explain", "Language", "Reload", "RulesFolder"],
            ConfigurationKeysValidator.KeysOf(typeof(Ahx1XRulesOptions), "").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddAhx1XRules_PortalAppSettings_BindToTheDefaults()
    {
        // The portal sample's appsettings.json lists the keys with null values; null leaves each option at its default.
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(RulesCopy.Root, "samples", "Portal", "appsettings.json")).Build();
        using var services = new ServiceCollection().AddAhx1XRules(configuration.GetSection(Ahx1XRulesOptions.SectionName)).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<Ahx1XRulesOptions>>().Value;

        Assert.Null(options.RulesFolder);
        Assert.Null(options.CataloguePath);
        Assert.True(services.GetRequiredService<IPolicyEngineProvider>().Current.Evaluate(Request).UsedSampleCatalogue);
    }

    [Fact]
    public async Task Start_MissingCataloguePath_StopsTheHostNamingThePath()
    {
        var missing = Path.Combine(_rules.Path, "no-such-catalogue.json");
        using var host = Host(("CataloguePath", missing));

        var thrown = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(missing, Assert.Single(thrown.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BrokenCatalogue_StopsTheHostWithEveryLocatedProblem()
    {
        var path = Path.Combine(_rules.Path, "broken-catalogue.json");
        File.WriteAllText(path, """
            {
              "sample": false,
              "certificates": [
                { "code": "B1-WEB", "name": "Web前端开发职业技能等级证书", "batch": 101, "minimumCandidates": 50 },
                { "code": "B1-WEB", "name": "Web前端开发职业技能等级证书", "batch": 1, "colour": "red" }
              ]
            }
            """);
        using var host = Host(("CataloguePath", path));

        var thrown = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(3, thrown.Failures.Count());
        Assert.All(thrown.Failures, f => Assert.StartsWith($"CataloguePath: {path}:", f, StringComparison.Ordinal));
        Assert.Contains(thrown.Failures, f => f.Contains($"{path}:4:", StringComparison.Ordinal) && f.Contains("$.certificates[0].batch", StringComparison.Ordinal));
        Assert.Contains(thrown.Failures, f => f.Contains("colour", StringComparison.Ordinal));
        Assert.Contains(thrown.Failures, f => f.Contains(ProblemCodes.Duplicate, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_KeysNoOptionReads_StopTheHostSayingWhatToSet()
    {
        using var host = Host(("Catalogue", "catalogue.json"), ("RuleFolder", "rules"), ("Engine:Clock", "now"));

        var thrown = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(3, thrown.Failures.Count());
        Assert.Contains(thrown.Failures, f => f.Contains("Ahx1X:Catalogue ", StringComparison.Ordinal) && f.Contains("set CataloguePath", StringComparison.Ordinal));
        Assert.Contains(thrown.Failures, f => f.Contains("Ahx1X:RuleFolder ", StringComparison.Ordinal) && f.Contains("RulesFolder", StringComparison.Ordinal));
        Assert.Contains(thrown.Failures, f => f.Contains("Ahx1X:Engine:Clock ", StringComparison.Ordinal) && f.Contains("IClock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_BrokenPack_StopsTheHostBeforeAnyServiceStarts()
    {
        _rules.SetSpringWindow("\"application\": { \"start\": \"2024-04-22\", \"end\": \"2024-04-02\" }");
        var server = new StandInServer();
        using var host = Host([("RulesFolder", _rules.Path)], services => services.AddSingleton<IHostedService>(server));

        var thrown = await Assert.ThrowsAsync<RulePackException>(() => host.StartAsync());

        Assert.Contains(thrown.Problems, p => p.Code == ProblemCodes.InconsistentParameters);
        Assert.False(server.Started);
        Assert.Single(_logs.Entries, e => e.EventId.Name == "PackLoadFailed");
    }

    [Fact]
    public async Task Start_LoadsThePackBeforeAnythingResolvesIt()
    {
        using var host = Host(("RulesFolder", _rules.Path));

        await host.StartAsync();

        var loaded = Assert.Single(_logs.Entries, e => e.EventId.Name == "PackLoaded");
        Assert.Contains(_rules.Path, loaded.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_SampleCatalogue_LogsAWarning()
    {
        using var host = Host();

        await host.StartAsync();

        var warning = Assert.Single(_logs.Entries, e => e.EventId.Name == SampleWarning);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(Log.Category, warning.Category);
        Assert.Contains("SAMPLE", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2024", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Ahx1X:CataloguePath", warning.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_OfficialCatalogue_LogsNoSampleWarning()
    {
        using var host = Host(("CataloguePath", OfficialCatalogue()));

        await host.StartAsync();

        Assert.DoesNotContain(_logs.Entries, e => e.EventId.Name == SampleWarning);
        Assert.Single(_logs.Entries, e => e.EventId.Name == "PackLoaded");
        await host.StopAsync();
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"{Ahx1XRulesOptions.SectionName}:{s.Key}", s.Value)))
            .Build();

    private IHost Host(params (string Key, string? Value)[] settings) => Host(settings, _ => { });

    /// <summary>Builds a real host, with the options under <c>Ahx1X</c> in its configuration and the log collected.</summary>
    private IHost Host((string Key, string? Value)[] settings, Action<IServiceCollection> before)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(Configuration(settings));
        builder.Logging.AddProvider(_logs);
        before(builder.Services);
        builder.Services.AddAhx1XRules(builder.Configuration.GetSection(Ahx1XRulesOptions.SectionName));
        return builder.Build();
    }

    /// <summary>Writes the shipped catalogue as an official one with B1-WEB's minimum at 50.</summary>
    private string OfficialCatalogue()
    {
        var path = Path.Combine(_rules.Path, "official-catalogue.json");
        var text = File.ReadAllText(Path.Combine(_rules.Path, "2024", "catalogue.json"))
            .Replace("\"sample\": true", "\"sample\": false", StringComparison.Ordinal)
            .Replace("\"code\": \"B1-WEB\", \"name\": \"Web前端开发职业技能等级证书\", \"batch\": 1, \"minimumCandidates\": 30", "\"code\": \"B1-WEB\", \"name\": \"Web前端开发职业技能等级证书\", \"batch\": 1, \"minimumCandidates\": 50", StringComparison.Ordinal);
        Assert.Contains("\"minimumCandidates\": 50", text, StringComparison.Ordinal);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Stands for the web server: a hosted service registered before the rules, which must not start when they are broken.</summary>
    private sealed class StandInServer : IHostedService
    {
        public bool Started { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Started = true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
