using Ahx1X.Rules.Results;
using Microsoft.AspNetCore.Http;

namespace Ahx1X.Studio.Web;

/// <summary>What one request renders with: the interface language, the edition shown and the folder's snapshot.</summary>
internal sealed class StudioContext
{
    /// <summary>The cookie that keeps the language chosen with the switch.</summary>
    public const string LanguageCookie = "ahx1x-studio-lang";

    public StudioContext(HttpContext http, PackWorkspace workspace)
    {
        Http = http;
        Workspace = workspace;
        // Read anew for every page, so a change made in an editor meanwhile is what the page shows.
        Snapshot = workspace.Reload();
        Chinese = LanguageOf(http) == "zh";
        var years = Snapshot.Drafts.Where(d => d.Edition is not null).Select(d => d.Edition!.Parameters.Year).ToList();
        Year = int.TryParse(http.Request.Query["edition"], out var year) && years.Contains(year) ? year : years.Count > 0 ? years.Max() : null;
    }

    public HttpContext Http { get; }

    public PackWorkspace Workspace { get; }

    public PackSnapshot Snapshot { get; }

    /// <summary>Gets whether the interface is in Chinese.</summary>
    public bool Chinese { get; }

    /// <summary>Gets the year of the edition shown, or null when no edition could be read.</summary>
    public int? Year { get; }

    /// <summary>Gets the edition shown as the reader sees it.</summary>
    public Rules.RuleModel.EditionDraft? Draft =>
        Snapshot.Drafts.FirstOrDefault(d => d.Edition?.Parameters.Year == Year);

    /// <summary>Returns the text in the interface's language.</summary>
    public string L(string zh, string en) => Chinese ? zh : en;

    /// <summary>Returns the localized text in the interface's language.</summary>
    public string L(LocalizedText text) => Chinese ? text.Zh : text.En;

    /// <summary>Returns how <paramref name="value"/> is named in the interface's language.</summary>
    public string L<TEnum>(Rules.Model.Vocabulary<TEnum> vocabulary, TEnum value)
        where TEnum : struct, Enum => vocabulary.Text(value, Chinese);

    /// <summary>Returns a link to <paramref name="path"/> for the edition shown.</summary>
    public string Link(string path, string query = "") =>
        $"{path}?edition={Year}{(query.Length > 0 ? "&" + query : "")}";

    private static string LanguageOf(HttpContext http)
    {
        var chosen = http.Request.Query["lang"].ToString();
        if (chosen is "zh" or "en")
        {
            http.Response.Cookies.Append(LanguageCookie, chosen, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            return chosen;
        }

        if (http.Request.Cookies.TryGetValue(LanguageCookie, out var cookie) && cookie is "zh" or "en")
        {
            return cookie;
        }

        // The browser's first language that is Chinese or English decides.
        foreach (var language in http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.ToString();
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return "zh";
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "en";
            }
        }

        return "en";
    }
}
