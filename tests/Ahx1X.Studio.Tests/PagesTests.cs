using System.Net;
using System.Net.Http.Json;

namespace Ahx1X.Studio.Tests;

public sealed class PagesTests
{
    private const string CityReview = "2024/workflows/city-review.json";

    [Theory]
    [InlineData("/notice")]
    [InlineData("/parameters")]
    [InlineData("/rules")]
    [InlineData("/scenarios")]
    [InlineData("/try")]
    [InlineData("/calendar")]
    [InlineData("/changes")]
    public async Task Every_page_follows_the_browser_language_and_the_switch(string path)
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        using var chinese = new HttpRequestMessage(HttpMethod.Get, path);
        chinese.Headers.Add("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
        var page = await (await client.SendAsync(chinese)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", page, StringComparison.Ordinal);
        Assert.Contains("年度参数", page, StringComparison.Ordinal);

        using var switched = new HttpRequestMessage(HttpMethod.Get, path + "?lang=en");
        switched.Headers.Add("Accept-Language", "zh-CN");
        Assert.Contains(">Parameters<", await (await client.SendAsync(switched)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var remembered = new HttpRequestMessage(HttpMethod.Get, path);
        remembered.Headers.Add("Accept-Language", "zh-CN");
        Assert.Contains("<html lang=\"en\">", await (await client.SendAsync(remembered)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "不通过", "错误", "不符合条款", "高等职业院校", "<option value=\"error\" selected>错误</option>", "cityReview (市级初审)")]
    [InlineData("en-GB", "rejected", "error", "violation", "higher vocational college", "<option value=\"error\" selected>error</option>", "cityReview (City preliminary review)")]
    public async Task Outcomes_severities_finding_kinds_and_routes_are_named_in_the_chosen_language(
        string language, string outcome, string severity, string kind, string route, string severityOption, string step)
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        client.DefaultRequestHeaders.Add("Accept-Language", language);
        var document = await File.ReadAllTextAsync(Path.Combine(RulesCopy.Root, "samples", "documents", "applications-rejected.json"));
        var tried = await (await client.PostAsync(new Uri("/try?edition=2024", UriKind.Relative), new FormUrlEncodedContent([new("document", document)]))).Content.ReadAsStringAsync();
        Assert.Contains($"<span class=\"outcome\">{outcome}</span>", tried, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"severity error\">{severity}</td><td class=\"kind\">{kind}</td>", tried, StringComparison.Ordinal);
        Assert.DoesNotContain(">Violation<", tried, StringComparison.Ordinal);

        var parameters = await client.GetStringAsync(new Uri("/parameters?edition=2024", UriKind.Relative));
        Assert.Contains($"<span>{route}</span>", parameters, StringComparison.Ordinal);
        Assert.Contains(step, parameters, StringComparison.Ordinal);
        Assert.Contains(severityOption, await client.GetStringAsync(new Uri("/rules?edition=2024", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains($"<span class=\"severity error\">{severity}</span>", await client.GetStringAsync(new Uri("/notice?edition=2024", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_of_the_named_enums_has_a_name_in_both_languages()
    {
        static void All<TEnum>(Rules.Model.Vocabulary<TEnum> vocabulary)
            where TEnum : struct, Enum =>
            Assert.All(Enum.GetValues<TEnum>(), value => Assert.NotEqual(vocabulary.Text(value, chinese: true), vocabulary.Text(value, chinese: false)));

        All(Web.Terms.Outcome);
        All(Web.Terms.Severity);
        All(Web.Terms.FindingKind);
        All(Web.Terms.RouteStep);
        All(Web.Terms.EventKind);
        All(Web.Terms.ContactRole);
    }

    [Fact]
    public async Task A_page_shows_a_change_made_in_an_editor_meanwhile()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        var edition = await File.ReadAllTextAsync(studio.Rules.Edition);
        await File.WriteAllTextAsync(studio.Rules.Edition, edition.Replace("\"end\": \"2024-04-02\"", "\"end\": \"2024-04-01\"", StringComparison.Ordinal));
        var page = await client.GetStringAsync(new Uri("/parameters", UriKind.Relative));
        Assert.Contains("value=\"2024-04-01\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"2024-04-02\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_changes_page_shows_a_saved_window_and_a_message_against_the_shipped_edition_by_clause()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        client.DefaultRequestHeaders.Add("Accept-Language", "en");
        var unchanged = await client.GetStringAsync(new Uri("/changes?edition=2024", UriKind.Relative));
        Assert.Contains("id=\"no-changes\"", unchanged, StringComparison.Ordinal);

        var saved = await client.PostAsJsonAsync(new Uri("/api/save", UriKind.Relative), new
        {
            changes = new object[]
            {
                new { file = "2024/edition.json", path = "$.seasons.spring.application.end", kind = "date", value = "2024-04-01" },
                new { file = CityReview, path = "$.Rules[1].Properties.message.en", kind = "string", value = "City review outside its window" },
            },
        });
        Assert.True((await saved.Content.ReadFromJsonAsync<Answer>())!.Saved);
        var page = await client.GetStringAsync(new Uri("/changes?edition=2024", UriKind.Relative));
        Assert.Contains("compared with the 2024 edition shipped in the library", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"no-changes\"", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"change\" data-what=\"parameter\" data-where=\"edition.json $.seasons.spring.application.end\"><td>parameter</td><td><code>edition.json $.seasons.spring.application.end</code></td><td><code>&quot;2024-04-02&quot;</code></td><td><code>&quot;2024-04-01&quot;</code></td></tr>", page, StringComparison.Ordinal);
        // The message under its clause, after the parameters no one clause owns.
        Assert.Contains("<section class=\"changes\" id=\"changes-TIME-02\"><h2><a href=\"/notice?edition=2024#clause-TIME-02\">TIME-02</a></h2>", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("id=\"changes-parameters\"", StringComparison.Ordinal) < page.IndexOf("id=\"changes-TIME-02\"", StringComparison.Ordinal));
        Assert.Contains("<tr class=\"change\" data-what=\"message\" data-where=\"TIME-02-city-window\"><td>message (en)</td>", page, StringComparison.Ordinal);
        Assert.Contains("City review outside its window", page, StringComparison.Ordinal);
        Assert.Contains("<nav>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/changes?edition=2024\" aria-current=\"page\">Changes</a>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.Rules[1].Properties.message.en", "string", "City review on {reviewedAt.Nonsense}", "$.Rules[1].Properties.message")]
    [InlineData("$.Rules[1].Properties.severity", "string", "fatal", "$.Rules[1].Properties.severity")]
    [InlineData("$.Rules[1].Expression", "string", "System.IO.File.Exists(\"x\")", "$.Rules[1].Expression")]
    public async Task A_rule_edit_is_checked_by_the_library_at_its_field_and_not_written(string path, string kind, string value, string problemAt)
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        var before = studio.Rules.Texts();
        var answer = await (await client.PostAsJsonAsync(new Uri("/api/check", UriKind.Relative), new { changes = new[] { new { file = CityReview, path, kind, value } } }))
            .Content.ReadFromJsonAsync<Answer>();
        Assert.False(answer!.Saved);
        Assert.Contains(answer.Problems, p => p.File == CityReview && p.Path.StartsWith(problemAt, StringComparison.Ordinal));
        Assert.Equal(before, studio.Rules.Texts());
    }

    [Fact]
    public async Task Markup_in_a_saved_message_is_shown_as_text_never_run()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        const string message = "City review outside the window <script>alert(1)</script>";
        var saved = await client.PostAsJsonAsync(new Uri("/api/save", UriKind.Relative), new { changes = new[] { new { file = CityReview, path = "$.Rules[1].Properties.message.en", kind = "string", value = message } } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        foreach (var path in new[] { "/rules", "/notice" })
        {
            var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        }
    }

    private sealed record Answer(bool Saved, ProblemAnswer[] Problems);

    private sealed record ProblemAnswer(string File, string Path, string Code, string Message);
}
