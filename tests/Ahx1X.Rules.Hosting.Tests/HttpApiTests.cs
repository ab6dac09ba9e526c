using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ahx1X.Rules.Hosting.Tests;

/// <summary>
/// A minimal API set up with AddAhx1XHttpApi(), served by Kestrel on a loopback port: a typed
/// request binds from the contract's JSON, and every bad request is a problem document naming the member.
/// </summary>
public sealed class HttpApiTests : IAsyncLifetime
{
    private const string Valid = """
        { "institution": { "name": "安徽示范职业技术学院", "kind": "higherVocational", "registeredOn": "2021-05-10", "majorsOffered": ["软件技术"],
          "officeMeetingApprovedOn": "2024-03-12", "standardsInTrainingPlan": true, "fundingBudgeted": true },
          "application": { "year": 2024, "certificate": "B1-WEB", "level": "junior", "assessedMajors": ["软件技术"], "candidates": 23,
          "season": "spring", "submittedAt": "2024-03-25", "justificationPresent": true, "formPresent": true } }
        """;

    private WebApplication? app;
    private HttpClient client = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = 4096;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(2));
        });
        builder.Services.AddAhx1XRules().AddAhx1XHttpApi();
        app = builder.Build();
        app.MapPost("/check", (ApplicationRequest request, IPolicyEngineProvider rules) => rules.Current.Evaluate(request));
        app.MapPost("/document", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            return Document.Parse(await reader.ReadToEndAsync(), "body").Entries.Count;
        });
        app.MapGet("/fails", string () => throw new InvalidOperationException("a defect of the app's own"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task TypedRequest_BindsFromTheContract_AndTheResultIsWrittenInIt()
    {
        var (status, body) = await PostAsync(Valid);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("rejected", (string?)body["outcome"]);
        Assert.Contains(body["findings"]!.AsArray(), f => (string?)f!["clauseId"] == "SCALE-01" && (string?)f["severity"] == "error");
        Assert.Equal(2024, (int?)body["receipt"]!["edition"]);
        Assert.Null(body["edition"]);
    }

    public static TheoryData<string, string, string> BadBodies() => new()
    {
        { Valid.Replace("\"formPresent\": true", "\"formPresent\": true, \"nickname\": 1", StringComparison.Ordinal), ProblemCodes.UnknownMember, "$.application.nickname" },
        { Valid.Replace("\"candidates\": 23", "\"candidates\": \"23\"", StringComparison.Ordinal), ProblemCodes.InvalidValue, "$.application.candidates" },
        { Valid.Replace("\"level\": \"junior\"", "\"level\": 1", StringComparison.Ordinal), ProblemCodes.InvalidValue, "$.application.level" },
        { Valid.Replace("\"certificate\": \"B1-WEB\",", "", StringComparison.Ordinal), ProblemCodes.MissingMember, "$.application" },
        { Valid[..^10], ProblemCodes.Syntax, "$.application" },
        // Read by the contract, then refused by the library's bounds when judged.
        { Valid.Replace("\"candidates\": 23", "\"candidates\": 1000000", StringComparison.Ordinal), ProblemCodes.InvalidValue, "$.application.candidates" },
        { Valid.Replace("\"year\": 2024", "\"year\": 2031", StringComparison.Ordinal), ProblemCodes.NoEdition, "$" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadBody_IsAProblemDocumentNamingTheMember(string json, string code, string path)
    {
        var (status, body, type) = await PostRawAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(400, (int?)body["status"]);
        var problem = Assert.Single(body["problems"]!.AsArray(), p => (string?)p!["jsonPath"] == path)!;
        Assert.Equal(code, (string?)problem["code"]);
        Assert.NotNull(body["errors"]![path]);
        Assert.Equal(0, (int?)body["problemsNotListed"]);
        Assert.DoesNotContain("   at ", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoBody_IsAProblemDocument()
    {
        var (status, body, type) = await PostRawAsync("");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.False(string.IsNullOrEmpty((string?)body["detail"]));
    }

    [Fact]
    public async Task AnotherContentType_Is415WithAProblemDocument()
    {
        var (status, body, type) = await PostRawAsync(Valid, "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains("application/json", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyOverTheServersLimit_Is413WithAProblemDocument()
    {
        var (status, body, type) = await PostRawAsync(Valid + new string(' ', 5000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(413, (int?)body["status"]);
    }

    [Fact]
    public async Task BodySentTooSlowly_Is408WithAProblemDocument()
    {
        // Headers announce 2,000 bytes, then 10 arrive and nothing more: below 100 bytes/s after the grace period.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(client.BaseAddress!.Host, client.BaseAddress.Port);
        var head = $"POST /check HTTP/1.1\r\nHost: {client.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{{ \"instit";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head));

        var answer = new StringBuilder();
        var buffer = new byte[8192];
        int read;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
        {
            answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        var text = answer.ToString();
        Assert.StartsWith("HTTP/1.1 408", text, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", text, StringComparison.Ordinal);
        Assert.Contains("too slowly", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadDocument_IsAProblemDocumentWithEveryProblemUpTo100AndTheCountOfTheRest()
    {
        var members = string.Join(", ", Enumerable.Range(0, 150).Select(i => $"\"m{i}\": 1"));
        var json = $$"""{ "kind": "applications", "institutions": [ { "name": "x", "applications": [ { "id": "A", "year": 2024, "certificate": "B1-WEB", {{members}} } ] } ] }""";

        var (status, body, type) = await PostRawAsync(json, path: "/document");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(100, body["problems"]!.AsArray().Count);
        Assert.All(body["problems"]!.AsArray(), p => Assert.Equal(ProblemCodes.UnknownMember, (string?)p!["code"]));
        Assert.True((int?)body["problemsNotListed"] > 0);
    }

    [Fact]
    public async Task AnotherException_IsA500ProblemWithoutItsStackTrace()
    {
        using var response = await client.GetAsync(new Uri("/fails", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("defect", text, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string json)
    {
        var (status, body, _) = await PostRawAsync(json);
        return (status, body);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body, string? Type)> PostRawAsync(string json, string contentType = "application/json", string path = "/check")
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrWhiteSpace(text), $"HTTP {(int)response.StatusCode} with an empty body");
        return (response.StatusCode, JsonNode.Parse(text)!, response.Content.Headers.ContentType?.MediaType);
    }
}
