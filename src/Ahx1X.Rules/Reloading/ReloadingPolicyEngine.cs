using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Observability;
using Ahx1X.Rules.Packs;

namespace Ahx1X.Rules.Reloading;

/// <summary>
/// Serves a <see cref="PolicyEngine"/> over a rules folder that staff may change while it runs.
/// A reload builds, validates and compiles the new pack aside and swaps it in with one
/// reference write: an evaluation runs wholly on the old pack or wholly on the new one, and a
/// pack that cannot be loaded, for whatever reason, is refused while the old one keeps
/// serving. Each result's receipt names the pack it came from. Safe to share between threads.
/// </summary>
public sealed class ReloadingPolicyEngine : IDisposable
{
    private readonly string _folder;
    private readonly Func<CancellationToken, PolicyEngine> _load;
    private readonly bool _polls;

    // Held only to decide which reload's outcome stands; never across reading or compiling.
    private readonly Lock _deciding = new();
    private readonly FolderWatch? _watch;
    private PolicyEngine _current;
    private long _started;
    private long _decided;
    private string? _decidedSnapshot;

    /// <summary>Loads the rules folder and, when <paramref name="watch"/> is true, reloads it shortly after it changes.</summary>
    /// <param name="folder">The rules folder.</param>
    /// <param name="options">Options for every engine built; null for the defaults.</param>
    /// <param name="watch">Whether to reload when the folder changes.</param>
    /// <param name="watchOptions">How changes are noticed when <paramref name="watch"/> is true; null for the defaults.</param>
    /// <exception cref="RulePackException">The folder's rules cannot be loaded at start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The poll interval is neither positive nor infinite, or the settle delay is negative.</exception>
    public ReloadingPolicyEngine(string folder, PolicyEngineOptions? options = null, bool watch = false, ReloadWatchOptions? watchOptions = null)
        : this(folder, cancellationToken => new PolicyEngine(RulePack.LoadFromDirectory(folder, cancellationToken), options), watch ? watchOptions ?? new ReloadWatchOptions() : null)
    {
    }

    /// <param name="folder">The rules folder.</param>
    /// <param name="load">Loads the folder's rules; tests give one that fails as the real one never should.</param>
    /// <param name="watch">How changes are noticed; null to reload only when asked.</param>
    internal ReloadingPolicyEngine(string folder, Func<PolicyEngine> load, ReloadWatchOptions? watch)
        : this(folder, _ => load(), watch)
    {
    }

    private ReloadingPolicyEngine(string folder, Func<CancellationToken, PolicyEngine> load, ReloadWatchOptions? watch)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = folder;
        _load = load;
        _polls = watch is not null;
        _decidedSnapshot = _polls ? FolderWatch.Snapshot(folder) : null;
        _current = Attempt(CancellationToken.None, out var problems) ?? throw new RulePackException(problems);
        if (watch is not null)
        {
            _watch = new FolderWatch(folder, watch, () => Reload(), () => Volatile.Read(ref _decidedSnapshot));
        }
    }

    /// <summary>Raised after every reload, successful or refused.</summary>
    public event EventHandler<ReloadResult>? Reloaded;

    /// <summary>Gets the engine serving now. Take it once per evaluation, so one evaluation sees one pack.</summary>
    public PolicyEngine Current => Volatile.Read(ref _current);

    /// <summary>
    /// Reloads the rules folder now. On any problem, an unexpected exception included, the
    /// current pack keeps serving and the result says why. Reloads may overlap: the one
    /// started last decides, and one that finishes after it changes nothing.
    /// </summary>
    public ReloadResult Reload() => Reload(CancellationToken.None);

    /// <summary>
    /// Reloads the rules folder now, as <see cref="Reload()"/> does, stopping when
    /// <paramref name="cancellationToken"/> is cancelled: the current pack then keeps serving, nothing
    /// is swapped, <see cref="Reloaded"/> is not raised, and the exception tells the caller.
    /// </summary>
    /// <param name="cancellationToken">Stops the reload between files, editions and stages.</param>
    /// <returns>Whether the new pack is served, with every problem when it was refused.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ReloadResult Reload(CancellationToken cancellationToken)
    {
        var ticket = Interlocked.Increment(ref _started);
        var telemetry = ReloadTelemetry.Start();

        // Taken before the load reads, so a change in between differs from it at the next poll.
        var snapshot = _polls ? FolderWatch.Snapshot(_folder) : null;
        PolicyEngine? next;
        IReadOnlyList<Problem> problems;
        try
        {
            next = Attempt(cancellationToken, out problems);
        }
        catch (OperationCanceledException)
        {
            telemetry.Cancel();
            throw;
        }

        ReloadResult result;
        lock (_deciding)
        {
            if (ticket > _decided)
            {
                _decided = ticket;
                Volatile.Write(ref _decidedSnapshot, snapshot);
                if (next is not null)
                {
                    Volatile.Write(ref _current, next);
                }
            }

            result = new ReloadResult(next is not null, Current.Pack.Fingerprint, problems);
        }

        telemetry.Stop(result.Succeeded, result.Fingerprint, result.Problems.Count);
        Reloaded?.Invoke(this, result);
        return result;
    }

    /// <summary>Stops watching the folder.</summary>
    public void Dispose() => _watch?.Dispose();

    /// <summary>Returns the loaded and compiled engine, or null and every problem.</summary>
    private PolicyEngine? Attempt(CancellationToken cancellationToken, out IReadOnlyList<Problem> problems)
    {
        try
        {
            var next = _load(cancellationToken);
            next.Pack.Warm();
            problems = [];
            return next;
        }
        catch (RulePackException ex)
        {
            problems = ex.Problems;
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller stopped it: not a refused pack.
            throw;
        }
        catch (Exception ex) when (!Fatal.Is(ex))
        {
            // A defect in reading or compiling must not take down a process that serves a good pack.
            problems = [new Problem(ProblemCodes.Syntax, _folder, "", 0, 0, null,
                $"The rules could not be loaded: {ex.GetType().Name}: {ex.Message} The pack serving keeps serving. Undo the last change to the folder, and report this message with the files, as the loader should have named the problem.")];
            return null;
        }
    }
}
