using Ahx1X.Rules.Monitoring;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Spreadsheets;
using NodaTime.Text;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Writes verdicts as a workbook staff open in a spreadsheet: a summary sheet (counts by outcome,
/// clause, city and certificate), then one sheet per step with a row per finding of each record
/// (a record with none has one row): clause, severity, messages in Chinese and English, citation,
/// facts and contact. Rows are coloured by outcome, filters are on and headers frozen. Values
/// are written as text, never as formulas.
/// </summary>
internal static class XlsxReport
{
    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();

    private static readonly string[] FindingColumns =
    [
        "文件 File", "编号 Id", "对象 Subject", "事项 Item", "市 City", "结论 Outcome", "条款 Clause", "级别 Severity", "类型 Kind",
        "说明 Message (zh)", "Message (en)", "依据 Citation", "事实 Facts", "咨询 Contact",
    ];

    private static readonly Dictionary<string, string> StepNames = new(StringComparer.Ordinal)
    {
        ["Application"] = "申报", ["CityReview"] = "市级初审", ["ProvincialReview"] = "省级审核", ["SummaryTable"] = "汇总表",
        ["Adjustment"] = "调整", ["MonthlyReports"] = "月报", ["MonthlyProgress"] = "月度进度",
    };

    public static void WriteVerdicts(Stream output, IReadOnlyList<Verdict> verdicts, IReadOnlyList<Refusal> refusals)
    {
        using var book = new WorkbookWriter(output);
        Summary(book.AddSheet("汇总 Summary"), verdicts, refusals);
        foreach (var step in verdicts.GroupBy(v => v.Result.Workflow).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sheet = book.AddSheet($"{StepNames.GetValueOrDefault(step.Key, "")} {step.Key}".Trim());
            foreach (var width in (double[])[24, 18, 28, 14, 10, 20, 12, 10, 14, 60, 60, 60, 40, 36])
            {
                sheet.Column(width);
            }

            sheet.Row(FindingColumns, CellStyle.Header).Freeze(1);
            foreach (var verdict in step)
            {
                var style = StyleOf(verdict.Result.Outcome);
                object?[] record = [verdict.File, verdict.Id, verdict.Subject, verdict.Item, verdict.City, Names.Of(verdict.Result.Outcome)];
                if (verdict.Result.Findings.Count == 0)
                {
                    sheet.Row(record, style);
                }

                foreach (var finding in verdict.Result.Findings)
                {
                    sheet.Row([.. record, .. FindingCells(finding)], style);
                }
            }

            sheet.Filter(1, FindingColumns.Length).Finish();
        }

        if (refusals.Count > 0)
        {
            var sheet = book.AddSheet("未判定 Refused").Column(30).Column(24).Column(100);
            sheet.Row(["文件 File", "编号 Id", "原因 Reason"], CellStyle.Header).Freeze(1);
            foreach (var refusal in refusals)
            {
                sheet.Row([refusal.File, refusal.Id, refusal.Reason], CellStyle.Unknown);
            }

            sheet.Filter(1, 3).Finish();
        }
    }

    /// <summary>Writes the monitoring list (MON-01) for a 通报: by city, worst first, with the placeholders in force and who could not be judged.</summary>
    public static void WriteMonitoring(Stream output, MonitoringList list)
    {
        using var book = new WorkbookWriter(output);
        var sheet = book.AddSheet("通报 Monitoring");
        foreach (var width in (double[])[12, 8, 30, 10, 10, 10, 10, 12, 20, 60, 60])
        {
            sheet.Column(width);
        }

        sheet.Row(["市 City", "排名 Rank", "院校 Institution", "月份 Month", "批准 Approved", "已考核 Examined", "已发证 Certified", "考核比例 Share", "进展缓慢的证书 Slow certificates", "说明 Message (zh)", "Message (en)"], CellStyle.Header)
            .Freeze(1);
        foreach (var city in list.Cities)
        {
            foreach (var (institution, rank) in city.Institutions.Select((i, n) => (i, n + 1)))
            {
                sheet.Row(
                [
                    city.City, rank, institution.Name, YearMonthPattern.Iso.Format(institution.Month), institution.Approved, institution.Examined,
                    institution.Certified, Math.Round(institution.ExaminedShare, 4), string.Join("、", institution.SlowCertificates),
                    string.Join("\n", institution.Findings.Select(f => f.Message.Zh)), string.Join("\n", institution.Findings.Select(f => f.Message.En)),
                ], CellStyle.Warning);
            }
        }

        sheet.Filter(1, 11).Finish();
        var notes = book.AddSheet("说明 Notes").Column(30).Column(90);
        notes.Row(["项目 Item", "内容 Value"], CellStyle.Header).Freeze(1);
        notes.Row(["监测院校数 Institutions monitored", list.InstitutionsMonitored]);
        foreach (var placeholder in list.PlaceholderParameters)
        {
            notes.Row(["暂定值 Placeholder", MonitorReport.PlaceholderLine(placeholder, [Language.Chinese, Language.English])], CellStyle.Warning);
        }

        foreach (var name in list.NotDetermined)
        {
            notes.Row(["无法判断 Not determined (a figure is not given)", name], CellStyle.Unknown);
        }

        notes.Finish();
    }

    private static void Summary(WorkbookWriter.SheetBuilder sheet, IReadOnlyList<Verdict> verdicts, IReadOnlyList<Refusal> refusals)
    {
        sheet.Column(16).Column(28).Column(12);
        foreach (var _ in Outcomes)
        {
            sheet.Column(20);
        }

        sheet.Row(["维度 Dimension", "项 Key", "记录 Records", .. Outcomes.Select(o => (object?)Names.Of(o))], CellStyle.Header).Freeze(1);
        foreach (var row in BatchReport.Of(verdicts).Rows)
        {
            sheet.Row([row.Dimension, row.Key, row.Records, .. row.ByOutcome.Select(n => (object?)n)]);
        }

        sheet.Row(["refused", "未判定 could not be read or judged", refusals.Count], refusals.Count > 0 ? CellStyle.Unknown : CellStyle.Plain);
        if (verdicts.Any(v => v.Result.UsedSampleCatalogue))
        {
            sheet.Row(["catalogue", $"{Names.SampleCatalogue(Language.Chinese)} / {Names.SampleCatalogue(Language.English)}"], CellStyle.Warning);
        }

        sheet.Filter(1, 3 + Outcomes.Length).Finish();
    }

    private static IEnumerable<object?> FindingCells(Finding finding) =>
    [
        finding.ClauseId, Names.Of(finding.Severity), Names.Of(finding.Kind), finding.Message.Zh, finding.Message.En,
        $"{finding.Citation.Document} {finding.Citation.Section}：{finding.Citation.Text}",
        string.Join("\n", finding.Facts.Select(f => $"{f.Label.Zh} {f.Label.En} ({f.Name}) = {f.Value ?? "—"}")),
        finding.Contact is { } contact ? $"{contact.Office} {contact.People} {contact.Phone}" : null,
    ];

    private static CellStyle StyleOf(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => CellStyle.Good,
        Outcome.AcceptedWithWarnings => CellStyle.Warning,
        Outcome.Rejected => CellStyle.Bad,
        Outcome.NotApplicable => CellStyle.Neutral,
        _ => CellStyle.Unknown,
    };
}
