using System.Net;

namespace Ahx1X.Studio.Tests;

/// <summary>A studio on a free port of 127.0.0.1 over a fresh copy of the rules, and a client holding its cookie.</summary>
internal sealed class RunningStudio : IAsyncDisposable
{
    private RunningStudio(RulesCopy rules, StudioServer server)
    {
        Rules = rules;
        Server = server;
    }

    public RulesCopy Rules { get; }

    public StudioServer Server { get; }

    public static async Task<RunningStudio> StartAsync(IStudioFileSystem? files = null)
    {
        var rules = new RulesCopy();
        return new RunningStudio(rules, await StudioServer.StartAsync(rules.Path, 0, files));
    }

    /// <summary>Returns a client that sends no cookie and follows no redirect.</summary>
    public HttpClient Anonymous() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(Server.Address) };

    /// <summary>Returns a client that has opened the access address, so it holds the cookie, and sends the studio's own Origin.</summary>
    public async Task<HttpClient> SignedInAsync()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(Server.Address) };
        var answer = await client.GetAsync(new Uri(Server.AccessAddress));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        client.DefaultRequestHeaders.Add("Origin", Server.Address);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Rules.Dispose();
    }
}
