using System.Diagnostics;
using Ahx1X.Rules.Reloading;

namespace Ahx1X.Rules.Tests.Reloading;

/// <summary>
/// Records every reload of an engine and waits, with a bound, for one that matches: a test
/// goes on as soon as the reload arrives and fails with a reason when none comes.
/// </summary>
internal sealed class ReloadProbe : IDisposable
{
    /// <summary>Long enough for a loaded two-core machine; a passing test waits only as long as the reload takes.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly ReloadingPolicyEngine _engine;
    private readonly List<ReloadResult> _results = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public ReloadProbe(ReloadingPolicyEngine engine)
    {
        _engine = engine;
        engine.Reloaded += OnReloaded;
    }

    /// <summary>Gets how many reloads have been seen so far.</summary>
    public int Count
    {
        get
        {
            lock (_results)
            {
                return _results.Count;
            }
        }
    }

    /// <summary>Waits until the engine serves the pack with <paramref name="fingerprint"/>.</summary>
    public void WaitForServing(string fingerprint, string what) =>
        WaitUntil(_ => _engine.Current.Pack.Fingerprint == fingerprint, what);

    /// <summary>Waits for a reload after the first <paramref name="after"/> that matches, and returns it.</summary>
    public ReloadResult WaitFor(Func<ReloadResult, bool> match, string what, int after = 0)
    {
        ReloadResult? found = null;
        WaitUntil(results => (found = results.Skip(after).FirstOrDefault(match)) is not null, what);
        return found!;
    }

    public void Dispose()
    {
        _engine.Reloaded -= OnReloaded;
        _arrived.Dispose();
    }

    private void WaitUntil(Func<IReadOnlyList<ReloadResult>, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            ReloadResult[] seen;
            lock (_results)
            {
                seen = [.. _results];
            }

            if (done(seen))
            {
                return;
            }

            var left = Patience - clock.Elapsed;
            if (left <= TimeSpan.Zero || !_arrived.Wait(left))
            {
                Assert.Fail($"{what}: not within {Patience.TotalSeconds} s. Reloads seen: {(seen.Length == 0 ? "none" : string.Join("; ", seen.Select(Describe)))}");
            }
        }
    }

    private static string Describe(ReloadResult result) =>
        result.Succeeded ? $"loaded {result.Fingerprint[..8]}" : "refused: " + string.Join(" | ", result.Problems);

    private void OnReloaded(object? sender, ReloadResult result)
    {
        lock (_results)
        {
            _results.Add(result);
        }

        _arrived.Release();
    }
}
