using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Ahx1X.Studio.Tests;

public sealed class SecurityTests
{
    private const string Edition = "2024/edition.json";

    [Fact]
    public async Task A_request_without_the_token_gets_401_and_a_wrong_token_403()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = studio.Anonymous();
        foreach (var path in new[] { "/notice", "/parameters", "/scenarios", "/assets/studio.js" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/notice?token=0123", UriKind.Relative))).StatusCode);
        using var save = Save(Change("$.seasons.spring.application.end", "date", "2024-03-31"));
        save.Headers.Add("Origin", studio.Server.Address);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(save)).StatusCode);
        Assert.Contains("\"end\": \"2024-04-02\"", await File.ReadAllTextAsync(studio.Rules.Edition), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_is_exchanged_for_an_HttpOnly_SameSite_Strict_cookie_and_dropped_from_the_address()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = studio.Anonymous();
        var answer = await client.GetAsync(new Uri($"/parameters?edition=2024&token={studio.Server.Token}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/parameters?edition=2024", answer.Headers.Location!.OriginalString);
        var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{AccessGuard.CookieFor(studio.Server.Port)}={studio.Server.Token}", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/parameters");
        page.Headers.Add("Cookie", $"{AccessGuard.CookieFor(studio.Server.Port)}={studio.Server.Token}");
        var shown = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("default-src 'none'", shown.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1.evil.example")]
    public async Task A_foreign_Host_is_refused_even_with_the_cookie(string host)
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/notice");
        request.Headers.Host = host;
        var answer = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("Host", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_address_by_name_localhost_is_its_own()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/notice");
        request.Headers.Host = $"localhost:{studio.Server.Port}";
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    [InlineData("http://127.0.0.1:1")]
    [InlineData("")]
    public async Task A_save_from_a_foreign_or_missing_Origin_is_refused_and_writes_nothing(string origin)
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        client.DefaultRequestHeaders.Remove("Origin");
        using var save = Save(Change("$.seasons.spring.application.end", "date", "2024-03-31"));
        if (origin.Length > 0)
        {
            save.Headers.Add("Origin", origin);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(save)).StatusCode);
        Assert.Contains("\"end\": \"2024-04-02\"", await File.ReadAllTextAsync(studio.Rules.Edition), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.json")]
    [InlineData("2024/../../outside.json")]
    [InlineData("/etc/passwd")]
    [InlineData("2024/new-file.json")]
    public async Task A_path_outside_the_pack_is_refused_and_nothing_is_written(string file)
    {
        await using var studio = await RunningStudio.StartAsync();
        var outside = Path.Combine(Path.GetDirectoryName(studio.Rules.Path)!, "outside.json");
        using var client = await studio.SignedInAsync();
        var before = studio.Rules.Texts();
        var answer = await client.SendAsync(Save(new { file, path = "$", kind = "string", value = "x" }));
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("\"saved\":false", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, studio.Rules.Texts());
        Assert.False(File.Exists(outside));
    }

    [Fact]
    public async Task A_file_of_the_pack_that_is_a_link_is_not_written_through()
    {
        var outside = Path.Combine(Directory.CreateTempSubdirectory("ahx1x-studio-outside-").FullName, "catalogue.json");
        await using var studio = await RunningStudio.StartAsync();
        var catalogue = Path.Combine(studio.Rules.Path, "2024", "catalogue.json");
        File.Move(catalogue, outside);
        File.CreateSymbolicLink(catalogue, outside);
        studio.Server.Workspace.Reload();
        var before = await File.ReadAllTextAsync(outside);
        using var client = await studio.SignedInAsync();
        var answer = await client.SendAsync(Save(new { file = "2024/catalogue.json", path = "$.sample", kind = "bool", value = "false" }));
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("link", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(outside));
        Directory.Delete(Path.GetDirectoryName(outside)!, recursive: true);
    }

    [Theory]
    [InlineData("/try", "application/x-www-form-urlencoded")]
    [InlineData("/try", "multipart/form-data; boundary=b")]
    [InlineData("/api/check", "application/json")]
    [InlineData("/api/save", "application/json")]
    public async Task An_oversized_request_is_refused_with_413(string path, string type)
    {
        await using var studio = await RunningStudio.StartAsync();
        // Raw HTTP: the studio answers as soon as it reads the declared length, before the body is sent.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, studio.Server.Port);
        var stream = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{studio.Server.Port}\r\nOrigin: {studio.Server.Address}\r\n"
            + $"Cookie: {AccessGuard.CookieFor(studio.Server.Port)}={studio.Server.Token}\r\nContent-Type: {type}\r\nContent-Length: {StudioServer.MaxBodyBytes + 1}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer);
        Assert.StartsWith("HTTP/1.1 413", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_changes_are_refused_with_a_message_and_never_a_stack_trace()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        var before = studio.Rules.Texts();
        var tooMany = Enumerable.Repeat(Change("$.year", "number", "2024"), PackWorkspace.MaxChanges + 1).ToArray();
        var answers = new[]
        {
            (await client.SendAsync(Save(tooMany)), HttpStatusCode.RequestEntityTooLarge),
            (await client.SendAsync(Save(new { path = "$.year", kind = "number", value = "1" })), HttpStatusCode.BadRequest),
            (await client.SendAsync(Save(Change("$.no.such.member", "string", "x"))), HttpStatusCode.BadRequest),
            (await client.PostAsync(new Uri("/api/save", UriKind.Relative), new StringContent("{ not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest),
            (await client.PostAsync(new Uri("/try", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.UnsupportedMediaType),
        };
        foreach (var (answer, status) in answers)
        {
            Assert.Equal(status, answer.StatusCode);
            Assert.DoesNotContain("   at ", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, studio.Rules.Texts());
    }

    [Fact]
    public async Task A_saved_date_changes_one_line_of_the_file_and_nothing_else()
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        var before = await File.ReadAllTextAsync(studio.Rules.Edition);
        var answer = await (await client.SendAsync(Save(Change("$.seasons.spring.application.end", "date", "2024-03-31")))).Content.ReadFromJsonAsync<Answer>();
        Assert.True(answer!.Saved);
        Assert.Equal([Edition], answer.Written);
        var after = await File.ReadAllTextAsync(studio.Rules.Edition);
        Assert.Equal(before.Replace("\"start\": \"2024-03-22\", \"end\": \"2024-04-02\" }", "\"start\": \"2024-03-22\", \"end\": \"2024-03-31\" }", StringComparison.Ordinal), after);
        Assert.Single(before.Split('\n').Zip(after.Split('\n')), pair => pair.First != pair.Second);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(studio.Rules.Edition)!, "*.studio-tmp*"));
    }

    [Theory]
    [InlineData("$.seasons.spring.application.end", "date", "2024-03-01", "$.seasons.spring.application")]
    [InlineData("$.seasons.spring.application.end", "date", "2024-13-01", "$.seasons.spring.application.end")]
    [InlineData("$.mail.summary.mailbox", "string", "not a mailbox", "$.mail.summary.mailbox")]
    [InlineData("$.thresholds.lowCompletionRate.value", "number", "1.5", "$.thresholds.lowCompletionRate")]
    public async Task A_save_the_library_refuses_gives_the_problem_at_its_path_and_writes_nothing(string path, string kind, string value, string problemAt)
    {
        await using var studio = await RunningStudio.StartAsync();
        using var client = await studio.SignedInAsync();
        var before = studio.Rules.Texts();
        var answer = await (await client.SendAsync(Save(Change(path, kind, value)))).Content.ReadFromJsonAsync<Answer>();
        Assert.False(answer!.Saved);
        Assert.Contains(answer.Problems, p => p.File == Edition && p.Path.StartsWith(problemAt, StringComparison.Ordinal));
        Assert.Equal(before, studio.Rules.Texts());
    }

    private static object Change(string path, string kind, string value) => new { file = Edition, path, kind, value };

    private static HttpRequestMessage Save(params object[] changes) =>
        new(HttpMethod.Post, "/api/save") { Content = JsonContent.Create(new { changes }) };

    private sealed record Answer(bool Saved, string[] Written, ProblemAnswer[] Problems);

    private sealed record ProblemAnswer(string File, string Path, string Code, string Message);
}
