using System.Text;
using Ahx1X.Demo;
using Spectre.Console;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary><c>lint --watch</c> and <c>test --watch</c> run again when a file in the folder changes, until cancelled.</summary>
public class WatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task LintWatch_RunsAgainWhenAFileChanges_AndEndsWithTheLastRunsExitCode()
    {
        using var rules = Repository.CopyRules();
        var workflow = Path.Combine(rules.Path, "2024", "workflows", "application.json");
        using var watch = new WatchRun("lint", rules.Path, "--watch");

        await watch.Until(o => o.Contains("watching", StringComparison.Ordinal));
        Assert.Contains("lint: no problems", watch.Output);
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace("\"Expression\": \"institution.FundingBudgeted == true\"", "\"Expresion\": \"institution.FundingBudgeted == true\"", StringComparison.Ordinal));
        await watch.Until(o => o.Contains("AHX1002", StringComparison.Ordinal));

        Assert.Equal(1, await watch.Stop());
        Assert.Contains("changed; running again", watch.Output);
    }

    [Fact]
    public async Task TestWatch_RunsTheScenariosAgain_AndGoesOnWhenTheRulesBreak()
    {
        using var rules = Repository.CopyRules();
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        using var watch = new WatchRun("test", rules.Path, "--watch", "--filter", "TIME-01");

        await watch.Until(o => o.Contains("watching", StringComparison.Ordinal));
        Assert.Contains(", 0 failed", watch.Output);
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("\"end\": \"2024-04-02\"", "\"end\": \"2024-04-01\"", StringComparison.Ordinal));
        await watch.Until(o => o.Contains("FAIL", StringComparison.Ordinal));

        Assert.Equal(1, await watch.Stop());
    }

    [Fact]
    public void LintWatch_OnAMissingFolder_RunsOnceAndExitsTwo()
    {
        var run = ConsoleRun.Of("lint", Path.Combine(Path.GetTempPath(), "no-such-rules-folder"), "--watch");

        Assert.Equal(2, run.ExitCode);
    }

    /// <summary>Runs the console on another thread, its output readable while it runs.</summary>
    private sealed class WatchRun : IDisposable
    {
        private readonly StringBuilder _output = new();
        private readonly CancellationTokenSource _cancel = new();
        private readonly Task<int> _run;
        private readonly TextWriter _writer;

        public WatchRun(params string[] args)
        {
            // A synchronized writer locks itself: Output takes the same lock to read.
            var writer = _writer = TextWriter.Synchronized(new StringWriter(_output));
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Out = new AnsiConsoleOutput(writer),
                Interactive = InteractionSupport.No,
            });
            console.Profile.Width = 200;
            _run = Task.Run(() => Cli.Run(args, console, TextWriter.Synchronized(new StringWriter()), null, null, _cancel.Token));
        }

        public string Output
        {
            get
            {
                lock (_writer)
                {
                    return _output.ToString();
                }
            }
        }

        /// <summary>Waits until the output satisfies <paramref name="condition"/>; a run that never gets there fails the test rather than hangs.</summary>
        public async Task Until(Func<string, bool> condition)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (!condition(Output))
            {
                Assert.False(_run.IsCompleted, "The watch ended early:\n" + Output);
                Assert.True(DateTime.UtcNow < deadline, "Not seen in the output:\n" + Output);
                await Task.Delay(50);
            }
        }

        public async Task<int> Stop()
        {
            await _cancel.CancelAsync();
            return await _run.WaitAsync(Patience);
        }

        public void Dispose()
        {
            _cancel.Cancel();
            _cancel.Dispose();
        }
    }
}
