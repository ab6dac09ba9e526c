using System.Text.Json;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>The year's work as staff do it: start next year's edition, change a date, see what changed and what it changes.</summary>
public class EditionAndDiffCommandTests
{
    private const string SpringEnd2025 = "\"application\": { \"start\": \"2025-03-22\", \"end\": \"2025-04-02\" }";

    [Fact]
    public void EditionNew_MovesEveryDateAndSubject_AndLintListsEachValueToConfirm()
    {
        using var rules = Repository.CopyRules();
        var output = Path.Combine(rules.Path, "2025");

        var run = ConsoleRun.Of("edition", "new", "2025", "--from", Path.Combine(rules.Path, "2024"), "--output", output, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var toConfirm = report.RootElement.GetProperty("toConfirm").EnumerateArray().ToList();
        Assert.Contains(toConfirm, v => v.GetProperty("path").GetString() == "$.seasons.spring.application.end" && v.GetProperty("now").GetString() == "\"2025-04-02\"");
        Assert.Contains(toConfirm, v => v.GetProperty("path").GetString() == "$.mail.summary.subject" && v.GetProperty("now").GetString() == "\"{unit}2025年证书申报\"");
        Assert.Contains(toConfirm, v => v.GetProperty("file").GetString() == "notice.txt");
        var edition = File.ReadAllText(Path.Combine(output, "edition.json"));
        Assert.Contains("\"year\": 2025", edition);
        Assert.Contains(SpringEnd2025, edition);
        Assert.All(edition.Split('\n').Where(l => l.Contains("2024-", StringComparison.Ordinal)), l => Assert.Contains("\"note\"", l));
        Assert.Contains("\"year\": 2025", File.ReadAllText(Path.Combine(output, "scenarios", "reviews.json")));

        var lint = ConsoleRun.Of("lint", rules.Path);
        Assert.Equal(1, lint.ExitCode);
        Assert.Equal(toConfirm.Count, lint.Output.Split('\n').Count(l => l.Contains(": AHX1018 ", StringComparison.Ordinal)));
        Assert.Matches(@"2025[/\\]edition\.json:\d+:\d+: AHX1018 \$\.seasons\.spring\.application\.end: The value ""2025-04-02"" was moved from ""2024-04-02""", lint.Output);

        // The moved scenarios pass against the moved edition.
        Assert.Equal(0, ConsoleRun.Of("test", output).ExitCode);

        // A value changed from the one moved is taken as set from the new notice.
        File.WriteAllText(Path.Combine(output, "edition.json"), edition.Replace(SpringEnd2025, SpringEnd2025.Replace("2025-04-02", "2025-04-01"), StringComparison.Ordinal));
        var after = ConsoleRun.Of("lint", rules.Path);
        Assert.Equal(toConfirm.Count - 1, after.Output.Split('\n').Count(l => l.Contains(": AHX1018 ", StringComparison.Ordinal)));
        Assert.DoesNotContain("$.seasons.spring.application.end: The value", after.Output);
    }

    [Fact]
    public void EditionNew_IntoAFolderThatIsNotEmpty_WritesNothingAndExitsTwo()
    {
        using var rules = Repository.CopyRules();

        var run = ConsoleRun.Of("edition", "new", "2025", "--from", Path.Combine(rules.Path, "2024"), "--output", Path.Combine(rules.Path, "2024"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already exists and is not empty", run.Error);
        Assert.Contains("\"year\": 2024", File.ReadAllText(Path.Combine(rules.Path, "2024", "edition.json")));
    }

    [Theory]
    [InlineData("2024", "another year")]
    [InlineData("1999", "another year")]
    public void EditionNew_SameOrOutOfRangeYear_ExitsTwo(string year, string message)
    {
        using var rules = Repository.CopyRules();

        var run = ConsoleRun.Of("edition", "new", year, "--from", Path.Combine(rules.Path, "2024"), "--output", Path.Combine(rules.Path, "new"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(Path.Combine(rules.Path, "new")));
    }

    [Fact]
    public void EditionNew_WithoutFrom_IsAnArgumentError()
    {
        var run = ConsoleRun.Of("edition", "new", "2025", "--output", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from", run.Error);
    }

    [Fact]
    public void Diff_AfterEditionNewAndOneDateChanged_ShowsThatOneDate_AndImpactListsExactlyTheRecordsItFlips()
    {
        using var rules = Repository.CopyRules();
        var old = Path.Combine(rules.Path, "2024");
        var next = Path.Combine(rules.Path, "2025");
        Assert.Equal(0, ConsoleRun.Of("edition", "new", "2025", "--from", old, "--output", next).ExitCode);
        var unchanged = ConsoleRun.Of("diff", old, next);
        var edition = Path.Combine(next, "edition.json");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace(SpringEnd2025, SpringEnd2025.Replace("2025-04-02", "2025-04-01"), StringComparison.Ordinal));

        var run = ConsoleRun.Of("diff", old, next, "--on", Repository.PathOf("samples/documents"), "--format", "json");

        Assert.Equal(0, unchanged.ExitCode);
        Assert.Contains("diff: no change", unchanged.Output);
        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var change = Assert.Single(report.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("edition.json $.seasons.spring.application.end", change.GetProperty("where").GetString());
        Assert.Equal("\"2025-04-02\"", change.GetProperty("old").GetString());
        Assert.Equal("\"2025-04-01\"", change.GetProperty("new").GetString());

        // The oracle: the same change made to the 2024 edition itself, each sample judged with both.
        using var changed2024 = Repository.CopyRules();
        var edition2024 = Path.Combine(changed2024.Path, "2024", "edition.json");
        File.WriteAllText(edition2024, File.ReadAllText(edition2024).Replace("\"end\": \"2024-04-02\"", "\"end\": \"2024-04-01\"", StringComparison.Ordinal));
        var flipped = Judged(Repository.PathOf("rules")).Except(Judged(changed2024.Path)).Select(r => r.Record).ToHashSet();

        var impact = report.RootElement.GetProperty("impact");
        var listed = impact.GetProperty("changed").EnumerateArray().Select(r => (Path.GetFileName(r.GetProperty("file").GetString()!), r.GetProperty("id").GetString()!)).ToHashSet();
        Assert.NotEmpty(flipped);
        Assert.Equal(flipped.Order(), listed.Order());
        Assert.Equal(flipped.Count, impact.GetProperty("byClause").GetProperty("TIME-01").GetInt32());
        Assert.True(impact.GetProperty("judged").GetInt32() > flipped.Count);
    }

    [Fact]
    public void Diff_ARuleMessageChanged_IsListedUnderItsClause_InTableAndMarkdown()
    {
        using var before = Repository.CopyRules();
        using var after = Repository.CopyRules();
        var workflow = Path.Combine(after.Path, "2024", "workflows", "city-review.json");
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace("whose applications go straight to provincial review", "whose applications go to the province", StringComparison.Ordinal));

        var table = ConsoleRun.Of("diff", before.Path, after.Path);
        var markdown = ConsoleRun.Of("diff", before.Path, after.Path, "--format", "markdown");

        Assert.Equal(1, table.ExitCode);
        Assert.Contains("TIME-02-secondary-vocational-only", table.Output);
        Assert.Contains("message", table.Output);
        Assert.Contains("| edition | clause | what | where | old | new |", markdown.Output);
        Assert.Contains("| 2024 | TIME-02 | message | `TIME-02-secondary-vocational-only` |", markdown.Output);
    }

    [Fact]
    public void Diff_MissingPack_ExitsTwo()
    {
        var run = ConsoleRun.Of("diff", Repository.PathOf("rules"), Path.Combine(Path.GetTempPath(), "no-such-rules"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    /// <summary>Returns each sample record with its outcome and the clauses it fired, as evaluate judges it with <paramref name="rules"/>.</summary>
    private static HashSet<((string File, string Id) Record, string Outcome, string Clauses)> Judged(string rules)
    {
        var run = ConsoleRun.Of("evaluate", Repository.PathOf("samples/documents"), "--rules", rules, "--format", "json");
        using var report = JsonDocument.Parse(run.Output);
        return report.RootElement.GetProperty("results").EnumerateArray().Select(r => (
            (Path.GetFileName(r.GetProperty("file").GetString()!), r.GetProperty("id").GetString()!),
            r.GetProperty("outcome").GetString()!,
            string.Join(",", r.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("clauseId").GetString()).Distinct().Order()))).ToHashSet();
    }
}
