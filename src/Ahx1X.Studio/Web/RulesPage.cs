using Ahx1X.Rules.Results;

namespace Ahx1X.Studio.Web;

/// <summary>Each rule's messages, severity and expression, checked as they are typed through the same loading the pack gets, the problem shown at its field.</summary>
internal static class RulesPage
{
    public static string Render(StudioContext context)
    {
        var body = new HtmlWriter();
        if (context.Draft is { } draft)
        {
            body.Add($"<form class=\"edit\" id=\"rules-form\" data-save=\"/api/save\" data-check=\"/api/check\" data-live=\"true\"><p class=\"hint\">{context.L("每次修改都会即时检查（与加载规则包相同的校验）；“保存”在没有问题时写入文件。", "Each change is checked as you type (the same checks as loading the pack); Save writes the files when no problem remains.")}</p>");
            body.Add($"<div class=\"form-problems\" id=\"form-problems\"></div><div class=\"actions sticky\"><button type=\"submit\" id=\"save\">{context.L("保存", "Save")}</button> <span id=\"save-status\" role=\"status\"></span></div>");
            foreach (var workflow in draft.Workflows)
            {
                body.Add($"<h2>{workflow.Name} <code class=\"file\">{workflow.File}</code></h2>");
                foreach (var rule in workflow.Rules)
                {
                    var at = rule.At.Self.JsonPath;
                    body.Add($"<fieldset class=\"rule\" id=\"rule-{rule.Name}\"><legend><code>{rule.Name}</code> · <a href=\"{context.Link("/notice")}#clause-{rule.ClauseId}\">{rule.ClauseId}</a> · {rule.Section}</legend>");
                    body.Add($"<p class=\"citation\"><q>{rule.CitationText}</q></p>");
                    Fields.Select(body, rule.File, at + ".Properties.severity", context.L("严重程度", "Severity"), Terms.Severity.Wire(rule.Severity), Enum.GetValues<FindingSeverity>().Select(s => (Terms.Severity.Wire(s), context.L(Terms.Severity, s))));
                    Fields.Area(body, rule.File, at + ".Properties.message.zh", "string", context.L("中文消息", "Message (Chinese)"), rule.Message.Zh);
                    Fields.Area(body, rule.File, at + ".Properties.message.en", "string", context.L("英文消息", "Message (English)"), rule.Message.En);
                    Fields.Area(body, rule.File, at + ".Expression", "string", context.L("表达式（条款满足时为真）", "Expression (true when the clause is met)"), rule.Expression, 3);
                    body.Add($"</fieldset>");
                }
            }

            body.Add($"</form>");
        }

        return Layout.Page(context, "/rules", context.L("规则", "Rules"), body.ToRaw());
    }
}
