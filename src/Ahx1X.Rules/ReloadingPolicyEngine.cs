using Ahx1X.Rules.Packs;

namespace Ahx1X.Rules;

/// <summary>Tells how a reload of the rules folder went.</summary>
/// <param name="Succeeded">True when the new pack was loaded and swapped in.</param>
/// <param name="Fingerprint">The fingerprint of the pack serving after the reload (the old one when it failed).</param>
/// <param name="Problems">Why the new pack was refused; empty on success.</param>
public sealed record ReloadResult(bool Succeeded, string Fingerprint, IReadOnlyList<Problem> Problems);

/// <summary>
/// Serves a <see cref="PolicyEngine"/> over a rules folder that staff may change while it runs.
/// A reload builds, validates and compiles the new pack aside and swaps it in with one
/// reference write: an evaluation runs wholly on the old pack or wholly on the new one, and an
/// invalid pack is refused while the old one keeps serving. Each result's receipt names the
/// pack it came from. Safe to share between threads.
/// </summary>
public sealed class ReloadingPolicyEngine : IDisposable
{
    private readonly string _folder;
    private readonly PolicyEngineOptions? _options;
    private readonly Lock _reloading = new();
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _debounce;
    private PolicyEngine _current;

    /// <summary>Loads the rules folder and, when <paramref name="watch"/> is true, reloads it shortly after its files change.</summary>
    /// <param name="folder">The rules folder.</param>
    /// <param name="options">Options for every engine built; null for the defaults.</param>
    /// <param name="watch">Whether to reload when files in the folder change.</param>
    /// <exception cref="RulePackException">The folder's rules cannot be loaded at start.</exception>
    public ReloadingPolicyEngine(string folder, PolicyEngineOptions? options = null, bool watch = false)
    {
        _folder = folder;
        _options = options;
        _current = PolicyEngine.LoadFromDirectory(folder, options);
        _current.Pack.Warm();
        if (watch)
        {
            // Editors write a file in several steps; wait for the folder to settle before reloading.
            _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
            _watcher = new FileSystemWatcher(Path.GetFullPath(folder)) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            _watcher.Changed += (_, _) => _debounce.Change(500, Timeout.Infinite);
            _watcher.Created += (_, _) => _debounce.Change(500, Timeout.Infinite);
            _watcher.Deleted += (_, _) => _debounce.Change(500, Timeout.Infinite);
            _watcher.Renamed += (_, _) => _debounce.Change(500, Timeout.Infinite);
        }
    }

    /// <summary>Raised after every reload, successful or refused.</summary>
    public event EventHandler<ReloadResult>? Reloaded;

    /// <summary>Gets the engine serving now. Take it once per evaluation, so one evaluation sees one pack.</summary>
    public PolicyEngine Current => Volatile.Read(ref _current);

    /// <summary>Reloads the rules folder now; on any problem the current pack keeps serving.</summary>
    public ReloadResult Reload()
    {
        ReloadResult result;
        lock (_reloading)
        {
            try
            {
                var next = PolicyEngine.LoadFromDirectory(_folder, _options);
                next.Pack.Warm();
                Volatile.Write(ref _current, next);
                result = new ReloadResult(true, next.Pack.Fingerprint, []);
            }
            catch (RulePackException ex)
            {
                result = new ReloadResult(false, Current.Pack.Fingerprint, ex.Problems);
            }
        }

        Reloaded?.Invoke(this, result);
        return result;
    }

    /// <summary>Stops watching the folder.</summary>
    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }
}
