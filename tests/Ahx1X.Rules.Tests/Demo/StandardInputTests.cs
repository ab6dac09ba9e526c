namespace Ahx1X.Rules.Tests.Demo;

/// <summary><c>-</c> names standard input wherever a document is taken.</summary>
public class StandardInputTests
{
    [Fact]
    public void Evaluate_Dash_JudgesTheDocumentOnStandardInput()
    {
        var run = ConsoleRun.WithInput(File.ReadAllText(Repository.PathOf("samples/documents/applications-rejected.json")), "evaluate", "-", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"file\": \"<stdin>\"", run.Output);
        Assert.Contains("\"outcome\": \"rejected\"", run.Output);
    }

    [Fact]
    public void Batch_Dash_ABrokenDocument_IsLocatedAtStdin()
    {
        var run = ConsoleRun.WithInput("{ \"kind\": \"applications\",\n  \"institutions\": [ ", "batch", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ahx1x: <stdin>:", run.Error);
        Assert.Contains("AHX1001", run.Error);
    }

    [Fact]
    public void Evaluate_DashTwice_IsRefused()
    {
        var run = ConsoleRun.WithInput("{}", "evaluate", "-", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give - only once", run.Error);
    }

    [Fact]
    public void Evaluate_StandardInputNotUtf8_IsAProblem()
    {
        var output = new MemoryStream([0x7B, 0xFF, 0xFE, 0x7D]);

        var run = ConsoleRun.WithStream(() => output, "evaluate", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("<stdin>: AHX1001 The input is not UTF-8 text", run.Error);
    }
}
