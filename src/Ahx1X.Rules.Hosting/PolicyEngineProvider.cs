using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Reloading;
using Ahx1X.Rules.Results;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Ahx1X.Rules.Hosting;

/// <summary>Serves the embedded pack, or a rules folder through a <see cref="ReloadingPolicyEngine"/>, and logs what happens to it.</summary>
internal sealed class PolicyEngineProvider : IPolicyEngineProvider, IDisposable
{
    private const string EmbeddedSource = "embedded in Ahx1X.Rules";
    private readonly PolicyEngine? _embedded;
    private readonly ReloadingPolicyEngine? _reloading;
    private readonly ILogger _logger;
    private ReloadResult? _lastReload;

    /// <exception cref="RulePackException">The rules cannot be loaded; the problems are logged first.</exception>
    /// <exception cref="DocumentException">The catalogue file cannot be loaded; the problems are logged first.</exception>
    public PolicyEngineProvider(Ahx1XRulesOptions options, IClock? clock, ILogger logger)
    {
        _logger = logger;
        Language = options.Language;

        // A copy: the engines of every reload take these, whatever later becomes of the options object.
        var engineOptions = new PolicyEngineOptions
        {
            Catalogue = options.CataloguePath is { } path ? LoadCatalogue(path) : options.Engine.Catalogue,
            Clock = options.Engine.Clock ?? clock,
            Explain = options.Engine.Explain,
        };
        RulesFolder = options.RulesFolder is { } folder ? Path.GetFullPath(folder) : null;
        var source = RulesFolder ?? EmbeddedSource;
        try
        {
            if (RulesFolder is null)
            {
                _embedded = PolicyEngine.LoadEmbedded(engineOptions);

                // Compile every rule now, as ReloadingPolicyEngine does, so the first request is not the slow one.
                _embedded.Pack.Warm();
            }
            else
            {
                _reloading = new ReloadingPolicyEngine(RulesFolder, engineOptions, watch: options.Reload);
                _reloading.Reloaded += OnReloaded;
            }
        }
        catch (RulePackException ex)
        {
            Log.PackLoadFailed(_logger, source, ex.Problems.Count, Log.Lines(ex.Problems));
            throw;
        }

        var pack = Current.Pack;
        Log.PackLoaded(_logger, source, string.Join(", ", pack.Editions.Select(e => e.Year)), pack.Fingerprint);
        var sample = pack.Editions.Where(e => Current.CatalogueFor(e.Year).IsSample).ToArray();
        if (sample.Length > 0)
        {
            Log.SampleCatalogue(_logger, Current.CatalogueFor(sample[0].Year).Source, string.Join(", ", sample.Select(e => e.Year)));
        }
    }

    public PolicyEngine Current => _reloading?.Current ?? _embedded!;

    public Language Language { get; }

    public string? RulesFolder { get; }

    /// <summary>Gets how the last reload went, or null before any; the health check reads it.</summary>
    public ReloadResult? LastReload => Volatile.Read(ref _lastReload);

    public ReloadResult Reload() => Reload(CancellationToken.None);

    public ReloadResult Reload(CancellationToken cancellationToken) =>
        _reloading?.Reload(cancellationToken)
        ?? throw new InvalidOperationException("The embedded rule pack is served, so there is no folder to reload; set Ahx1XRulesOptions.RulesFolder to serve a rules folder.");

    public void Dispose()
    {
        if (_reloading is not null)
        {
            _reloading.Reloaded -= OnReloaded;
            _reloading.Dispose();
        }
    }

    private Catalogue LoadCatalogue(string path)
    {
        try
        {
            return Catalogue.Load(path);
        }
        catch (DocumentException ex)
        {
            Log.CatalogueLoadFailed(_logger, path, ex.Problems.Count, Log.Lines(ex.Problems));
            throw;
        }
    }

    private void OnReloaded(object? sender, ReloadResult result)
    {
        Volatile.Write(ref _lastReload, result);
        if (result.Succeeded)
        {
            Log.PackReloaded(_logger, RulesFolder!, result.Fingerprint);
        }
        else
        {
            Log.PackRefused(_logger, RulesFolder!, result.Fingerprint, result.Problems.Count, Log.Lines(result.Problems));
        }
    }
}
