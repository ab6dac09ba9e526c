using Ahx1X.Demo;
using Ahx1X.Demo.Output;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>
/// With the built-in pack loading from the start, <c>evaluate</c> reads its documents and lays out a
/// table on the first thread while the pack's thread builds the engine and judges the first record
/// once: what it prints, and in what order it reports problems, stay as they are when the pack is
/// loaded at its use, whatever stops the first record.
/// </summary>
[Collection(EmbeddedPackCollection.Name)]
public class EarlyReadingTests
{
    [Theory]
    [InlineData("table", "en")]
    [InlineData("table", "zh")]
    [InlineData("json", "en")]
    public void AJudgedDocument_PrintsTheSame_WithThePackLoadingEarly(string format, string language)
    {
        string[] args = ["evaluate", Repository.PathOf("samples/documents/applications-rejected.json"), "--format", format, "--lang", language];

        var atUse = ConsoleRun.Of(args);
        var early = Early(args);

        Assert.Equal(atUse, early);
        Assert.Equal(ExitCodes.Findings, early.ExitCode);
    }

    [Fact]
    public void AMissingDocument_IsReportedAsBefore()
    {
        string[] args = ["evaluate", Path.Combine(Path.GetTempPath(), "ahx1x-no-such-document.json")];

        var early = Early(args);

        Assert.Equal(ConsoleRun.Of(args), early);
        Assert.Equal(ExitCodes.BadInput, early.ExitCode);
        Assert.Contains("No such file or folder", early.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentWithNoRecord_IsReportedAsBefore()
    {
        using var input = new TempFolder();
        var empty = input.Write("empty.json", """{ "kind": "applications", "applications": [] }""");
        string[] args = ["evaluate", empty];

        var early = Early(args);

        Assert.Equal(ConsoleRun.Of(args), early);
        Assert.Equal(ExitCodes.BadInput, early.ExitCode);
    }

    [Fact]
    public void ABadCatalogue_IsReportedBeforeABadDocument()
    {
        using var input = new TempFolder();
        var catalogue = input.Write("catalogue.json", "{ not json");
        string[] args = ["evaluate", Path.Combine(input.Path, "missing.json"), "--catalogue", catalogue];

        var early = Early(args);

        Assert.Equal(ConsoleRun.Of(args), early);
        Assert.Equal(ExitCodes.BadInput, early.ExitCode);
        Assert.Contains("catalogue.json", early.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("missing.json", early.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFirstRecordNoEditionCovers_IsReportedTheSame_WithThePackLoadingEarly()
    {
        using var input = new TempFolder();
        var sample = File.ReadAllText(Repository.PathOf("samples/documents/applications-accepted.json"));
        var at = sample.IndexOf("\"year\": 2024", StringComparison.Ordinal);
        var file = input.Write("first.json", string.Concat(sample.AsSpan(0, at), "\"year\": 2025", sample.AsSpan(at + "\"year\": 2024".Length)));
        string[] args = ["evaluate", file];

        var early = Early(args);

        Assert.Equal(ConsoleRun.Of(args), early);
        Assert.Equal(ExitCodes.BadInput, early.ExitCode);
        Assert.Contains("[ACC-01] No rule edition covers the year 2025", early.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ACC-02", early.Error, StringComparison.Ordinal);
        Assert.Contains("ACC-02", early.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AFirstRecordInACityTheEditionDoesNotList_RefusesTheRunTheSame_WithThePackLoadingEarly()
    {
        using var input = new TempFolder();
        var document = JObject.Parse(File.ReadAllText(Repository.PathOf("samples/documents/applications-accepted.json")));
        var institutions = (JArray)document["institutions"]!;
        var elsewhere = (JObject)institutions[0].DeepClone();
        elsewhere["name"] = "上海示范职业技术学院";
        elsewhere["city"] = "上海";
        elsewhere["applications"] = new JArray(((JArray)elsewhere["applications"]!)[0]);
        elsewhere["applications"]![0]!["id"] = "SH-01";
        institutions.Insert(0, elsewhere);
        var file = input.Write("first.json", document.ToString());
        string[] args = ["evaluate", file];

        var early = Early(args);

        Assert.Equal(ConsoleRun.Of(args), early);
        Assert.Equal(ExitCodes.BadInput, early.ExitCode);
        Assert.Contains("上海", early.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTableLayout_WritesNothing()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });

        TableWarmup.Run(console);

        Assert.Equal("", output.ToString());
    }

    /// <summary>Runs the console as a process does: the pack loading from the start of the run.</summary>
    private static ConsoleRun Early(string[] args)
    {
        EmbeddedPack.LoadEarlyFor(args);
        return ConsoleRun.Of(args);
    }
}

/// <summary>The tests that load the built-in pack early, which one static field holds: one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class EmbeddedPackCollection
{
    public const string Name = "EmbeddedPack";
}
