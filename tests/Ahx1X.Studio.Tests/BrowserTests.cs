using Microsoft.Playwright;

namespace Ahx1X.Studio.Tests;

/// <summary>The studio used as policy staff use it: in a real browser, against a running studio over a copy of the rules.</summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_window_date_changed_and_saved_makes_the_scenarios_about_the_old_last_day_fail()
    {
        await using var studio = await RunningStudio.StartAsync();
        var page = await OpenAsync(studio, "en-GB");
        await page.ClickAsync("nav a[href^='/parameters']");
        var end = page.Locator("[data-path='$.seasons.spring.application.end']");
        await Assertions.Expect(end).ToHaveValueAsync("2024-04-02");
        await end.FillAsync("2024-03-31");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Saved: 2024/edition.json", Slow);
        Assert.Contains("\"end\": \"2024-03-31\"", await File.ReadAllTextAsync(studio.Rules.Edition), StringComparison.Ordinal);

        await page.ClickAsync("#run-scenarios");
        await Assertions.Expect(page.Locator("#run-summary")).ToContainTextAsync("2 failed", Slow);
        var failing = page.Locator("#scenario-table tr.fail");
        await Assertions.Expect(failing).ToHaveCountAsync(2);
        await Assertions.Expect(failing.First).ToContainTextAsync("04-02");
        await Assertions.Expect(page.Locator("#coverage tr")).Not.ToHaveCountAsync(0);

        // One of them alone.
        await failing.First.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#run-summary")).ToContainTextAsync("1 scenarios: 0 passed, 1 failed", Slow);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "studio-scenarios.png") });

        // Changes shows that one change against the shipped edition, and nothing else.
        await page.ClickAsync("nav a[href^='/changes']");
        await Assertions.Expect(page.Locator("#changes-basis")).ToContainTextAsync("compared with the 2024 edition shipped in the library");
        var changes = page.Locator("tr.change");
        await Assertions.Expect(changes).ToHaveCountAsync(1);
        await Assertions.Expect(changes).ToContainTextAsync("edition.json $.seasons.spring.application.end");
        await Assertions.Expect(changes).ToContainTextAsync("\"2024-04-02\"");
        await Assertions.Expect(changes).ToContainTextAsync("\"2024-03-31\"");
    }

    [Fact]
    public async Task An_officer_makes_the_2025_edition_sets_its_spring_window_saves_and_tests_it_without_a_JSON_file()
    {
        await using var studio = await RunningStudio.StartAsync();
        var page = await OpenAsync(studio, "en-GB", "/parameters?edition=2024");
        await page.Locator("#new-year").FillAsync("2025");
        await page.ClickAsync("#create-edition");
        await page.WaitForURLAsync("**/parameters?edition=2025");
        var start = page.Locator("[data-path='$.seasons.spring.application.start']");
        var end = page.Locator("[data-path='$.seasons.spring.application.end']");
        await Assertions.Expect(start).ToHaveValueAsync("2025-03-22");
        await start.FillAsync("2025-03-20");
        await end.FillAsync("2025-03-31");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Saved: 2025/edition.json", Slow);

        // Saved; lint asks for each moved value to be confirmed, and says the city review window no longer covers the application window.
        var cityStart = page.Locator("[data-path='$.seasons.spring.cityReview.start']");
        await Assertions.Expect(page.Locator("[data-path='$.seasons.spring.cityReview.start'] ~ .lint", new() { HasText = "does not cover" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-path='$.seasons.spring.cityReview.start'] ~ .lint", new() { HasText = "AHX1018" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-path='$.seasons.autumn.application.end'] ~ .lint")).ToContainTextAsync("AHX1018");
        await Assertions.Expect(page.Locator("[data-path='$.seasons.spring.application.start'] ~ .lint")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#form-problems .lint", new() { HasText = "notice's text" })).ToHaveCountAsync(1);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "studio-to-confirm.png"), FullPage = true });

        // The officer fixes that date, confirms the rest as the notice gives them, and saves.
        await cityStart.FillAsync("2025-03-20");
        await page.ClickAsync("#confirm-all");
        await Assertions.Expect(page.Locator("label.beside input.confirm:not(:checked)")).ToHaveCountAsync(0);
        foreach (var box in await page.Locator("#to-confirm input.confirm").AllAsync())
        {
            await box.CheckAsync();
        }

        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Saved: 2025/edition.json, 2025/to-confirm.txt", Slow);
        await Assertions.Expect(page.Locator(".lint")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("input.confirm")).ToHaveCountAsync(0);
        var toConfirm = await File.ReadAllLinesAsync(Path.Combine(studio.Rules.Path, "2025", "to-confirm.txt"));
        Assert.All(toConfirm, line => Assert.StartsWith("#", line, StringComparison.Ordinal));
        Assert.DoesNotContain(Rules.Authoring.RulesLinter.Lint(studio.Rules.Path).Problems, p => p.Code == "AHX1018");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "studio-parameters.png") });

        await page.ClickAsync("#run-scenarios");
        await Assertions.Expect(page.Locator("#run-summary")).ToContainTextAsync("118 scenarios: 115 passed, 3 failed", Slow);
        // The moved scenarios of the old spring window's days fail: the three about the application window.
        await Assertions.Expect(page.Locator("#scenario-table tr.fail")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#scenario-table tr.fail")).ToContainTextAsync(["03-21 is too early", "04-02 is the last day", "04-02 23:30"]);
        await Assertions.Expect(page.Locator("#scenario-table tr.pass").First).ToBeVisibleAsync();
        var edition = await File.ReadAllTextAsync(Path.Combine(studio.Rules.Path, "2025", "edition.json"));
        Assert.Contains("\"application\": { \"start\": \"2025-03-20\", \"end\": \"2025-03-31\" }", edition, StringComparison.Ordinal);
        Assert.Contains("\"cityReview\": { \"start\": \"2025-03-20\"", edition, StringComparison.Ordinal);
        Assert.Contains("\"year\": 2025", edition, StringComparison.Ordinal);

        // The library ships no 2025 edition: Changes compares with the 2024 one it was started from, and says so.
        await page.ClickAsync("nav a[href^='/changes']");
        await Assertions.Expect(page.Locator("#changes-basis")).ToContainTextAsync("compared with the shipped 2024 edition it was started from");
        await Assertions.Expect(page.Locator("tr.change[data-where='edition.json $.seasons.spring.application.start']")).ToContainTextAsync("\"2025-03-22\"");
        await Assertions.Expect(page.Locator("tr.change[data-where='edition.json $.seasons.spring.application.start']")).ToContainTextAsync("\"2025-03-20\"");
    }

    [Fact]
    public async Task A_date_the_library_refuses_is_shown_at_its_field_and_nothing_is_written()
    {
        await using var studio = await RunningStudio.StartAsync();
        var before = studio.Rules.Texts();
        var page = await OpenAsync(studio, "en-GB", "/parameters?edition=2024");
        await page.Locator("[data-path='$.seasons.autumn.application.end']").FillAsync("2024-09-01");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Not saved", Slow);
        var problem = page.Locator("[data-path='$.seasons.autumn.application.end'] + .problem");
        await Assertions.Expect(problem).ToContainTextAsync("AHX1008");
        await Assertions.Expect(page.Locator("[data-path='$.seasons.autumn.application.end']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("invalid"));
        Assert.Equal(before, studio.Rules.Texts());
    }

    [Fact]
    public async Task A_broken_expression_is_shown_at_its_field_as_it_is_typed()
    {
        await using var studio = await RunningStudio.StartAsync();
        var before = studio.Rules.Texts();
        var page = await OpenAsync(studio, "en-GB", "/rules?edition=2024");
        var expression = page.Locator("[data-file='2024/workflows/city-review.json'][data-path='$.Rules[1].Expression']");
        await expression.FillAsync("reviewedAt.Date >= season.CityReview.Start &&");
        var problem = page.Locator("[data-file='2024/workflows/city-review.json'][data-path='$.Rules[1].Expression'] + .problem");
        await Assertions.Expect(problem).ToContainTextAsync("AHX1006", Slow);
        await Assertions.Expect(problem).ToContainTextAsync("does not parse");
        await Assertions.Expect(page.Locator(".problem")).ToHaveCountAsync(1);

        // Mended, the problem goes away as it is typed.
        await expression.FillAsync("reviewedAt.Date >= season.CityReview.Start");
        await Assertions.Expect(problem).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await expression.FillAsync("reviewedAt.Date >= season.CityReview.Start && frobnicate()");
        await Assertions.Expect(problem).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Not saved", Slow);
        Assert.Equal(before, studio.Rules.Texts());
    }

    [Fact]
    public async Task An_uploaded_document_shows_each_record_with_its_outcome_and_findings()
    {
        await using var studio = await RunningStudio.StartAsync();
        var page = await OpenAsync(studio, "en-GB", "/try?edition=2024");
        await page.Locator("#document-file").SetInputFilesAsync(Path.Combine(RulesCopy.Root, "samples", "documents", "applications-rejected.json"));
        await Assertions.Expect(page.Locator("#document")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("REJ-01"));
        await page.ClickAsync("#judge");
        var rejected = page.Locator("article.record[data-record='REJ-01']");
        await Assertions.Expect(rejected).ToContainTextAsync("rejected", Slow);
        await Assertions.Expect(rejected.Locator("tr.finding")).ToContainTextAsync(["SCALE-01"]);
        await Assertions.Expect(page.Locator("article.record")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_uploaded_workbook_is_judged_like_its_JSON_and_shows_its_findings()
    {
        await using var studio = await RunningStudio.StartAsync();
        var page = await OpenAsync(studio, "en-GB", "/try?edition=2024");
        await page.Locator("#document").FillAsync("{ \"stale\": true }");
        await page.Locator("#document-file").SetInputFilesAsync(Path.Combine(RulesCopy.Root, "samples", "workbooks", "applications-rejected.xlsx"));
        await Assertions.Expect(page.Locator("#document")).ToHaveValueAsync("");
        await page.ClickAsync("#judge");
        await Assertions.Expect(page.Locator("#judged-file")).ToContainTextAsync("applications-rejected.xlsx", Slow);
        var rejected = page.Locator("article.record[data-record='REJ-01']");
        await Assertions.Expect(rejected).ToContainTextAsync("rejected");
        await Assertions.Expect(rejected.Locator("tr.finding")).ToContainTextAsync(["SCALE-01"]);
        await Assertions.Expect(page.Locator("#results .problems")).ToHaveCountAsync(0);

        // The same records as the shipped JSON sample, with the same outcomes.
        var records = await page.Locator("article.record").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.record + ' ' + n.className)");
        var json = await OpenAsync(studio, "en-GB", "/try?edition=2024");
        await json.Locator("#document-file").SetInputFilesAsync(Path.Combine(RulesCopy.Root, "samples", "documents", "applications-rejected.json"));
        await Assertions.Expect(json.Locator("#document")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("REJ-01"));
        await json.ClickAsync("#judge");
        await Assertions.Expect(json.Locator("article.record[data-record='REJ-01']")).ToContainTextAsync("rejected", Slow);
        Assert.Equal(await json.Locator("article.record").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.record + ' ' + n.className)"), records);
    }

    [Fact]
    public async Task An_uploaded_CSV_with_a_bad_cell_shows_the_problem_at_its_cell_and_judges_the_other_rows()
    {
        await using var studio = await RunningStudio.StartAsync();
        var folder = Directory.CreateTempSubdirectory("ahx1x-studio-csv-");
        try
        {
            var lines = File.ReadAllLines(Path.Combine(RulesCopy.Root, "tests", "Ahx1X.Rules.Tests", "Corpus", "workbooks", "libreoffice-applications-rejected.csv"));
            lines[2] = lines[2].Replace(",23,", ",1000000,", StringComparison.Ordinal);
            var file = Path.Combine(folder.FullName, "applications.csv");
            File.WriteAllLines(file, lines);
            var page = await OpenAsync(studio, "en-GB", "/try?edition=2024");
            await page.Locator("#document-file").SetInputFilesAsync(file);
            await page.ClickAsync("#judge");
            await Assertions.Expect(page.Locator("#results .problems")).ToContainTextAsync("applications.csv!F3 (申报人数)", Slow);
            await Assertions.Expect(page.Locator("#results .problems")).ToContainTextAsync("AHX1004");
            await Assertions.Expect(page.Locator("article.record[data-record='REJ-01']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("article.record")).ToHaveCountAsync(lines.Length - 3);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_pasted_document_with_a_misspelt_member_shows_the_problem_with_its_path()
    {
        await using var studio = await RunningStudio.StartAsync();
        var page = await OpenAsync(studio, "en-GB", "/try?edition=2024");
        await page.Locator("#document").FillAsync("{ \"kind\": \"applications\", \"institutions\": [ { \"name\": \"x\", \"applications\": [ { \"id\": \"A\", \"year\": 2024, \"certificat\": \"B1-WEB\" } ] } ] }");
        await page.ClickAsync("#judge");
        await Assertions.Expect(page.Locator("#results .problems")).ToContainTextAsync("certificat", Slow);
    }

    [Fact]
    public async Task Selecting_a_cited_sentence_shows_the_clauses_that_rest_on_it()
    {
        await using var studio = await RunningStudio.StartAsync();
        var page = await OpenAsync(studio, "zh-CN");
        await Assertions.Expect(page.Locator("nav")).ToContainTextAsync("年度参数");
        var sentence = page.Locator("mark.cited[data-clauses~='TIME-01']").First;
        await sentence.ClickAsync();
        await Assertions.Expect(page.Locator("#rests-on")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rests-list")).ToContainTextAsync("TIME-01");
        await Assertions.Expect(page.Locator("#clause-TIME-01")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        await Assertions.Expect(page.Locator("#clause-TIME-01 .rule").First).ToContainTextAsync("TIME-01");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "studio.png") });
        await page.ClickAsync("#rests-list a.rule-link >> text=TIME-01-application-window");
        await Assertions.Expect(page.Locator("#rule-TIME-01-application-window pre.expression")).ToBeVisibleAsync();

        // The switch turns the interface to English, and it stays so.
        await page.ClickAsync("#lang-switch");
        await Assertions.Expect(page.Locator("nav")).ToContainTextAsync("Parameters");
        await page.ClickAsync("nav a[href^='/calendar']");
        await Assertions.Expect(page.Locator("nav")).ToContainTextAsync("Calendar");
    }

    [Fact]
    public async Task The_calendar_shows_the_timeline_and_what_is_open_on_a_chosen_day()
    {
        await using var studio = await RunningStudio.StartAsync();
        var page = await OpenAsync(studio, "en-GB", "/calendar?edition=2024");
        await page.Locator("#calendar-date").FillAsync("2024-03-24");
        await page.ClickAsync("form.row button");
        await Assertions.Expect(page.Locator("#open-windows")).ToContainTextAsync("TIME-01", Slow);
        await Assertions.Expect(page.Locator("#open-windows")).ToContainTextAsync("TIME-02");
        await Assertions.Expect(page.Locator("svg.timeline")).ToHaveCountAsync(2);
        await page.Locator("#calendar-date").FillAsync("2024-07-01");
        await page.ClickAsync("form.row button");
        await Assertions.Expect(page.Locator("#open-windows")).ToContainTextAsync("No window is open", Slow);
    }

    /// <summary>Opens the access address in a new browser context of <paramref name="locale"/>, then <paramref name="path"/>.</summary>
    private async Task<IPage> OpenAsync(RunningStudio studio, string locale, string? path = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(studio.Server.AccessAddress);
        Assert.DoesNotContain("token", page.Url, StringComparison.Ordinal);
        if (path is not null)
        {
            await page.GotoAsync(studio.Server.Address + path);
        }

        return page;
    }
}
