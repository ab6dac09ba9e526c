using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Reloading;

namespace Ahx1X.Rules.Tests.Reloading;

/// <summary>Loading a rules folder and reloading it stop when their token is cancelled; the pack serving keeps serving.</summary>
public class CancellationTests
{
    private static readonly string Rules = Demo.Repository.PathOf("rules");

    [Fact]
    public void LoadFromDirectory_Cancelled_ThrowsAndLoadsNothing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => RulePack.LoadFromDirectory(Rules, cancelled.Token));
    }

    [Fact]
    public void LoadFromDirectory_NotCancelled_IsThePackWithoutAToken()
    {
        Assert.Equal(RulePack.LoadFromDirectory(Rules).Fingerprint, RulePack.LoadFromDirectory(Rules, CancellationToken.None).Fingerprint);
    }

    [Fact]
    public void Reload_Cancelled_ThrowsKeepsServingAndRaisesNoReloaded()
    {
        using var engine = new ReloadingPolicyEngine(Rules);
        var serving = engine.Current;
        var raised = 0;
        engine.Reloaded += (_, _) => raised++;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Reload(cancelled.Token));

        Assert.Same(serving, engine.Current);
        Assert.Equal(0, raised);
        Assert.True(engine.Reload(CancellationToken.None).Succeeded);
        Assert.Equal(1, raised);
    }
}
