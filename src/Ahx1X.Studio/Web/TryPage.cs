using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Results;

namespace Ahx1X.Studio.Web;

/// <summary>Judges a pasted or uploaded document with the folder's pack, record by record, as the console does: the records judged together, then each record's outcome and findings.</summary>
internal static class TryPage
{
    public static string Render(StudioContext context, string? document)
    {
        var body = new HtmlWriter();
        body.Add($"<form method=\"post\" action=\"{context.Link("/try")}\" id=\"try-form\"><p class=\"hint\">{context.L("粘贴或上传一个 JSON 文档（与控制台 evaluate 读取的格式相同）。", "Paste or upload a JSON document (the form the console's evaluate reads).")}</p>");
        body.Add($"<label class=\"field wide\"><span>{context.L("上传文件", "Upload a file")}</span><input type=\"file\" id=\"document-file\" accept=\".json,application/json\"></label>");
        body.Add($"<label class=\"field wide\"><span>{context.L("文档", "Document")}</span><textarea name=\"document\" id=\"document\" rows=\"14\" spellcheck=\"false\">{document ?? ""}</textarea></label>");
        body.Add($"<div class=\"actions\"><button type=\"submit\" id=\"judge\">{context.L("检查", "Check")}</button></div></form>");
        if (document is not null)
        {
            body.Add(Results(context, document));
        }

        return Layout.Page(context, "/try", context.L("试用文档", "Try a document"), body.ToRaw());
    }

    private static RawHtml Results(StudioContext context, string document)
    {
        var out_ = new HtmlWriter().Add($"<section id=\"results\">");
        if (context.Snapshot.Engine is not { } engine)
        {
            return out_.Add($"<p class=\"warning\">{context.L("规则包无法加载，无法检查。", "The pack does not load, so nothing can be judged.")}</p></section>").ToRaw();
        }

        var parsed = Document.ParseRecords(document, "document");
        if (parsed.Problems.Count > 0)
        {
            out_.Add($"<h2>{context.L("文档中的问题", "Problems in the document")}</h2>").Add(Layout.Problems(parsed.Problems));
        }

        var problems = new List<Problem>();
        foreach (var entry in JudgedTogether.Link(parsed.Document?.Entries ?? []))
        {
            EvaluationResult result;
            try
            {
                result = entry.EvaluateWith(engine);
            }
            catch (Exception ex) when (ex is DocumentException or EditionNotFoundException)
            {
                problems.AddRange(ex is DocumentException d ? d.Problems : [new Problem(ProblemCodes.NoEdition, "document", "", 0, 0, entry.Id, ex.Message)]);
                continue;
            }

            out_.Add($"<article class=\"record {Css(result.Outcome)}\" data-record=\"{entry.Id}\"><h3><code>{entry.Id}</code> {entry.Subject} · {entry.Item} <span class=\"outcome\">{Outcome(context, result.Outcome)}</span></h3>");
            if (result.Findings.Count > 0)
            {
                out_.Add($"<table class=\"findings\"><tbody>");
                foreach (var finding in result.Findings)
                {
                    out_.Add($"<tr class=\"finding\"><td><a href=\"{context.Link("/notice")}#clause-{finding.ClauseId}\"><code>{finding.ClauseId}</code></a></td><td>{finding.Severity}</td><td>{finding.Kind}</td><td>{context.L(finding.Message)}</td></tr>");
                }

                out_.Add($"</tbody></table>");
            }

            out_.Add($"</article>");
        }

        if (problems.Count > 0)
        {
            out_.Add(Layout.Problems(problems));
        }

        return out_.Add($"</section>").ToRaw();
    }

    private static string Css(Outcome outcome) => outcome switch
    {
        Rules.Results.Outcome.Accepted or Rules.Results.Outcome.NotApplicable => "pass",
        Rules.Results.Outcome.AcceptedWithWarnings => "warn",
        _ => "fail",
    };

    private static string Outcome(StudioContext context, Outcome outcome) => outcome switch
    {
        Rules.Results.Outcome.Accepted => context.L("通过", "accepted"),
        Rules.Results.Outcome.AcceptedWithWarnings => context.L("通过（有提醒）", "accepted with warnings"),
        Rules.Results.Outcome.Rejected => context.L("不通过", "rejected"),
        Rules.Results.Outcome.Indeterminate => context.L("无法判断", "indeterminate"),
        _ => context.L("不适用", "not applicable"),
    };
}
