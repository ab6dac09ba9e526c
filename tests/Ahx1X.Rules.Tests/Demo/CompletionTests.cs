namespace Ahx1X.Rules.Tests.Demo;

/// <summary>Shell completion: the scripts ask ahx1x through the [suggest] directive, which completes commands, options and their values.</summary>
public class CompletionTests
{
    [Theory]
    [InlineData("bash", "complete -o default -F _ahx1x_complete ahx1x")]
    [InlineData("zsh", "compdef _ahx1x_complete ahx1x")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName ahx1x")]
    public void Completion_PrintsAScriptForTheShell_ThatAsksTheSuggestDirective(string shell, string registers)
    {
        var run = ConsoleRun.Of("completion", shell);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(registers, run.Output);
        Assert.Contains("[suggest:", run.Output);
    }

    [Fact]
    public void Completion_AnotherShell_ExitsTwo() => Assert.Equal(2, ConsoleRun.Of("completion", "fish").ExitCode);

    [Theory]
    [InlineData("ahx1x li", "lint")]
    [InlineData("ahx1x lint --fo", "--format")]
    [InlineData("ahx1x lint --format ", "sarif")]
    [InlineData("ahx1x edition ", "new")]
    public void SuggestDirective_CompletesCommandsOptionsAndValues(string line, string suggestion)
    {
        var run = ConsoleRun.Of($"[suggest:{line.Length}]", line);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(suggestion, run.Output.Split('\n').Select(l => l.TrimEnd('\r')));
    }
}

/// <summary>The README walks through the year's work in the order it happens.</summary>
public class YearlyCycleReadmeTests
{
    [Fact]
    public void Readme_DocumentsTheYearsCommandsInOrder()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var section = readme[readme.IndexOf("## The yearly cycle", StringComparison.Ordinal)..readme.IndexOf("## Layout", StringComparison.Ordinal)];
        string[] steps = ["**New edition.**", "**Edit.**", "**fmt.**", "**lint.**", "**test.**", "**diff.**", "**Impact.**", "**Publish.**"];

        var at = steps.Select(s => section.IndexOf(s, StringComparison.Ordinal)).ToList();

        Assert.All(at, i => Assert.True(i >= 0));
        Assert.Equal(at.Order(), at);
        Assert.All(["edition new", "fmt", "lint", "test", "diff", "--on", "completion"], command => Assert.Contains($"ahx1x {command}".Replace("ahx1x --on", "--on", StringComparison.Ordinal), section, StringComparison.Ordinal));
    }
}
