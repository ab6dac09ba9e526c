using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Model;

namespace Ahx1X.Studio.Web;

/// <summary>The edition's values in forms: windows, deadlines, mail, thresholds, batches, cities, contacts and routes. Save checks them with the library before it writes.</summary>
internal static class ParametersPage
{
    public static string Render(StudioContext context)
    {
        var body = new HtmlWriter();
        var draft = context.Draft;
        if (draft?.Edition is { } edition)
        {
            var file = edition.File;
            var p = edition.Parameters;
            body.Add($"<form class=\"edit\" id=\"parameters-form\" data-save=\"/api/save\" data-check=\"/api/check\"><p class=\"hint\">{context.L("修改后点击“保存”：保存前用规则库自身的校验检查整个规则包，有问题时不写入文件，并在对应字段旁列出。带“占位值”标记的数值是通知未给出的、需由工作人员确定的值。", "Change values, then Save: the whole pack is checked with the library's own validation first, and nothing is written while a problem remains; each problem is shown at its field. Values marked placeholder are ones the notice does not give; staff set them.")}</p>");
            body.Add($"<div class=\"form-problems\" id=\"form-problems\"></div>");
            foreach (var (season, calendar, zh, en) in new[] { ("spring", p.Spring, "春季", "Spring"), ("autumn", p.Autumn, "秋季", "Autumn") })
            {
                body.Add($"<fieldset><legend>{context.L(zh, en)}</legend>");
                foreach (var (step, window, stepZh, stepEn) in new[]
                {
                    ("application", calendar.Application, "院校申报 (TIME-01)", "Application (TIME-01)"),
                    ("cityReview", calendar.CityReview, "市级初审 (TIME-02)", "City review (TIME-02)"),
                    ("provincialReview", calendar.ProvincialReview, "省级审核 (TIME-03)", "Provincial review (TIME-03)"),
                })
                {
                    body.Add($"<div class=\"row\"><span class=\"row-label\">{context.L(stepZh, stepEn)}</span>");
                    Fields.Input(body, file, $"$.seasons.{season}.{step}.start", "date", context.L("开始", "from"), Fields.Date(window.Start));
                    Fields.Input(body, file, $"$.seasons.{season}.{step}.end", "date", context.L("截止（含）", "to (inclusive)"), Fields.Date(window.End));
                    body.Add($"</div>");
                }

                body.Add($"<div class=\"row\"><span class=\"row-label\">{context.L("汇总表报送截止 (PROC-02)", "Summary table deadline (PROC-02)")}</span>");
                Fields.Input(body, file, $"$.seasons.{season}.summaryDeadline.date", "date", context.L("日期", "date"), Fields.Date(calendar.SummaryDeadline.Date));
                Fields.Check(body, file, $"$.seasons.{season}.summaryDeadline.inclusive", context.L("当日仍可报送（含当日）", "the day itself counts (inclusive)"), calendar.SummaryDeadline.Inclusive);
                body.Add($"</div></fieldset>");
            }

            body.Add($"<fieldset><legend>{context.L("邮箱与邮件主题", "Mailboxes and subjects")}</legend><div class=\"row\">");
            Fields.Input(body, file, "$.mail.summary.mailbox", "string", context.L("汇总表邮箱", "Summary mailbox"), p.SummaryMailbox);
            Fields.Input(body, file, "$.mail.summary.subject", "string", context.L("汇总表邮件主题（{unit} 为单位名称）", "Summary subject ({unit} is the sender)"), p.SummarySubject);
            body.Add($"</div><div class=\"row\">");
            Fields.Input(body, file, "$.mail.quotaIncrease.mailbox", "string", context.L("调增申请邮箱", "Increase mailbox"), p.IncreaseMailbox);
            Fields.Input(body, file, "$.mail.quotaIncrease.subject", "string", context.L("调增邮件主题", "Increase subject"), p.IncreaseSubject);
            body.Add($"</div></fieldset>");

            body.Add($"<fieldset><legend>{context.L("阈值", "Thresholds")}</legend>");
            Threshold(context, body, file, "lowCompletionRate", context.L("完成率下限 (SCALE-03)", "Low completion rate (SCALE-03)"), Fields.Number(p.LowCompletionRate.Value), p.LowCompletionRate.IsPlaceholder);
            Threshold(context, body, file, "lowIssuanceRate", context.L("发证率下限 (SCALE-04)", "Low issuance rate (SCALE-04)"), Fields.Number(p.LowIssuanceRate.Value), p.LowIssuanceRate.IsPlaceholder);
            body.Add($"<div class=\"row\"><span class=\"row-label\">{context.L("校长办公会最早批准日期 (REQ-02)", "Earliest office meeting (REQ-02)")}{Placeholder(context, p.EarliestOfficeMeeting.IsPlaceholder)}</span>");
            Fields.Input(body, file, "$.thresholds.earliestOfficeMeeting.value", "date", context.L("日期", "date"), Fields.Date(p.EarliestOfficeMeeting.Value));
            Fields.Check(body, file, "$.thresholds.earliestOfficeMeeting.placeholder", context.L("占位值", "placeholder"), p.EarliestOfficeMeeting.IsPlaceholder);
            body.Add($"</div><div class=\"row\"><span class=\"row-label\">{context.L("考核进展缓慢 (MON-01)", "Slow examination (MON-01)")}{Placeholder(context, p.SlowExamination.IsPlaceholder)}</span>");
            Fields.Input(body, file, "$.thresholds.slowExamination.value", "number", context.L("已考核比例", "share examined"), Fields.Number(p.SlowExamination.Value));
            Fields.Input(body, file, "$.thresholds.slowExamination.monthsAfterApproval", "number", context.L("批准后月数", "months after approval"), p.SlowExamination.MonthsAfterApproval.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Fields.Check(body, file, "$.thresholds.slowExamination.placeholder", context.L("占位值", "placeholder"), p.SlowExamination.IsPlaceholder);
            body.Add($"</div></fieldset>");

            body.Add($"<fieldset><legend>{context.L("证书批次与城市", "Batches and cities")}</legend>");
            Fields.Input(body, file, "$.publishedBatches", "numbers", context.L("计入的证书批次 (SCOPE-01)，以逗号分隔", "Published batches that count (SCOPE-01), comma separated"), string.Join(", ", p.PublishedBatches));
            Fields.Area(body, file, "$.cities", "strings", context.L("城市（市教育行政部门），以逗号分隔", "Cities (city bureaus), comma separated"), string.Join("、", p.Cities), 3);
            body.Add($"</fieldset>");

            body.Add($"<fieldset><legend>{context.L("各类院校的流程", "Routes of each kind of institution")}</legend><p class=\"hint\">{string.Join(", ", Enum.GetValues<RouteStep>().Select(s => $"{Terms.RouteStep.Wire(s)} ({context.L(Terms.RouteStep, s)})"))}</p>");
            foreach (var route in p.Routes)
            {
                var kind = Vocabularies.InstitutionKind.Wire(route.Kind);
                var steps = route.Steps.Select(Terms.RouteStep.Wire);
                Fields.Input(body, file, $"$.routes.{kind}", "strings", context.L(Vocabularies.InstitutionKind, route.Kind), string.Join(", ", steps));
            }

            body.Add($"</fieldset><fieldset><legend>{context.L("联系人", "Contacts")}</legend>");
            for (var i = 0; i < p.Contacts.Count; i++)
            {
                var contact = p.Contacts[i];
                body.Add($"<div class=\"row\"><span class=\"row-label\">{context.L(Terms.ContactRole, contact.Role)}</span>");
                Fields.Input(body, file, $"$.contacts[{i}].office", "string", context.L("处室", "office"), contact.Office);
                Fields.Input(body, file, $"$.contacts[{i}].people", "string", context.L("联系人", "people"), contact.People);
                Fields.Input(body, file, $"$.contacts[{i}].phone", "string", context.L("电话", "phone"), contact.Phone);
                body.Add($"</div>");
            }

            body.Add($"</fieldset>");
            ToConfirm(context, body, draft.Folder, p.Year);
            body.Add($"<div class=\"actions\"><button type=\"submit\" id=\"save\">{context.L("保存", "Save")}</button> <span id=\"save-status\" role=\"status\"></span></div></form>");
            body.Add($"<form class=\"new-edition\" id=\"new-edition\" data-from=\"{p.Year}\"><fieldset><legend>{context.L("新年度", "A new edition")}</legend><p class=\"hint\">{context.L($"把 {p.Year} 年度（规则、目录、通知、场景测试）复制为新的年度，所有日期按整年移动；然后在此页修改新日期并保存。", $"Copy the {p.Year} edition (rules, catalogue, notice, scenarios) to a new year, every date moved by whole years; then change the new dates on this page and save.")}</p>");
            Fields.NewYear(body, context.L("年度", "Year"), p.Year + 1);
            body.Add($"<button type=\"submit\" id=\"create-edition\">{context.L("创建", "Create")}</button> <span id=\"new-edition-status\" role=\"status\"></span><div class=\"form-problems\" id=\"new-edition-problems\"></div></fieldset></form>");
        }

        return Layout.Page(context, "/parameters", context.L("年度参数", "Parameters"), body.ToRaw());
    }

    /// <summary>
    /// Writes a "confirmed" box for each value of <c>to-confirm.txt</c> still as <c>edition new</c> moved it; the page's script puts
    /// each beside its field, and the rest (the notice's text, values with no field here) stay in this list with their values.
    /// </summary>
    private static void ToConfirm(StudioContext context, HtmlWriter body, string folder, int year)
    {
        var pending = LintToConfirm.Pending(file => context.Snapshot.Text(folder + file)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        body.Add($"<fieldset id=\"to-confirm\"><legend>{context.L("待确认的数值", "Values to confirm")}</legend><p class=\"hint\">{context.L($"以下 {pending.Count} 个数值是从上一年度按整年移动而来的，须对照 {year} 年通知逐一确认：按通知修改，或在通知给出相同数值时勾选“已确认”。保存时，已确认的数值从 {folder}{ToConfirmList.File} 中删去；未确认的数值由 lint 列出，规则包不应发布。", $"These {pending.Count} values were moved by whole years from the edition before and are each to be confirmed against the {year} notice: set them from the notice, or tick confirmed when the notice gives the same. On save, the values confirmed leave {folder}{ToConfirmList.File}; lint lists those left, and the pack is not to be published while any is.")}</p>");
        body.Add($"<p><button type=\"button\" id=\"confirm-all\">{context.L("确认所有显示在字段旁的数值", "Confirm all shown beside their fields")}</button></p>");
        foreach (var (value, _, _) in pending)
        {
            var whole = value.JsonPath.Length == 0;
            var label = whole
                ? context.L($"通知正文是 {year} 年通知的正文（已替换或与之相同）", $"the notice's text is the {year} notice's (replaced, or the same)")
                : context.L("已确认", "confirmed");
            body.Add($"<div class=\"confirm-item\"><label class=\"field check confirm\"><input type=\"checkbox\" class=\"confirm\" id=\"{Fields.Id("confirm-" + folder + value.File, value.JsonPath)}\" data-confirm-file=\"{folder + value.File}\" data-confirm-path=\"{value.JsonPath}\"><span>{label}</span></label>");
            body.Add($" <code class=\"file\">{folder + value.File} {value.JsonPath}</code> {(whole ? "" : $"{value.Was} → {value.Now}")}</div>");
        }

        body.Add($"</fieldset>");
    }

    private static void Threshold(StudioContext context, HtmlWriter body, string file, string name, string label, string value, bool placeholder)
    {
        body.Add($"<div class=\"row\"><span class=\"row-label\">{label}{Placeholder(context, placeholder)}</span>");
        Fields.Input(body, file, $"$.thresholds.{name}.value", "number", context.L("比例（0 至 1）", "rate (0 to 1)"), value);
        Fields.Check(body, file, $"$.thresholds.{name}.placeholder", context.L("占位值", "placeholder"), placeholder);
        body.Add($"</div>");
    }

    private static RawHtml Placeholder(StudioContext context, bool placeholder) =>
        placeholder ? new HtmlWriter().Add($" <span class=\"placeholder-badge\">{context.L("占位值", "placeholder")}</span>").ToRaw() : new RawHtml("");
}
