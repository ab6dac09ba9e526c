using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Ahx1X.Studio.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ahx1X.Studio;

/// <summary>
/// The studio's web application on 127.0.0.1: pages rendered on the server from the library's
/// definitions, a small script and style from this assembly, and two endpoints that check and
/// save changed values. Nothing is fetched from elsewhere at run time.
/// </summary>
internal sealed class StudioServer : IAsyncDisposable
{
    /// <summary>The largest request body accepted, in bytes: the largest rule file the library reads, with room for a form around it.</summary>
    public const long MaxBodyBytes = 4L * 1024 * 1024 + 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebApplication _app;

    private StudioServer(WebApplication app, PackWorkspace workspace, string token)
    {
        _app = app;
        Workspace = workspace;
        Token = token;
    }

    /// <summary>Gets the folder the studio edits.</summary>
    public PackWorkspace Workspace { get; }

    /// <summary>Gets the access token of this run.</summary>
    public string Token { get; }

    /// <summary>Gets the port the studio listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Gets the studio's address.</summary>
    public string Address => $"http://127.0.0.1:{Port}";

    /// <summary>Gets the address with the token, to open once in a browser.</summary>
    public string AccessAddress => $"{Address}/?token={Token}";

    /// <summary>Starts the studio for the rules folder at <paramref name="folder"/> on <paramref name="port"/> (0 for any free port).</summary>
    /// <param name="folder">The rules folder.</param>
    /// <param name="port">The port on 127.0.0.1.</param>
    /// <param name="files">The file system saves write through; null for the real one.</param>
    public static async Task<StudioServer> StartAsync(string folder, int port, IStudioFileSystem? files = null)
    {
        var workspace = new PackWorkspace(folder, files ?? new PhysicalFileSystem());
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(StudioServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueLengthLimit = (int)MaxBodyBytes;
            form.MultipartBodyLengthLimit = MaxBodyBytes;
        });
        var app = builder.Build();
        var server = new StudioServer(app, workspace, token);
        var guard = new AccessGuard(token, () => server.Port);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            headers.XContentTypeOptions = "nosniff";
            // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with a form, which the guard refuses.
            headers["Referrer-Policy"] = "same-origin";
            headers.CacheControl = "no-store";
            await next(context);
        });
        app.Use(guard.Invoke);
        server.Map();
        await app.StartAsync();
        server.Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return server;
    }

    /// <summary>Waits until the studio is stopped.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation) => Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app, cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map()
    {
        _app.MapGet("/", (HttpContext http) => Results.Redirect("/notice" + http.Request.QueryString));
        Page("/notice", NoticePage.Render);
        Page("/parameters", ParametersPage.Render);
        Page("/rules", RulesPage.Render);
        Page("/scenarios", ScenariosPage.Render);
        Page("/calendar", CalendarPage.Render);
        Page("/changes", ChangesPage.Render);
        _app.MapGet("/try", (HttpContext http) => Html(TryPage.Render(new StudioContext(http, Workspace), null)));
        _app.MapPost("/try", async (HttpContext http) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Results.Text("Send the document as a form field named document, or a file named upload.", "text/plain", statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            return Html(TryPage.Render(new StudioContext(http, Workspace), form["document"].ToString(), form.Files.GetFile("upload")));
        });
        _app.MapPost("/api/check", (ChangeSet body) => Answer(() => Workspace.Check(body.Changes ?? [], body.Confirmed ?? [])));
        _app.MapPost("/api/save", (ChangeSet body) => Answer(() => Workspace.Save(body.Changes ?? [], body.Confirmed ?? [])));
        _app.MapPost("/api/new-edition", (NewEdition body) => Answer(() => Workspace.CreateEdition(body.From, body.Year)));
        _app.MapGet("/assets/{name}", (string name) => Asset(name));
    }

    private void Page(string path, Func<StudioContext, string> render) =>
        _app.MapGet(path, (HttpContext http) => Html(render(new StudioContext(http, Workspace))));

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8");

    private static IResult Answer(Func<SaveResult> act)
    {
        try
        {
            var result = act();
            return Results.Json(new { saved = result.Saved, written = result.Written, problems = Layout.Json(result.Problems), warnings = Layout.Json(result.Warnings) }, Json);
        }
        catch (StudioRefusal refusal)
        {
            return Results.Json(new { saved = false, error = refusal.Message }, Json, statusCode: refusal.Status);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Results.Json(new { saved = false, error = $"The files could not be written, and the old ones are in place: {ex.Message}" }, Json, statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult Asset(string name)
    {
        var stream = typeof(StudioServer).Assembly.GetManifestResourceStream("assets/" + name);
        return stream is null
            ? Results.NotFound()
            : Results.Stream(stream, Path.GetExtension(name) switch { ".js" => "text/javascript; charset=utf-8", ".css" => "text/css; charset=utf-8", _ => "application/octet-stream" });
    }

    /// <summary>The body of a check or a save.</summary>
    /// <param name="Changes">The values changed.</param>
    /// <param name="Confirmed">The values confirmed against the new notice, whose lines leave <c>to-confirm.txt</c>.</param>
    internal sealed record ChangeSet(IReadOnlyList<FieldChange>? Changes, IReadOnlyList<ConfirmedValue>? Confirmed = null);

    /// <summary>The body of a new edition: the year copied and the new year.</summary>
    /// <param name="From">The edition copied.</param>
    /// <param name="Year">The new edition's year.</param>
    internal sealed record NewEdition(int From, int Year);
}
