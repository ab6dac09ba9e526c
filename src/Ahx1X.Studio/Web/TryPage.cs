using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Spreadsheets;
using Microsoft.AspNetCore.Http;

namespace Ahx1X.Studio.Web;

/// <summary>
/// Judges a pasted or uploaded document with the folder's pack, record by record, as the console does: the records judged together,
/// then each record's outcome and findings. JSON is pasted or read into the text area; a workbook or CSV upload goes through the
/// spreadsheet readers, so its problems name the sheet and cell.
/// </summary>
internal static class TryPage
{
    public static string Render(StudioContext context, string? document, IFormFile? upload = null)
    {
        var body = new HtmlWriter();
        body.Add($"<form method=\"post\" action=\"{context.Link("/try")}\" id=\"try-form\" enctype=\"multipart/form-data\"><p class=\"hint\">{context.L("粘贴一个 JSON 文档，或上传 JSON、工作簿（.xlsx）或 CSV 文件（与控制台 evaluate 读取的格式相同）。", "Paste a JSON document, or upload a JSON, workbook (.xlsx) or CSV file (the forms the console's evaluate reads).")}</p>");
        body.Add($"<label class=\"field wide\"><span>{context.L("上传文件", "Upload a file")}</span><input type=\"file\" name=\"upload\" id=\"document-file\" accept=\".json,.xlsx,.csv,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"></label>");
        var sheet = upload is { Length: > 0 } && Spreadsheet.IsSpreadsheet(upload.FileName) ? upload : null;
        if (upload is { Length: > 0 } && sheet is null)
        {
            // A JSON file sent without the page's script, which would have read it into the text area.
            using var reader = new StreamReader(upload.OpenReadStream(), System.Text.Encoding.UTF8);
            document = reader.ReadToEnd();
        }

        body.Add($"<label class=\"field wide\"><span>{context.L("文档", "Document")}</span><textarea name=\"document\" id=\"document\" rows=\"14\" spellcheck=\"false\">{(sheet is null ? document : null) ?? ""}</textarea></label>");
        body.Add($"<div class=\"actions\"><button type=\"submit\" id=\"judge\">{context.L("检查", "Check")}</button></div></form>");
        if (sheet is not null)
        {
            var name = Path.GetFileName(sheet.FileName);
            using var content = sheet.OpenReadStream();
            body.Add($"<p class=\"hint\" id=\"judged-file\">{context.L("已检查的文件：", "File judged: ")}<code>{name}</code></p>");
            body.Add(Results(context, () => Spreadsheet.ReadRecords(content, name)));
        }
        else if (document is not null)
        {
            body.Add(Results(context, () => Document.ParseRecords(document, "document")));
        }

        return Layout.Page(context, "/try", context.L("试用文档", "Try a document"), body.ToRaw());
    }

    private static RawHtml Results(StudioContext context, Func<DocumentParseResult> read)
    {
        var out_ = new HtmlWriter().Add($"<section id=\"results\">");
        if (context.Snapshot.Engine is not { } engine)
        {
            return out_.Add($"<p class=\"warning\">{context.L("规则包无法加载，无法检查。", "The pack does not load, so nothing can be judged.")}</p></section>").ToRaw();
        }

        var parsed = read();
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

            out_.Add($"<article class=\"record {Css(result.Outcome)}\" data-record=\"{entry.Id}\"><h3><code>{entry.Id}</code> {entry.Subject} · {entry.Item} <span class=\"outcome\">{context.L(Terms.Outcome, result.Outcome)}</span></h3>");
            if (result.Findings.Count > 0)
            {
                out_.Add($"<table class=\"findings\"><tbody>");
                foreach (var finding in result.Findings)
                {
                    out_.Add($"<tr class=\"finding\"><td><a href=\"{context.Link("/notice")}#clause-{finding.ClauseId}\"><code>{finding.ClauseId}</code></a></td><td class=\"severity {Terms.Severity.Wire(finding.Severity)}\">{context.L(Terms.Severity, finding.Severity)}</td><td class=\"kind\">{context.L(Terms.FindingKind, finding.Kind)}</td><td>{context.L(finding.Message)}</td></tr>");
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
}
