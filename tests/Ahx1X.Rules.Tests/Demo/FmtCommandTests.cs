using System.Text.Json;

namespace Ahx1X.Rules.Tests.Demo;

public class FmtCommandTests
{
    [Fact]
    public void FmtCheck_ShippedRules_ExitsZero()
    {
        var run = ConsoleRun.Of("fmt", Repository.PathOf("rules"), "--check");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("every file is in canonical form", run.Output);
    }

    [Fact]
    public void FmtCheck_AFileOutOfForm_ExitsOneNamingIt_AndFmtFixesIt()
    {
        using var rules = Repository.CopyRules();
        var catalogue = Path.Combine(rules.Path, "2024", "catalogue.json");
        var original = File.ReadAllText(catalogue);
        File.WriteAllText(catalogue, original.Replace("\n  \"sample\": true,", "\n      \"sample\" :true ,"));

        var check = ConsoleRun.Of("fmt", rules.Path, "--check");
        var fix = ConsoleRun.Of("fmt", rules.Path);
        var again = ConsoleRun.Of("fmt", rules.Path, "--check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("catalogue.json: not in canonical form", check.Output);
        Assert.Equal(original, File.ReadAllText(catalogue));
        Assert.Equal(0, fix.ExitCode);
        Assert.Contains("catalogue.json: formatted", fix.Output);
        Assert.Equal(0, again.ExitCode);
    }

    [Fact]
    public void FmtFormatJson_ListsTheFiles_AndANonJsonFileIsAJsonProblemOnStandardError()
    {
        using var rules = Repository.CopyRules();
        File.WriteAllText(Path.Combine(rules.Path, "2024", "scenarios", "broken.json"), "{ \"year\": 2024 \"scenarios\": [] }");

        var run = ConsoleRun.Of("fmt", rules.Path, "--check", "--format", "json");

        Assert.Equal(2, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.True(report.RootElement.GetProperty("check").GetBoolean());
        Assert.Equal(JsonValueKind.Array, report.RootElement.GetProperty("files").ValueKind);
        var error = JsonDocument.Parse(Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal("AHX1001", error.GetProperty("code").GetString());
        Assert.EndsWith("broken.json", error.GetProperty("file").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Equal(16, error.GetProperty("column").GetInt32());
    }
}
