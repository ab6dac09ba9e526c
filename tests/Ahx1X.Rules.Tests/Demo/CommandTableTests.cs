using Ahx1X.Demo;
using Spectre.Console;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>A run builds only the command it names, and every name in the table is the name its command is created with.</summary>
public class CommandTableTests
{
    private static readonly IAnsiConsole Console = AnsiConsole.Create(new AnsiConsoleSettings());

    [Fact]
    public void EveryCommand_IsCreatedWithTheNameItIsListedBy()
    {
        var root = Cli.Build(Console, TextWriter.Null, null);

        Assert.Equal(Cli.Commands.Select(c => c.Name), root.Subcommands.Select(c => c.Name));
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("edition")]
    [InlineData("completion")]
    public void ACommandNamedFirst_IsTheOnlyOneBuilt(string name)
    {
        var root = Cli.Build(Console, TextWriter.Null, null, name);

        Assert.Equal([name], root.Subcommands.Select(c => c.Name));
    }

    [Theory]
    [InlineData("evalute")]
    [InlineData("--help")]
    [InlineData("[suggest:9]")]
    [InlineData(null)]
    public void AnyOtherFirstWord_BuildsEveryCommand(string? first)
    {
        var root = Cli.Build(Console, TextWriter.Null, null, first);

        Assert.Equal(Cli.Commands.Length, root.Subcommands.Count);
    }

    [Fact]
    public void RootHelp_StillListsEveryCommand()
    {
        var run = ConsoleRun.Of("--help", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Cli.Commands, c => Assert.Contains(c.Name, run.Output));
    }

}
