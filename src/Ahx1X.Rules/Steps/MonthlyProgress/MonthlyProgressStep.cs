using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// An institution's monthly progress report (附件5) with its figures, as the province's monthly
/// monitoring reads it (notice 六(三)): MON-01, judged once per certificate reported.
/// Rules: <c>rules/2024/workflows/monthly-progress.json</c>.
/// </summary>
/// <remarks>
/// A document kind of its own rather than more members of <c>monthlyReports</c>: a monthly
/// reports check asks which months were filed (REQ-04), as of a day, over all approvals; a
/// progress report is what one month's filing says, certificate by certificate. The monitoring
/// list is built from these reports alone.
/// </remarks>
internal sealed class MonthlyProgressStep(int index)
    : Step<MonthlyProgressReport, MonthlyProgressScope>(index, "MonthlyProgress", DocumentKind.MonthlyProgress, "monthlyProgress")
{
    public override int YearOf(MonthlyProgressReport request) => request.Year;

    public override (string Subject, string? City, string Item) Describe(MonthlyProgressReport request) =>
        (request.Institution.Name, request.Institution.City, "附件5 " + YearMonthPattern.Iso.Format(request.Month));

    public override void Check(MonthlyProgressReport request, RequestProblems problems)
    {
        problems.Year("$.year", request.Year);
        problems.Institution("$.institution", request.Institution);
        problems.Present("$.certificates", request.Certificates);
        if (request.Month.Year < Bounds.Dates.Min.Year || request.Month.Year > Bounds.Dates.Max.Year)
        {
            problems.Add(ProblemCodes.InvalidValue, "$.month",
                $"$.month is {YearMonthPattern.Iso.Format(request.Month)}; it must be between {Bounds.Dates.Min.Year}-01 and {Bounds.Dates.Max.Year}-12.");
        }

        for (var i = 0; i < (request.Certificates?.Count ?? 0); i++)
        {
            var path = $"$.certificates[{i}]";
            var row = request.Certificates![i];
            problems.Present(path, row);
            problems.Name(path + ".certificate", row?.CertificateCode, required: true);
            problems.Date(path + ".approvedOn", row?.ApprovedOn);
            problems.Candidates(path + ".approved", row?.Approved);
            problems.Candidates(path + ".examined", row?.Examined);
            problems.Candidates(path + ".certified", row?.Certified);
            foreach (var (member, message) in Inconsistencies(row, request.Month))
            {
                problems.Add(ProblemCodes.InconsistentParameters, $"{path}.{member}", message);
            }
        }
    }

    public override StepOutcome Run(CompiledWorkflow<MonthlyProgressScope> workflow, MonthlyProgressReport request, StepContext context, bool explain) =>
        ScopeSeries.Run(workflow, request.Certificates.Select(row => new MonthlyProgressScope
        {
            Institution = request.Institution,
            Month = request.Month,
            MonthEnd = MonthEnd(request.Month),
            Progress = row,
            Edition = context.Edition,
        }), ContactOf(request, context), explain);

    public override void Read(JsonFields root, RecordList records) =>
        Readers.Each(root, "reports", "a monthly progress report", records, ReadReport, Describe);

    /// <summary>Progress reports run one scope per certificate; <see cref="Run"/> builds them.</summary>
    internal override MonthlyProgressScope ScopeOf(MonthlyProgressReport request, StepContext context) =>
        throw new InvalidOperationException("A monthly progress report has one scope per certificate.");

    private static LocalDate MonthEnd(YearMonth month) => month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);

    /// <summary>Returns each figure of <paramref name="row"/> that no report can hold, by member: more examined than approved, and the like.</summary>
    private static IEnumerable<(string Member, string Message)> Inconsistencies(CertificateProgress? row, YearMonth month)
    {
        if (row is null)
        {
            yield break;
        }

        if (row.Examined > row.Approved)
        {
            yield return ("examined", $"{row.Examined} candidates examined is more than the {row.Approved} approved; correct the figures.");
        }

        if (row.Certified > row.Examined)
        {
            yield return ("certified", $"{row.Certified} candidates certified is more than the {row.Examined} examined; correct the figures.");
        }

        if (row.ApprovedOn > MonthEnd(month))
        {
            yield return ("approvedOn", $"The approval ({Text.Format.Date(row.ApprovedOn.Value)}) is after the month reported ({YearMonthPattern.Iso.Format(month)}); correct the date or the month.");
        }
    }

    private static MonthlyProgressReport? ReadReport(JsonFields fields)
    {
        var year = Readers.Year(fields);
        var institution = Readers.Institution(fields, "institution");
        var month = ReadMonth(fields);
        var rows = new List<CertificateProgress>();
        var ok = true;
        foreach (var item in fields.Array("certificates", required: true, maxItems: Bounds.ListItems) ?? [])
        {
            var row = JsonFields.Of(item, fields.File, fields.Problems, "a certificate's progress", fields.Subject);
            var certificate = row?.String("certificate", required: true);
            if (row is null || certificate is null)
            {
                ok = false;
                continue;
            }

            var progress = new CertificateProgress
            {
                CertificateCode = certificate,
                ApprovedOn = Readers.Date(row, "approvedOn"),
                Approved = row.Int("approved", min: Bounds.Candidates.Min, max: Bounds.Candidates.Max),
                Examined = row.Int("examined", min: Bounds.Candidates.Min, max: Bounds.Candidates.Max),
                Certified = row.Int("certified", min: Bounds.Candidates.Min, max: Bounds.Candidates.Max),
            };
            row.RejectUnknown();
            if (progress.ApprovedOn is { } approvedOn && !Readers.NearYear(approvedOn, year, row, "approvedOn"))
            {
                ok = false;
            }

            foreach (var (member, message) in month is { } m ? Inconsistencies(progress, m) : [])
            {
                fields.Problems.Add(ProblemCodes.InconsistentParameters, fields.File, row.Object[member], message, fields.Subject);
                ok = false;
            }

            rows.Add(progress);
        }

        return !ok || year is null || institution is null || month is null
            ? null
            : new MonthlyProgressReport { Year = year.Value, Institution = institution, Month = month.Value, Certificates = rows };
    }

    private static YearMonth? ReadMonth(JsonFields fields)
    {
        var text = fields.String("month", required: true);
        if (text is null)
        {
            return null;
        }

        if (YearMonthPattern.Iso.Parse(text) is { Success: true } parsed
            && parsed.Value.Year >= Bounds.Dates.Min.Year && parsed.Value.Year <= Bounds.Dates.Max.Year)
        {
            return parsed.Value;
        }

        fields.Problems.Add(ProblemCodes.InvalidValue, fields.File, fields.Object["month"],
            $"\"month\" must be the month reported, written yyyy-MM between {Bounds.Dates.Min.Year}-01 and {Bounds.Dates.Max.Year}-12 (such as \"2024-07\"), found \"{text}\".", fields.Subject);
        return null;
    }
}
