using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Ahx1X.Rules.Hosting.Tests;

public class Ahx1XRulesServiceCollectionExtensionsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    // 23 candidates for a minimum of 30 (SCALE-01); submitted 2024-04-03, a day after the shipped spring window (TIME-01).
    private static readonly ApplicationRequest Request = Applications.ForWeb(candidates: 23, submittedOn: new LocalDate(2024, 4, 3));

    [Fact]
    public void AddAhx1XRules_NoFolder_ServesTheEmbeddedPackAsOneSingleton()
    {
        using var services = new ServiceCollection().AddAhx1XRules().BuildServiceProvider();

        var provider = services.GetRequiredService<IPolicyEngineProvider>();
        var engine = services.GetRequiredService<PolicyEngine>();

        Assert.Same(provider, services.GetRequiredService<IPolicyEngineProvider>());
        Assert.Same(provider.Current, engine);
        Assert.Null(provider.RulesFolder);
        Assert.Equal(Language.Chinese, provider.Language);
        Assert.Equal(RulePack.LoadEmbedded().Fingerprint, engine.Pack.Fingerprint);
        var result = engine.Evaluate(Request);
        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Contains(result.Findings, f => f.ClauseId == "SCALE-01");
    }

    [Fact]
    public void AddAhx1XRules_ClockInTheContainer_StampsReceiptsWithItsDate()
    {
        // 2024-03-25 20:00 UTC is already 2024-03-26 in Asia/Shanghai.
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 25, 20, 0));
        using var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddAhx1XRules()
            .BuildServiceProvider();

        var result = services.GetRequiredService<PolicyEngine>().Evaluate(Request);

        Assert.Equal(new LocalDate(2024, 3, 26), result.Receipt.AsOf);
    }

    [Fact]
    public void AddAhx1XRules_NoClockInTheContainer_ReceiptsCarryNoDate()
    {
        using var services = new ServiceCollection().AddAhx1XRules().BuildServiceProvider();

        Assert.Null(services.GetRequiredService<PolicyEngine>().Evaluate(Request).Receipt.AsOf);
    }

    [Fact]
    public void AddAhx1XRules_Catalogue_IsTheOneJudgedAgainst()
    {
        var catalogue = RulePack.LoadEmbedded().For(2024).SampleCatalogue;
        using var services = new ServiceCollection().AddAhx1XRules(o => o.Engine.Catalogue = catalogue).BuildServiceProvider();

        Assert.Same(catalogue, services.GetRequiredService<PolicyEngine>().CatalogueFor(2024));
    }

    [Fact]
    public void AddAhx1XRules_Explain_ResultsCarryEveryRulesVerdict()
    {
        using var plain = new ServiceCollection().AddAhx1XRules().BuildServiceProvider();
        using var explained = new ServiceCollection().AddAhx1XRules(o => o.Engine.Explain = true).BuildServiceProvider();

        var result = explained.GetRequiredService<PolicyEngine>().Evaluate(Request);

        Assert.Empty(plain.GetRequiredService<PolicyEngine>().Evaluate(Request).Verdicts);
        Assert.Equal(result.ClausesEvaluated.Order(), result.Verdicts.Select(v => v.ClauseId).Distinct().Order());
    }

    [Fact]
    public void AddAhx1XRules_Folder_LoadsItAndLogsTheLoad()
    {
        using var rules = new RulesCopy();
        using var logs = new LogCollector();
        using var services = Services(rules.Path, logs, reload: false, language: Language.English);

        var provider = services.GetRequiredService<IPolicyEngineProvider>();

        Assert.Equal(rules.Path, provider.RulesFolder);
        Assert.Equal(Language.English, provider.Language);
        Assert.Equal(PolicyEngine.LoadFromDirectory(rules.Path).Pack.Fingerprint, provider.Current.Pack.Fingerprint);
        var loaded = Assert.Single(logs.Entries, e => e.EventId.Name == "PackLoaded");
        Assert.Equal("Ahx1X.Rules", loaded.Category);
        Assert.Equal(LogLevel.Information, loaded.Level);
        Assert.Contains(rules.Path, loaded.Message, StringComparison.Ordinal);
        Assert.Contains(provider.Current.Pack.Fingerprint, loaded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_Cancelled_ThrowsAndKeepsServingWithNothingLogged()
    {
        using var rules = new RulesCopy();
        using var logs = new LogCollector();
        using var services = Services(rules.Path, logs, reload: false);
        var provider = services.GetRequiredService<IPolicyEngineProvider>();
        var serving = provider.Current;
        rules.SetSpringWindow("\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-03-31\" }");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => provider.Reload(cancelled.Token));

        Assert.Same(serving, provider.Current);
        Assert.DoesNotContain(logs.Entries, e => e.EventId.Name is "PackReloaded" or "PackRefused");
    }

    [Fact]
    public void Reload_InvalidPack_IsRefusedAndLoggedWithItsProblems()
    {
        using var rules = new RulesCopy();
        using var logs = new LogCollector();
        using var services = Services(rules.Path, logs, reload: false);
        var provider = services.GetRequiredService<IPolicyEngineProvider>();
        var serving = provider.Current.Pack.Fingerprint;

        // A window that ends before it starts.
        rules.SetSpringWindow("\"application\": { \"start\": \"2024-04-22\", \"end\": \"2024-04-02\" }");
        var reload = provider.Reload();

        Assert.False(reload.Succeeded);
        Assert.Equal(serving, services.GetRequiredService<PolicyEngine>().Pack.Fingerprint);
        var refused = Assert.Single(logs.Entries, e => e.EventId.Name == "PackRefused");
        Assert.Equal(LogLevel.Warning, refused.Level);
        Assert.Contains(ProblemCodes.InconsistentParameters, refused.Message, StringComparison.Ordinal);
        Assert.Contains("edition.json", refused.Message, StringComparison.Ordinal);
        Assert.Contains(serving, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_True_ServesAChangedFolderAndLogsTheReload()
    {
        using var rules = new RulesCopy();
        using var logs = new LogCollector();
        using var services = Services(rules.Path, logs, reload: true);
        var provider = services.GetRequiredService<IPolicyEngineProvider>();
        Assert.Contains(provider.Current.Evaluate(Request).Findings, f => f.ClauseId == "TIME-01");

        // The spring window now takes 2024-04-03.
        rules.SetSpringWindow("\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-03\" }");
        var reloaded = logs.WaitFor(e => e.EventId.Name == "PackReloaded", Patience);

        Assert.Contains(provider.Current.Pack.Fingerprint, reloaded.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(services.GetRequiredService<PolicyEngine>().Evaluate(Request).Findings, f => f.ClauseId == "TIME-01");
    }

    [Fact]
    public void Reload_True_BrokenChangeIsRefusedAndLoggedWhileTheOldPackServes()
    {
        using var rules = new RulesCopy();
        using var logs = new LogCollector();
        using var services = Services(rules.Path, logs, reload: true);
        var serving = services.GetRequiredService<IPolicyEngineProvider>().Current.Pack.Fingerprint;

        rules.SetSpringWindow("\"application\": { \"start\": \"2024-04-22\", \"end\": \"2024-04-02\" }");
        var refused = logs.WaitFor(e => e.EventId.Name == "PackRefused", Patience);

        Assert.Contains(ProblemCodes.InconsistentParameters, refused.Message, StringComparison.Ordinal);
        Assert.Equal(serving, services.GetRequiredService<PolicyEngine>().Pack.Fingerprint);
    }

    [Fact]
    public void AddAhx1XRules_BrokenFolderAtStart_LogsEveryProblemAndThrows()
    {
        using var rules = new RulesCopy();
        rules.SetSpringWindow("\"application\": { \"start\": \"2024-04-22\", \"end\": \"2024-04-02\" }");
        using var logs = new LogCollector();
        using var services = Services(rules.Path, logs, reload: false);

        var thrown = Assert.Throws<RulePackException>(() => services.GetRequiredService<IPolicyEngineProvider>());

        var failed = Assert.Single(logs.Entries, e => e.EventId.Name == "PackLoadFailed");
        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.All(thrown.Problems, p => Assert.Contains(p.Message, failed.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AddAhx1XRules_InvalidOptions_ListsEveryProblemAtOnce()
    {
        using var services = new ServiceCollection()
            .AddAhx1XRules(o =>
            {
                o.Reload = true;
                o.Language = (Language)7;
            })
            .BuildServiceProvider();

        var thrown = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IPolicyEngineProvider>());

        Assert.Equal(2, thrown.Failures.Count());
        Assert.Contains(thrown.Failures, f => f.Contains("RulesFolder is not set", StringComparison.Ordinal));
        Assert.Contains(thrown.Failures, f => f.Contains("Language 7", StringComparison.Ordinal));
    }

    [Fact]
    public void AddAhx1XRules_MissingFolder_IsAnOptionsProblemNamingThePath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ahx1x-no-such-folder-" + Guid.NewGuid().ToString("N"));
        using var services = new ServiceCollection().AddAhx1XRules(o => o.RulesFolder = missing).BuildServiceProvider();

        var thrown = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<PolicyEngine>());

        Assert.Contains(missing, Assert.Single(thrown.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_EmbeddedPack_ThrowsSayingWhatToSet()
    {
        using var services = new ServiceCollection().AddAhx1XRules().BuildServiceProvider();

        var thrown = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IPolicyEngineProvider>().Reload());

        Assert.Contains("RulesFolder", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAhx1XRules_CalledTwice_RegistersOneProvider()
    {
        var collection = new ServiceCollection().AddAhx1XRules().AddAhx1XRules(o => o.Language = Language.English);

        Assert.Single(collection, d => d.ServiceType == typeof(IPolicyEngineProvider));
        using var services = collection.BuildServiceProvider();
        Assert.Equal(Language.English, services.GetRequiredService<IPolicyEngineProvider>().Language);
    }

    private static ServiceProvider Services(string folder, LogCollector logs, bool reload, Language language = Language.Chinese) =>
        new ServiceCollection()
            .AddLogging(builder => builder.AddProvider(logs))
            .AddAhx1XRules(o =>
            {
                o.RulesFolder = folder;
                o.Reload = reload;
                o.Language = language;
            })
            .BuildServiceProvider();
}
