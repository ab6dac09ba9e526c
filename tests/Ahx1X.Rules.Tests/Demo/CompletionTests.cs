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
