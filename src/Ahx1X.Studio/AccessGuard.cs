using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Ahx1X.Studio;

/// <summary>
/// Lets a request through only from this machine's browser holding the studio's token. A
/// <c>Host</c> other than the studio's own address is refused (DNS rebinding), and so is an
/// <c>Origin</c> other than its own, or a change sent without one (cross-site request forgery).
/// The token comes once in the address printed at start; it is then kept in an HttpOnly,
/// SameSite=Strict cookie and the address is reloaded without it.
/// </summary>
internal sealed class AccessGuard(string token, Func<int> port)
{
    /// <summary>Returns the name of the cookie that carries the token after the first visit; one per port, as browsers share cookies across the ports of a host.</summary>
    public static string CookieFor(int port) => $"ahx1x-studio-{port}";

    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    public async Task Invoke(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var response = context.Response;
        var own = OwnOrigins();
        if (!own.Any(o => string.Equals(o[(o.IndexOf("//", StringComparison.Ordinal) + 2)..], request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "This studio answers only to its own address (Host header refused).");
            return;
        }

        var origin = request.Headers.Origin.ToString();
        var changes = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
        if ((origin.Length > 0 || changes) && !own.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Requests from another origin are refused (Origin header missing or foreign).");
            return;
        }

        if (request.Query.TryGetValue("token", out var offered) && HttpMethods.IsGet(request.Method))
        {
            if (!Matches(offered.ToString()))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, "The token is wrong; open the address the studio printed when it started.");
                return;
            }

            response.Cookies.Append(CookieFor(port()), token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            // The same page without the token, so it leaves the address bar and the history.
            var rest = string.Join("&", request.Query.Where(q => q.Key != "token").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}"));
            response.Redirect(request.Path + (rest.Length > 0 ? "?" + rest : ""));
            return;
        }

        if (!request.Cookies.TryGetValue(CookieFor(port()), out var cookie) || !Matches(cookie))
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "The studio needs its access token: open the address, with ?token=..., that 'ahx1x studio' printed when it started.");
            return;
        }

        await next(context);
    }

    private string[] OwnOrigins() => [$"http://127.0.0.1:{port()}", $"http://localhost:{port()}"];

    private bool Matches(string? offered) =>
        offered is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered), _token);

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message + "\n");
    }
}
