using System.Net.Sockets;
using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Reloading;
using Ahx1X.Rules.Tests.Demo;
using static Ahx1X.Rules.Tests.Reloading.RulesFolders;

namespace Ahx1X.Rules.Tests.Reloading;

/// <summary>
/// A pipe, socket or device is refused as a problem naming it, never opened: opening a named
/// pipe waits for a writer that may never come. Each call runs on its own task and is given
/// <see cref="ReloadProbe.Patience"/>, so a regression fails the test instead of hanging the run.
/// </summary>
public class SpecialFileTests
{
    [Fact]
    public void LoadFromDirectory_PipeNamedJsonInWorkflows_IsRefusedNamingItNotWaitedOn()
    {
        if (!IsUnix)
        {
            return;
        }

        using var rules = Repository.CopyRules();
        MakePipe(Path.Combine(rules.Path, "2024", "workflows", "pipe.json"));

        var error = Assert.IsType<RulePackException>(Within(() => RulePack.LoadFromDirectory(rules.Path)));

        var problem = Assert.Single(error.Problems);
        Assert.EndsWith("pipe.json", problem.File, StringComparison.Ordinal);
        Assert.Contains("named pipe", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_PipeInTheFolder_IsReportedNotWaitedOn()
    {
        if (!IsUnix)
        {
            return;
        }

        using var rules = Repository.CopyRules();
        MakePipe(Path.Combine(rules.Path, "2024", "scenarios", "pipe.json"));

        var result = Assert.IsType<LintResult>(Within(() => RulesLinter.Lint(rules.Path)));

        Assert.Contains(result.Problems, p => p.File.EndsWith("pipe.json", StringComparison.Ordinal) && p.Message.Contains("named pipe", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadFromDirectory_SocketNamedJson_IsRefusedNamingIt()
    {
        if (!IsUnix)
        {
            return;
        }

        using var rules = Repository.CopyRules();
        var path = Path.Combine(rules.Path, "2024", "workflows", "socket.json");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var error = Assert.IsType<RulePackException>(Within(() => RulePack.LoadFromDirectory(rules.Path)));

        Assert.Contains(error.Problems, p => p.File.EndsWith("socket.json", StringComparison.Ordinal) && p.Message.Contains("a socket", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_PipeAsDocument_IsRefusedNotWaitedOn()
    {
        if (!IsUnix)
        {
            return;
        }

        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "applications.json");
        MakePipe(path);

        var error = Assert.IsType<DocumentException>(Within(() => Document.Load(path)));

        Assert.Contains("named pipe", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_PipeAddedToTheFolder_IsRefusedWhileTheOldPackServesThenRemovedAndLoaded()
    {
        if (!IsUnix)
        {
            return;
        }

        using var rules = Repository.CopyRules();
        using var engine = new ReloadingPolicyEngine(rules.Path, watch: true, watchOptions: new ReloadWatchOptions { SettleDelay = TimeSpan.FromMilliseconds(200) });
        using var probe = new ReloadProbe(engine);
        var serving = engine.Current.Pack.Fingerprint;
        var pipe = Path.Combine(rules.Path, "2024", "workflows", "pipe.json");

        MakePipe(pipe);
        var refused = probe.WaitFor(r => !r.Succeeded, "a refusal of the folder with a pipe in it");
        var direct = Assert.IsType<ReloadResult>(Within(engine.Reload));

        Assert.Contains(refused.Problems, p => p.File.EndsWith("pipe.json", StringComparison.Ordinal));
        Assert.False(direct.Succeeded);
        Assert.Equal(serving, engine.Current.Pack.Fingerprint);

        var seen = probe.Count;
        File.Delete(pipe);
        probe.WaitFor(r => r.Succeeded, "a reload once the pipe is gone", after: seen);
        Assert.Equal(serving, engine.Current.Pack.Fingerprint);
    }

    /// <summary>Returns what <paramref name="call"/> returns or throws, failing the test if it takes longer than the probe's patience.</summary>
    private static object Within(Func<object> call)
    {
        var task = Task.Run(() =>
        {
            try
            {
                return call();
            }
            catch (Exception ex) when (ex is RulePackException or DocumentException)
            {
                return ex;
            }
        });
        Assert.True(task.Wait(ReloadProbe.Patience), $"still waiting after {ReloadProbe.Patience.TotalSeconds} s: it blocked on the pipe");
        return task.Result;
    }
}
