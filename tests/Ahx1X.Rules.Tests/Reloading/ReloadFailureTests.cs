using Ahx1X.Rules.Reloading;
using Ahx1X.Rules.Tests.Demo;
using static Ahx1X.Rules.Tests.Reloading.RulesFolders;

namespace Ahx1X.Rules.Tests.Reloading;

/// <summary>
/// A reload that fails in a way the loader did not foresee is refused like any broken pack,
/// on the caller's thread and on the watcher's, and one reload that is slow to read never
/// holds up another.
/// </summary>
public class ReloadFailureTests
{
    private static readonly ReloadWatchOptions Quick = new() { PollInterval = Timeout.InfiniteTimeSpan, SettleDelay = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public void Reload_LoaderThrowsAnUnforeseenException_IsRefusedAndTheOldPackServes()
    {
        using var rules = Repository.CopyRules();
        using var engine = new ReloadingPolicyEngine(rules.Path, FailingAfterFirst(rules.Path), null);
        var serving = engine.Current;

        var result = engine.Reload();

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(rules.Path, problem.File);
        Assert.Contains("IndexOutOfRangeException", problem.Message, StringComparison.Ordinal);
        Assert.Equal(serving.Pack.Fingerprint, result.Fingerprint);
        Assert.Same(serving, engine.Current);
    }

    [Fact]
    public void Construct_LoaderThrowsAnUnforeseenException_ThrowsRulePackExceptionSayingWhat()
    {
        using var rules = Repository.CopyRules();

        var error = Assert.Throws<RulePackException>(() => new ReloadingPolicyEngine(rules.Path, () => throw new FormatException("bad text"), null));

        Assert.Contains("FormatException: bad text", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_LoaderThrowsOnTheWatcherThread_IsRefusedAndTheProcessGoesOn()
    {
        using var rules = Repository.CopyRules();
        using var engine = new ReloadingPolicyEngine(rules.Path, FailingAfterFirst(rules.Path), Quick);
        using var probe = new ReloadProbe(engine);
        var serving = engine.Current;

        Edit(rules.Path, SpringEnd, SpringEndMoved);
        var refused = probe.WaitFor(r => !r.Succeeded, "a refusal on the watcher's thread");

        Assert.Contains("IndexOutOfRangeException", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
        Assert.Same(serving, engine.Current);
    }

    [Fact]
    public void Watch_ReloadedHandlerThrows_TheWatcherGoesOnReloading()
    {
        using var rules = Repository.CopyRules();
        using var engine = new ReloadingPolicyEngine(rules.Path, watch: true, watchOptions: Quick);
        using var probe = new ReloadProbe(engine);
        engine.Reloaded += (_, _) => throw new InvalidOperationException("a handler's own defect");

        Edit(rules.Path, SpringEnd, SpringEndMoved);
        probe.WaitFor(r => r.Succeeded, "the first reload");
        var seen = probe.Count;
        Edit(rules.Path, SpringEndMoved, SpringEnd);

        // The handler threw on the watcher's thread after the first reload; a second one still comes.
        probe.WaitFor(r => r.Succeeded, "a reload after the handler threw", after: seen);
        Assert.Equal(FingerprintOf(rules.Path), engine.Current.Pack.Fingerprint);
    }

    [Fact]
    public async Task Reload_WhileAnEarlierReloadIsBlockedReading_CompletesAndTheLaterPackStands()
    {
        using var rules = Repository.CopyRules();
        var initial = PolicyEngine.LoadFromDirectory(rules.Path);
        var earlier = PolicyEngine.LoadFromDirectory(rules.Path);
        var later = PolicyEngine.LoadFromDirectory(rules.Path);
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var calls = 0;
        PolicyEngine Load()
        {
            switch (Interlocked.Increment(ref calls))
            {
                case 1:
                    return initial;
                case 2:
                    entered.Set();
                    release.Wait();
                    return earlier;
                default:
                    return later;
            }
        }

        using var engine = new ReloadingPolicyEngine(rules.Path, Load, null);
        var blocked = Task.Run(engine.Reload);
        Assert.True(entered.Wait(ReloadProbe.Patience), "the first reload never started loading");

        ReloadResult second;
        try
        {
            // Times out if it waits for the blocked one.
            second = await Task.Run(engine.Reload).WaitAsync(ReloadProbe.Patience);
        }
        finally
        {
            release.Set();
        }

        Assert.True(second.Succeeded);
        Assert.Same(later, engine.Current);
        var first = await blocked.WaitAsync(ReloadProbe.Patience);
        Assert.True(first.Succeeded);
        Assert.Same(later, engine.Current);
        Assert.Equal(later.Pack.Fingerprint, first.Fingerprint);
    }

    /// <summary>Returns a loader that loads the folder once, then throws as a third-party parser might.</summary>
    private static Func<PolicyEngine> FailingAfterFirst(string folder)
    {
        var calls = 0;
        return () => Interlocked.Increment(ref calls) == 1
            ? PolicyEngine.LoadFromDirectory(folder)
            : throw new IndexOutOfRangeException("Index was outside the bounds of the array.");
    }
}
