using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Packs;
using Newtonsoft.Json;

namespace Ahx1X.Studio.Web;

/// <summary>
/// What the edition shown changes against the pack built into the library, by clause: the same
/// <see cref="PackComparison"/> that <c>ahx1x diff</c> prints, of the shipped edition of the same
/// year, or of the latest shipped one before it (its dates moved) for a year the library does not ship.
/// </summary>
internal static class ChangesPage
{
    private static readonly Lazy<RulePack> Shipped = new(RulePack.LoadEmbedded);

    private static readonly Dictionary<string, (string Zh, string En)> Kinds = new(StringComparer.Ordinal)
    {
        ["parameter"] = ("参数", "parameter"),
        ["clause"] = ("条款参数", "clause parameter"),
        ["rule"] = ("规则", "rule"),
        ["expression"] = ("表达式", "expression"),
        ["message"] = ("消息", "message"),
        ["severity"] = ("严重程度", "severity"),
        ["citation"] = ("引文", "citation"),
        ["section"] = ("章节", "section"),
        ["enabled"] = ("是否启用", "enabled"),
        ["finding"] = ("发现类型", "finding kind"),
        ["edition"] = ("年度", "edition"),
    };

    public static string Render(StudioContext context)
    {
        var body = new HtmlWriter();
        var title = context.L("改动", "Changes");
        if (context.Snapshot.Engine is not { } engine || context.Year is not { } year)
        {
            body.Add($"<p class=\"warning\" id=\"changes-basis\">{context.L("规则包无法加载，无法与内置规则包比较；先修正上面列出的问题。", "The pack does not load, so it cannot be compared with the shipped pack; mend the problems listed above first.")}</p>");
            return Layout.Page(context, "/changes", title, body.ToRaw());
        }

        var edition = engine.Pack.For(year);
        var basis = Shipped.Value.Editions.Where(e => e.Year <= year).MaxBy(e => e.Year);
        if (basis is null)
        {
            body.Add($"<p class=\"warning\" id=\"changes-basis\">{context.L($"内置规则包没有 {year} 年或更早的年度，无从比较。", $"The shipped pack has no edition of {year} or before to compare with.")}</p>");
            return Layout.Page(context, "/changes", title, body.ToRaw());
        }

        body.Add($"<p id=\"changes-basis\">{(basis.Year == year
            ? context.L($"本文件夹 {year} 年度（已保存的文件）与库内置的 {year} 年度规则包的比较。", $"The folder's {year} edition as saved, compared with the {year} edition shipped in the library.")
            : context.L($"内置规则包没有 {year} 年度；与其所由来的内置 {basis.Year} 年度比较，日期先顺延 {year - basis.Year} 年。", $"The library ships no {year} edition; compared with the shipped {basis.Year} edition it was started from, its dates first moved {year - basis.Year} year(s) on."))}</p>");
        var diff = PackComparison.Compare(basis, "embedded", edition, context.Workspace.Root);
        if (diff.Changes.Count == 0)
        {
            body.Add($"<p id=\"no-changes\">{context.L("没有改动。", "Nothing differs.")}</p>");
        }

        foreach (var clause in diff.Changes.GroupBy(c => c.ClauseId).OrderBy(g => g.Key is not null).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var id = clause.Key ?? "parameters";
            var heading = clause.Key is null
                ? new HtmlWriter().Add($"{context.L("不属于某一条款的参数", "Parameters no one clause owns")}").ToRaw()
                : new HtmlWriter().Add($"<a href=\"{context.Link("/notice")}#clause-{clause.Key}\">{clause.Key}</a>").ToRaw();
            body.Add($"<section class=\"changes\" id=\"changes-{id}\"><h2>{heading}</h2><table><thead><tr><th>{context.L("改动", "What")}</th><th>{context.L("位置", "Where")}</th><th>{context.L("原值", "Before")}</th><th>{context.L("现值", "Now")}</th></tr></thead><tbody>");
            foreach (var change in clause)
            {
                body.Add($"<tr class=\"change\" data-what=\"{change.What}\" data-where=\"{change.Where}\"><td>{Kind(context, change, edition)}</td><td><code>{change.Where}</code></td><td>{Value(change.Old, context.L("（新增）", "(added)"))}</td><td>{Value(change.New, context.L("（删除）", "(removed)"))}</td></tr>");
            }

            body.Add($"</tbody></table></section>");
        }

        return Layout.Page(context, "/changes", title, body.ToRaw());
    }

    /// <summary>Names the kind of change; a message change says which language, found from the folder's rule, since the comparison reports both as <c>message</c>.</summary>
    private static string Kind(StudioContext context, PackChange change, Edition edition)
    {
        var (zh, en) = Kinds.GetValueOrDefault(change.What, (change.What, change.What));
        if (change.What == "message" && edition.Workflows.All.SelectMany(w => w.Definitions).FirstOrDefault(r => r.Name == change.Where) is { } rule)
        {
            var chinese = change.New == JsonConvert.ToString(rule.Message.Zh);
            return context.L($"{zh}（{(chinese ? "中文" : "英文")}）", $"{en} ({(chinese ? "zh" : "en")})");
        }

        return context.L(zh, en);
    }

    private static RawHtml Value(string? json, string absent) =>
        json is null
            ? new HtmlWriter().Add($"<em>{absent}</em>").ToRaw()
            : new HtmlWriter().Add($"<code>{json}</code>").ToRaw();
}
