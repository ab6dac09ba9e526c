using Ahx1X.Rules.Reloading;
using Ahx1X.Rules.Tests.Demo;
using static Ahx1X.Rules.Tests.Reloading.RulesFolders;

namespace Ahx1X.Rules.Tests.Reloading;

/// <summary>
/// Each way staff put a new pack in place is seen by a watching engine, and so is every edit
/// after it. Change events alone must see the first four (polling is off there); the poll is
/// what sees a link swapped further up the path, and a copy a reload landed in the middle of.
/// </summary>
public class DeployTests
{
    private static readonly ReloadWatchOptions EventsOnly = new() { PollInterval = Timeout.InfiniteTimeSpan, SettleDelay = TimeSpan.FromMilliseconds(200) };
    private static readonly ReloadWatchOptions Polling = new() { PollInterval = TimeSpan.FromSeconds(1), SettleDelay = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public void Watch_EditInPlace_IsServedAndSoIsTheNextEdit()
    {
        using var root = new TempFolder();
        var live = CopyRules(Path.Combine(root.Path, "live"));
        var (shipped, moved) = Fingerprints(root);
        using var engine = new ReloadingPolicyEngine(live, watch: true, watchOptions: EventsOnly);
        using var probe = new ReloadProbe(engine);

        Edit(live, SpringEnd, SpringEndMoved);
        probe.WaitForServing(moved, "the edited pack");

        Edit(live, SpringEndMoved, SpringEnd);
        probe.WaitForServing(shipped, "the pack edited back");
    }

    [Fact]
    public void Watch_FolderDeletedAndCopiedAgain_IsServedAndSoIsTheNextEdit()
    {
        using var root = new TempFolder();
        var live = CopyRules(Path.Combine(root.Path, "live"));
        var (shipped, moved) = Fingerprints(root);
        using var engine = new ReloadingPolicyEngine(live, watch: true, watchOptions: Polling);
        using var probe = new ReloadProbe(engine);

        Directory.Delete(live, recursive: true);
        CopyRules(live);
        Edit(live, SpringEnd, SpringEndMoved);
        probe.WaitForServing(moved, "the copied pack");

        Edit(live, SpringEndMoved, SpringEnd);
        probe.WaitForServing(shipped, "an edit in the copied folder");
    }

    [Fact]
    public void Watch_FolderMovedAsideAndNewOneMovedIn_IsServedAndSoIsTheNextEdit()
    {
        using var root = new TempFolder();
        var live = CopyRules(Path.Combine(root.Path, "live"));
        var staged = CopyRules(Path.Combine(root.Path, "new"));
        Edit(staged, SpringEnd, SpringEndMoved);
        var (shipped, moved) = Fingerprints(root);
        using var engine = new ReloadingPolicyEngine(live, watch: true, watchOptions: EventsOnly);
        using var probe = new ReloadProbe(engine);

        // mv live live.old && mv new live
        Directory.Move(live, Path.Combine(root.Path, "live.old"));
        Directory.Move(staged, live);
        probe.WaitForServing(moved, "the pack moved in");

        Edit(live, SpringEndMoved, SpringEnd);
        probe.WaitForServing(shipped, "an edit in the folder moved in");

        // The folder moved aside is no longer what the name holds: editing it is not served.
        Edit(Path.Combine(root.Path, "live.old"), SpringEnd, SpringEndMoved);
        Assert.True(engine.Reload().Succeeded);
        Assert.Equal(shipped, engine.Current.Pack.Fingerprint);
    }

    [Fact]
    public void Watch_SymbolicLinkSwappedToAnotherRelease_IsServedAndSoIsTheNextEdit()
    {
        if (!IsUnix)
        {
            return; // An atomic rename over a link is a Unix deploy.
        }

        using var root = new TempFolder();
        var first = CopyRules(Path.Combine(root.Path, "release-1"));
        var second = CopyRules(Path.Combine(root.Path, "release-2"));
        Edit(second, SpringEnd, SpringEndMoved);
        var (shipped, moved) = Fingerprints(root);
        var live = Path.Combine(root.Path, "live");
        Directory.CreateSymbolicLink(live, first);
        using var engine = new ReloadingPolicyEngine(live, watch: true, watchOptions: EventsOnly);
        using var probe = new ReloadProbe(engine);

        // ln -s release-2 live.next && mv -T live.next live
        Directory.CreateSymbolicLink(Path.Combine(root.Path, "live.next"), second);
        RenameOver(Path.Combine(root.Path, "live.next"), live);
        probe.WaitForServing(moved, "the release the link now names");

        Edit(second, SpringEndMoved, SpringEnd);
        probe.WaitForServing(shipped, "an edit in the release the link now names");
    }

    [Fact]
    public void Watch_LinkSwappedFurtherUpThePath_IsSeenByThePollAndSoIsTheNextEdit()
    {
        if (!IsUnix)
        {
            return;
        }

        // current -> releases/1, served from current/rules: no event names the folder when current moves.
        using var root = new TempFolder();
        CopyRules(Path.Combine(root.Path, "releases", "1", "rules"));
        var second = CopyRules(Path.Combine(root.Path, "releases", "2", "rules"));
        Edit(second, SpringEnd, SpringEndMoved);
        var shipped = FingerprintOf(Path.Combine(root.Path, "releases", "1", "rules"));
        var moved = FingerprintOf(second);
        var current = Path.Combine(root.Path, "current");
        Directory.CreateSymbolicLink(current, Path.Combine(root.Path, "releases", "1"));
        using var engine = new ReloadingPolicyEngine(Path.Combine(current, "rules"), watch: true, watchOptions: Polling);
        using var probe = new ReloadProbe(engine);

        Directory.CreateSymbolicLink(Path.Combine(root.Path, "current.next"), Path.Combine(root.Path, "releases", "2"));
        RenameOver(Path.Combine(root.Path, "current.next"), current);
        probe.WaitForServing(moved, "the release current now names");

        Edit(second, SpringEndMoved, SpringEnd);
        probe.WaitForServing(shipped, "an edit in the release current now names");
    }

    [Fact]
    public void Construct_PollIntervalZero_IsRefused()
    {
        using var rules = Repository.CopyRules();

        Assert.Throws<ArgumentOutOfRangeException>(() => new ReloadingPolicyEngine(rules.Path, watch: true, watchOptions: new ReloadWatchOptions { PollInterval = TimeSpan.Zero }));
    }

    /// <summary>Returns the fingerprints of the shipped pack and of the one with the spring window moved.</summary>
    private static (string Shipped, string Moved) Fingerprints(TempFolder root)
    {
        var probe = CopyRules(Path.Combine(root.Path, "fingerprints"));
        var shipped = FingerprintOf(probe);
        Edit(probe, SpringEnd, SpringEndMoved);
        var moved = FingerprintOf(probe);
        Directory.Delete(probe, recursive: true);
        return (shipped, moved);
    }
}
