using Ahx1X.Rules.Model;
using Ahx1X.Rules.Reloading;
using Ahx1X.Rules.Tests.Demo;
using NodaTime;

namespace Ahx1X.Rules.Tests.Evaluation;

public class ReloadTests
{
    private const string SpringEnd = "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-02\" }";
    private const string SpringEndMoved = "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-03\" }";

    // Submitted 04-03: TIME-01 fires under the shipped window and not under the moved one.
    private static readonly ApplicationRequest OnApril3 = TestData.Request(a => a with { SubmittedAt = Moment.FromDate(new LocalDate(2024, 4, 3)) });

    [Fact]
    public void Reload_ChangedWindow_IsServedAfterTheSwap()
    {
        using var rules = Repository.CopyRules();
        using var engine = new ReloadingPolicyEngine(rules.Path);
        var before = engine.Current.Evaluate(OnApril3);

        Edition(rules, SpringEnd, SpringEndMoved);
        var reload = engine.Reload();
        var after = engine.Current.Evaluate(OnApril3);

        Assert.True(reload.Succeeded);
        Assert.Contains(before.Findings, f => f.ClauseId == "TIME-01");
        Assert.DoesNotContain(after.Findings, f => f.ClauseId == "TIME-01");
        Assert.Equal(reload.Fingerprint, after.PackFingerprint);
        Assert.NotEqual(before.PackFingerprint, after.PackFingerprint);
    }

    [Fact]
    public void Reload_InvalidPack_IsRefusedAndTheOldOneKeepsServing()
    {
        using var rules = Repository.CopyRules();
        using var engine = new ReloadingPolicyEngine(rules.Path);
        var serving = engine.Current.Pack.Fingerprint;

        Edition(rules, SpringEnd, "\"application\": { \"start\": \"2024-04-22\", \"end\": \"2024-04-02\" }");
        var reload = engine.Reload();

        Assert.False(reload.Succeeded);
        Assert.Contains(reload.Problems, p => p.Code == ProblemCodes.InconsistentParameters);
        Assert.Equal(serving, reload.Fingerprint);
        Assert.Equal(serving, engine.Current.Pack.Fingerprint);
        Assert.Contains(engine.Current.Evaluate(OnApril3).Findings, f => f.ClauseId == "TIME-01");
    }

    [Fact]
    public async Task Reload_HundredTimesWhileFourThreadsEvaluate_NoMixedOrStaleResults()
    {
        using var rules = Repository.CopyRules();
        using var engine = new ReloadingPolicyEngine(rules.Path);
        var shipped = engine.Current.Pack.Fingerprint;
        Edition(rules, SpringEnd, SpringEndMoved);
        var moved = PolicyEngine.LoadFromDirectory(rules.Path).Pack.Fingerprint;
        Edition(rules, SpringEndMoved, SpringEnd);

        using var stop = new CancellationTokenSource();
        var mixed = 0;
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var evaluators = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var result = engine.Current.Evaluate(OnApril3);
                var fired = result.Findings.Any(f => f.ClauseId == "TIME-01");
                // Each result must be wholly one pack's: the shipped window fires TIME-01, the moved one does not.
                if ((result.PackFingerprint == shipped) != fired || (result.PackFingerprint != shipped && result.PackFingerprint != moved))
                {
                    Interlocked.Increment(ref mixed);
                }

                seen.AddOrUpdate(result.PackFingerprint, 1, (_, n) => n + 1);

                // Four busy threads on a small machine would starve the reloads this test waits for.
                Thread.Sleep(0);
            }
        })).ToArray();

        for (var i = 0; i < 100; i++)
        {
            Edition(rules, i % 2 == 0 ? SpringEnd : SpringEndMoved, i % 2 == 0 ? SpringEndMoved : SpringEnd);
            Assert.True(engine.Reload().Succeeded);
            var expected = i % 2 == 0 ? moved : shipped;
            Assert.Equal(expected, engine.Current.Pack.Fingerprint);
            Assert.Equal(expected, engine.Current.Evaluate(OnApril3).PackFingerprint);
        }

        stop.Cancel();
        await Task.WhenAll(evaluators);
        Assert.Equal(0, mixed);
        Assert.True(seen.ContainsKey(shipped) && seen.ContainsKey(moved));
    }

    [Fact]
    public void Watch_FileChanged_ReloadsByItself()
    {
        using var rules = Repository.CopyRules();
        using var engine = new ReloadingPolicyEngine(rules.Path, watch: true);
        using var reloaded = new ManualResetEventSlim();
        engine.Reloaded += (_, result) =>
        {
            if (result.Succeeded)
            {
                reloaded.Set();
            }
        };

        Edition(rules, SpringEnd, SpringEndMoved);

        Assert.True(reloaded.Wait(TimeSpan.FromSeconds(20)), "no reload within 20 s of the change");
        Assert.DoesNotContain(engine.Current.Evaluate(OnApril3).Findings, f => f.ClauseId == "TIME-01");
    }

    private static void Edition(TempFolder rules, string from, string to)
    {
        var path = Path.Combine(rules.Path, "2024", "edition.json");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
