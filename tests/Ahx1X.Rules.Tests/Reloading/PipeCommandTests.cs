using Ahx1X.Rules.Reloading;
using Ahx1X.Rules.Tests.Demo;
using static Ahx1X.Rules.Tests.Reloading.RulesFolders;

namespace Ahx1X.Rules.Tests.Reloading;

/// <summary>The console's commands refuse a named pipe as bad input, naming it, instead of waiting on it.</summary>
public class PipeCommandTests
{
    private static readonly string Document = Repository.PathOf("samples/documents/applications-accepted.json");

    [Theory]
    [InlineData("evaluate")]
    [InlineData("batch")]
    public async Task Command_PipeAsDocument_ExitsTwoNamingIt(string command)
    {
        if (!IsUnix)
        {
            return;
        }

        using var folder = new TempFolder();
        var pipe = Path.Combine(folder.Path, "applications.json");
        MakePipe(pipe);

        var run = await Within(() => ConsoleRun.Of(command, pipe));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("applications.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("named pipe", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_PipeInTheRulesFolder_ExitsTwoNamingIt()
    {
        if (!IsUnix)
        {
            return;
        }

        using var rules = Repository.CopyRules();
        MakePipe(Path.Combine(rules.Path, "2024", "workflows", "pipe.json"));

        var run = await Within(() => ConsoleRun.Of("lint", rules.Path));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pipe.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_RulesFolderWithAPipe_ExitsTwoNamingIt()
    {
        if (!IsUnix)
        {
            return;
        }

        using var rules = Repository.CopyRules();
        MakePipe(Path.Combine(rules.Path, "2024", "workflows", "pipe.json"));

        var run = await Within(() => ConsoleRun.Of("evaluate", Document, "--rules", rules.Path));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pipe.json", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs the console on its own task, failing the test if it has not finished within the probe's patience.</summary>
    private static Task<ConsoleRun> Within(Func<ConsoleRun> run) => Task.Run(run).WaitAsync(ReloadProbe.Patience);
}
