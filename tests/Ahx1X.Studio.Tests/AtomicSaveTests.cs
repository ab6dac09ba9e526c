using System.Net;
using System.Net.Http.Json;

namespace Ahx1X.Studio.Tests;

public sealed class AtomicSaveTests
{
    [Theory]
    [InlineData(FailingFileSystem.Step.SecondWrite)]
    [InlineData(FailingFileSystem.Step.SecondReplace)]
    public async Task A_save_that_fails_halfway_leaves_every_old_file_intact(FailingFileSystem.Step failAt)
    {
        var files = new FailingFileSystem(failAt);
        await using var studio = await RunningStudio.StartAsync(files);
        using var client = await studio.SignedInAsync();
        var before = studio.Rules.Texts();
        var changes = new object[]
        {
            new { file = "2024/edition.json", path = "$.seasons.spring.application.end", kind = "date", value = "2024-03-31" },
            new { file = "2024/workflows/city-review.json", path = "$.Rules[1].Properties.message.en", kind = "string", value = "City review outside its window" },
        };
        var answer = await client.PostAsJsonAsync(new Uri("/api/save", UriKind.Relative), new { changes });
        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.Contains("old ones are in place", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(files.Failed);
        Assert.Equal(before, studio.Rules.Texts());
    }

    [Fact]
    public async Task A_new_edition_that_fails_halfway_leaves_no_file_of_it()
    {
        var files = new FailingFileSystem(FailingFileSystem.Step.SecondReplace);
        await using var studio = await RunningStudio.StartAsync(files);
        using var client = await studio.SignedInAsync();
        var answer = await client.PostAsJsonAsync(new Uri("/api/new-edition", UriKind.Relative), new { from = 2024, year = 2025 });
        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.True(files.Failed);
        var folder = Path.Combine(studio.Rules.Path, "2025");
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length == 0);
    }

    [Fact]
    public async Task A_new_edition_moves_every_date_by_whole_years_and_its_scenarios_pass()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        var answer = await client.PostAsJsonAsync(new Uri("/api/new-edition", UriKind.Relative), new { from = 2024, year = 2025 });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var edition = await File.ReadAllTextAsync(Path.Combine(studio.Rules.Path, "2025", "edition.json"));
        Assert.DoesNotContain("\"2024-", edition, StringComparison.Ordinal);
        // Every year is moved: dates, the year, the notice's title and number, the subjects, and the notes that name a date.
        Assert.Equal((await File.ReadAllTextAsync(studio.Rules.Edition)).Replace("2024", "2025", StringComparison.Ordinal), edition);
        Assert.Contains("\"title\": \"安徽省教育厅关于做好2025年1+X证书申报工作的通知\"", edition, StringComparison.Ordinal);
        var run = Rules.Authoring.ScenarioRunner.RunFolder(studio.Rules.Path);
        Assert.True(run.Passed, string.Join("\n", run.Results.Where(r => !r.Passed).Select(r => r.Scenario.Name)));
        Assert.Contains(run.Results, r => r.Scenario.Edition == 2025);
        var again = await client.PostAsJsonAsync(new Uri("/api/new-edition", UriKind.Relative), new { from = 2024, year = 2025 });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task A_confirmed_value_leaves_to_confirm_txt_with_the_save_and_a_failed_save_keeps_it_listed()
    {
        var files = new FailingFileSystem(FailingFileSystem.Step.SecondReplace, armed: false);
        await using var studio = await RunningStudio.StartAsync(files);
        using var client = await studio.SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(new Uri("/api/new-edition", UriKind.Relative), new { from = 2024, year = 2025 })).StatusCode);
        var list = Path.Combine(studio.Rules.Path, "2025", "to-confirm.txt");
        var body = new
        {
            changes = new object[] { new { file = "2025/edition.json", path = "$.seasons.spring.application.end", kind = "date", value = "2025-03-31" } },
            confirmed = new object[] { new { file = "2025/edition.json", path = "$.seasons.spring.application.start" }, new { file = "2025/notice.txt", path = "" } },
        };

        // Fail the save's second move, that of to-confirm.txt.
        files.FailAgain();
        var before = studio.Rules.Texts();
        var failed = await client.PostAsJsonAsync(new Uri("/api/save", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(before, studio.Rules.Texts());

        var saved = await client.PostAsJsonAsync(new Uri("/api/save", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var answer = await saved.Content.ReadAsStringAsync();
        Assert.Contains("2025/to-confirm.txt", answer, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(list);
        Assert.DoesNotContain(lines, l => l.StartsWith("edition.json\t$.seasons.spring.application.start\t", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("notice.txt\t", StringComparison.Ordinal));
        // A listed value the save set to another value is set from the notice: its line goes too.
        Assert.DoesNotContain(lines, l => l.StartsWith("edition.json\t$.seasons.spring.application.end\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("edition.json\t$.seasons.spring.cityReview.start\t", StringComparison.Ordinal));
        Assert.DoesNotContain(Rules.Authoring.RulesLinter.Lint(studio.Rules.Path).Problems, p => p.Code == "AHX1018" && p.JsonPath == "$.seasons.spring.application.start");
        Assert.Contains(Rules.Authoring.RulesLinter.Lint(studio.Rules.Path).Problems, p => p.Code == "AHX1018" && p.JsonPath == "$.seasons.spring.cityReview.start");

        // Confirmed once, a value is no longer listed: confirming it again is refused, and nothing is written.
        var again = await client.PostAsJsonAsync(new Uri("/api/save", UriKind.Relative), new { changes = Array.Empty<object>(), confirmed = new object[] { new { file = "2025/edition.json", path = "$.seasons.spring.application.start" } } });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("not listed", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_failure_the_same_save_writes_both_files()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        var changes = new object[]
        {
            new { file = "2024/edition.json", path = "$.seasons.spring.application.end", kind = "date", value = "2024-03-31" },
            new { file = "2024/workflows/city-review.json", path = "$.Rules[1].Properties.message.en", kind = "string", value = "City review outside its window" },
        };
        var answer = await client.PostAsJsonAsync(new Uri("/api/save", UriKind.Relative), new { changes });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("\"end\": \"2024-03-31\"", await File.ReadAllTextAsync(studio.Rules.Edition), StringComparison.Ordinal);
        Assert.Contains("\"en\": \"City review outside its window\"", await File.ReadAllTextAsync(studio.Rules.CityReview), StringComparison.Ordinal);
    }
}

/// <summary>The real file system, failing once at a chosen step of a save.</summary>
public sealed class FailingFileSystem(FailingFileSystem.Step failAt, bool armed = true) : IStudioFileSystem
{
    private readonly PhysicalFileSystem _real = new();
    private int _writes;
    private int _replaces;

    public enum Step
    {
        SecondWrite,
        SecondReplace,
    }

    public bool Failed { get; private set; } = !armed;

    /// <summary>Fails once more at the same step, counted from now.</summary>
    public void FailAgain()
    {
        Failed = false;
        _writes = 0;
        _replaces = 0;
    }

    void IStudioFileSystem.WriteNew(string path, string text)
    {
        if (++_writes == 2 && failAt == Step.SecondWrite && !Failed)
        {
            Failed = true;
            // Half a file on disk, as a full disk leaves it.
            File.WriteAllText(path, text[..(text.Length / 2)]);
            throw new IOException("No space left on device");
        }

        _real.WriteNew(path, text);
    }

    void IStudioFileSystem.Replace(string from, string to)
    {
        if (++_replaces == 2 && failAt == Step.SecondReplace && !Failed)
        {
            Failed = true;
            throw new IOException("Permission denied");
        }

        _real.Replace(from, to);
    }

    void IStudioFileSystem.Delete(string path) => _real.Delete(path);
}
