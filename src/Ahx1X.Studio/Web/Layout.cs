using System.Text.Json;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Studio.Web;

/// <summary>The frame of every page: title, edition, tabs, language switch, and the pack's problems.</summary>
internal static class Layout
{
    private static readonly (string Path, string Zh, string En)[] Tabs =
    [
        ("/notice", "通知与条款", "Notice and clauses"),
        ("/parameters", "年度参数", "Parameters"),
        ("/rules", "规则", "Rules"),
        ("/scenarios", "场景测试", "Scenarios"),
        ("/try", "试用文档", "Try a document"),
        ("/calendar", "日程", "Calendar"),
        ("/changes", "改动", "Changes"),
    ];

    /// <summary>Returns the whole page around <paramref name="body"/>.</summary>
    public static string Page(StudioContext context, string path, string title, RawHtml body)
    {
        var page = new HtmlWriter();
        var lang = context.Chinese ? "zh-CN" : "en";
        page.Add($"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Add($"<title>{title} · {context.L("Ahx1X 规则工作室", "Ahx1X rules studio")}</title>");
        page.Add($"<link rel=\"stylesheet\" href=\"/assets/studio.css\"><script src=\"/assets/studio.js\" defer></script></head><body>");
        page.Add($"<header><strong>{context.L("Ahx1X 规则工作室", "Ahx1X rules studio")}</strong> <span class=\"folder\">{context.Workspace.Root}</span>");
        page.Add($"<form method=\"get\" action=\"{path}\" class=\"edition\"><label>{context.L("年度", "Edition")} <select name=\"edition\" id=\"edition-select\">");
        foreach (var year in context.Snapshot.Drafts.Where(d => d.Edition is not null).Select(d => d.Edition!.Parameters.Year).Order())
        {
            page.Add($"<option value=\"{year}\"{(year == context.Year ? new RawHtml(" selected") : new RawHtml(""))}>{year}</option>");
        }

        page.Add($"</select></label> <button type=\"submit\">{context.L("切换", "Show")}</button></form>");
        var other = context.Chinese ? "en" : "zh";
        page.Add($"<a class=\"lang\" id=\"lang-switch\" href=\"{context.Link(path, "lang=" + other)}\">{(context.Chinese ? "English" : "中文")}</a></header>");
        page.Add($"<nav>");
        foreach (var tab in Tabs)
        {
            var current = tab.Path == path ? new RawHtml(" aria-current=\"page\"") : new RawHtml("");
            page.Add($"<a href=\"{context.Link(tab.Path)}\"{current}>{context.L(tab.Zh, tab.En)}</a>");
        }

        page.Add($"</nav><main data-edition=\"{context.Year}\">");
        if (context.Snapshot.Problems.Count > 0)
        {
            page.Add($"<section class=\"pack-problems\" id=\"pack-problems\"><h2>{context.L("规则包无法加载", "The pack does not load")}</h2>{Problems(context.Snapshot.Problems)}</section>");
        }

        page.Add(body);
        page.Add($"</main></body></html>");
        return page.ToString();
    }

    /// <summary>Returns a list of problems, one line each with its file, position and JSON path.</summary>
    public static RawHtml Problems(IEnumerable<Problem> problems)
    {
        var list = new HtmlWriter().Add($"<ul class=\"problems\">");
        foreach (var problem in problems)
        {
            list.Add($"<li data-file=\"{problem.File}\" data-path=\"{problem.JsonPath}\"><code>{problem.File}{(problem.Line > 0 ? $":{problem.Line}:{problem.Column}" : "")}</code> <code>{problem.Code}</code> <code>{problem.JsonPath}</code> {problem.Message}</li>");
        }

        return list.Add($"</ul>").ToRaw();
    }

    /// <summary>Returns problems as the JSON the page's script places at their fields.</summary>
    public static object Json(IEnumerable<Problem> problems) =>
        problems.Select(p => new { file = p.File, path = p.JsonPath, code = p.Code, line = p.Line, column = p.Column, subject = p.Subject, message = p.Message }).ToArray();

    /// <summary>Returns a script element of type JSON holding <paramref name="value"/>, which the page's script reads; it is never run.</summary>
    public static RawHtml Data(string id, object value)
    {
        // Escaped so that no "</script>" can close the element early.
        var json = JsonSerializer.Serialize(value).Replace("<", "\\u003c", StringComparison.Ordinal);
        return new HtmlWriter().Add($"<script type=\"application/json\" id=\"{id}\">").Add(new RawHtml(json)).Add($"</script>").ToRaw();
    }
}
