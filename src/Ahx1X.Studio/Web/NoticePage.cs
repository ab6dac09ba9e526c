using Ahx1X.Rules.RuleModel;

namespace Ahx1X.Studio.Web;

/// <summary>
/// The notice's full text beside the clauses: each sentence a rule cites is marked and linked to
/// its clauses and rules, and selecting one shows which clauses rest on it.
/// </summary>
internal static class NoticePage
{
    public static string Render(StudioContext context)
    {
        var body = new HtmlWriter();
        var draft = context.Draft;
        if (draft?.Edition is not { } edition)
        {
            return Layout.Page(context, "/notice", context.L("通知与条款", "Notice and clauses"), body.ToRaw());
        }

        var rules = draft.Workflows.SelectMany(w => w.Rules).ToList();
        var citations = rules.Select(r => r.CitationText).Distinct(StringComparer.Ordinal).ToList();
        var notice = context.Snapshot.Text(draft.Folder + edition.NoticeFile) ?? "";
        var marks = Marks(notice, citations);

        body.Add($"<div class=\"notice-layout\"><article class=\"notice\" id=\"notice\"><h2>{edition.Parameters.Title}</h2><p class=\"number\">{edition.Parameters.DocumentNumber}</p>");
        body.Add($"<div class=\"notice-text\">");
        var start = 0;
        foreach (var (from, to, cited) in marks)
        {
            body.Add($"{notice[start..from]}");
            var clauses = cited.SelectMany(c => rules.Where(r => r.CitationText == citations[c]).Select(r => r.ClauseId)).Distinct().ToList();
            var ruleNames = cited.SelectMany(c => rules.Where(r => r.CitationText == citations[c]).Select(r => r.Name)).Distinct().ToList();
            var links = string.Join(" ", cited.Select(c => "cite-" + c));
            body.Add($"<mark tabindex=\"0\" class=\"cited\" id=\"{"cite-" + cited[0]}-{from}\" data-cites=\"{links}\" data-clauses=\"{string.Join(' ', clauses)}\" data-rules=\"{string.Join(' ', ruleNames)}\" title=\"{string.Join(", ", clauses)}\">{notice[from..to]}</mark>");
            start = to;
        }

        body.Add($"{notice[start..]}</div></article>");
        body.Add($"<aside class=\"clauses\"><div class=\"rests\" id=\"rests-on\" hidden><h3>{context.L("依据此句的条款与规则", "Clauses and rules resting on this sentence")}</h3><ul id=\"rests-list\"></ul></div>");
        foreach (var clause in edition.Clauses)
        {
            Clause(context, body, clause, rules.Where(r => r.ClauseId == clause.Id).ToList(), citations);
        }

        body.Add($"</aside></div>");
        var unfound = citations.Where((c, i) => !marks.Any(m => m.Cited.Contains(i))).ToList();
        if (unfound.Count > 0)
        {
            body.Add($"<p class=\"warning\">{context.L("以下引文未在通知中找到：", "These citations are not found in the notice:")} {string.Join(" / ", unfound)}</p>");
        }

        return Layout.Page(context, "/notice", context.L("通知与条款", "Notice and clauses"), body.ToRaw());
    }

    private static void Clause(StudioContext context, HtmlWriter body, ClauseDefinition clause, IReadOnlyList<RuleDefinition> rules, IReadOnlyList<string> citations)
    {
        body.Add($"<section class=\"clause\" id=\"clause-{clause.Id}\" data-clause=\"{clause.Id}\"><h3><code>{clause.Id}</code> <span class=\"section\">§ {clause.Section}</span></h3>");
        body.Add($"<p lang=\"zh\">{clause.Title.Zh}</p><p lang=\"en\">{clause.Title.En}</p>");
        foreach (var rule in rules)
        {
            var cite = citations.ToList().IndexOf(rule.CitationText);
            body.Add($"<details class=\"rule\" id=\"rule-{rule.Name}\"><summary><code>{rule.Name}</code> <span class=\"severity {Terms.Severity.Wire(rule.Severity)}\">{context.L(Terms.Severity, rule.Severity)}</span>{(rule.Enabled ? "" : context.L(" （停用）", " (disabled)"))}</summary>");
            body.Add($"<p><a href=\"#\" class=\"cite-link\" data-cite=\"cite-{cite}\">{context.L("引文", "Cites")} {rule.Section}</a>: <q>{rule.CitationText}</q></p>");
            body.Add($"<p lang=\"zh\">{rule.Message.Zh}</p><p lang=\"en\">{rule.Message.En}</p><pre class=\"expression\">{rule.Expression}</pre>");
            body.Add($"<p><a href=\"{context.Link("/rules")}#rule-{rule.Name}\">{context.L("编辑此规则", "Edit this rule")}</a></p></details>");
        }

        body.Add($"</section>");
    }

    /// <summary>
    /// Returns the stretches of <paramref name="notice"/> that citations cover, each with the
    /// citations covering it. Citations are matched as the validator matches them, with white
    /// space dropped, and mapped back to the text as written.
    /// </summary>
    internal static IReadOnlyList<(int From, int To, IReadOnlyList<int> Cited)> Marks(string notice, IReadOnlyList<string> citations)
    {
        var positions = new List<int>();
        for (var i = 0; i < notice.Length; i++)
        {
            if (!char.IsWhiteSpace(notice[i]))
            {
                positions.Add(i);
            }
        }

        var normalised = EditionDraft.Normalise(notice);
        var cover = new List<int>[notice.Length];
        for (var c = 0; c < citations.Count; c++)
        {
            var needle = EditionDraft.Normalise(citations[c]);
            var at = needle.Length == 0 ? -1 : normalised.IndexOf(needle, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            for (var i = positions[at]; i <= positions[at + needle.Length - 1]; i++)
            {
                (cover[i] ??= []).Add(c);
            }
        }

        var marks = new List<(int, int, IReadOnlyList<int>)>();
        for (var i = 0; i < notice.Length;)
        {
            if (cover[i] is null)
            {
                i++;
                continue;
            }

            var start = i;
            var set = cover[i];
            while (i < notice.Length && cover[i] is { } next && next.SequenceEqual(set))
            {
                i++;
            }

            marks.Add((start, i, set));
        }

        return marks;
    }
}
