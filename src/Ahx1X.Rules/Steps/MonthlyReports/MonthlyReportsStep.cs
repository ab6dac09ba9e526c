using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// An institution's monthly progress reports (附件5, notice 六(三)): REQ-04, judged once for every
/// month from its earliest approval to the month of the check, both included.
/// Rules: <c>rules/2024/workflows/monthly-reports.json</c>.
/// </summary>
internal sealed class MonthlyReportsStep(int index)
    : Step<MonthlyReportsRequest, MonthlyReportScope>(index, "MonthlyReports", DocumentKind.MonthlyReports, "monthlyReports")
{
    /// <summary>The most months one check covers: ten years, far beyond one notice.</summary>
    private const int MaxMonths = 120;

    public override int YearOf(MonthlyReportsRequest request) => request.Year;

    public override (string Subject, string? City, string Item) Describe(MonthlyReportsRequest request) =>
        (request.Institution.Name, request.Institution.City, "附件5");

    public override void Check(MonthlyReportsRequest request, RequestProblems problems)
    {
        problems.Year("$.year", request.Year);
        problems.Institution("$.institution", request.Institution);
        problems.Date("$.asOf", request.AsOf);
        problems.Present("$.approvals", request.Approvals);
        problems.Present("$.reported", request.Reported);
        for (var i = 0; i < (request.Approvals?.Count ?? 0); i++)
        {
            var approval = request.Approvals![i];
            problems.Present($"$.approvals[{i}]", approval);
            problems.Name($"$.approvals[{i}].certificate", approval?.CertificateCode, required: true);
            problems.Date($"$.approvals[{i}].approvedOn", approval?.ApprovedOn);
        }

        if (request.Approvals is { Count: > 0 } approvals && approvals.All(a => a is not null) && MonthsChecked(request) is var months && months > MaxMonths)
        {
            problems.Add(ProblemCodes.InconsistentParameters, "$.asOf",
                $"The check spans {months} months from the first approval to $.asOf; at most {MaxMonths} are checked at once. Check the approval and as-of dates.");
        }
    }

    public override StepOutcome Run(CompiledWorkflow<MonthlyReportScope> workflow, MonthlyReportsRequest request, StepContext context, bool explain)
    {
        if (request.Approvals.Count == 0)
        {
            return new StepOutcome([], []);
        }

        var first = request.Approvals.Min(a => a.ApprovedOn).ToYearMonth();
        var findings = new List<Finding>();
        var verdicts = new List<RuleVerdict>();
        for (var i = 0; i < MonthsChecked(request); i++)
        {
            var scope = new MonthlyReportScope
            {
                Institution = request.Institution,
                Month = first.PlusMonths(i),
                Reported = request.Reported,
                AsOf = request.AsOf,
                Edition = context.Edition,
            };
            if (explain)
            {
                var (found, explained) = workflow.Explain(scope);
                findings.AddRange(found);
                verdicts.AddRange(explained);
            }
            else
            {
                findings.AddRange(workflow.Evaluate(scope));
            }
        }

        return new StepOutcome(findings, verdicts);
    }

    public override void Read(JsonFields root, List<StepRecord> records) =>
        Readers.Each(root, "checks", "a monthly reports check", records, ReadCheck, Describe);

    /// <summary>Monthly checks run one scope per month; <see cref="Run"/> builds them.</summary>
    internal override MonthlyReportScope ScopeOf(MonthlyReportsRequest request, StepContext context) =>
        throw new InvalidOperationException("A monthly reports check has one scope per month.");

    private static int MonthsChecked(MonthlyReportsRequest request)
    {
        var first = request.Approvals.Min(a => a.ApprovedOn).ToYearMonth();
        var last = request.AsOf.ToYearMonth();
        return ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
    }

    private static MonthlyReportsRequest? ReadCheck(JsonFields fields)
    {
        var year = Readers.Year(fields);
        var institution = Readers.Institution(fields, "institution");
        var asOf = Readers.Date(fields, "asOf", required: true);
        var approvals = new List<Approval>();
        var ok = true;
        foreach (var item in fields.Array("approvals", required: true) ?? [])
        {
            var approval = JsonFields.Of(item, fields.File, fields.Problems, "an approval");
            var certificate = approval?.String("certificate", required: true);
            var approvedOn = approval is null ? null : Readers.Date(approval, "approvedOn", required: true);
            approval?.RejectUnknown();
            if (certificate is null || approvedOn is null || !Readers.NearYear(approvedOn.Value, year, approval!, "approvedOn"))
            {
                ok = false;
                continue;
            }

            approvals.Add(new Approval(certificate, approvedOn.Value));
        }

        var reported = new List<YearMonth>();
        foreach (var item in fields.Array("reported", required: true, maxItems: Bounds.ListItems) ?? [])
        {
            if (item.Type == Newtonsoft.Json.Linq.JTokenType.String && YearMonthPattern.Iso.Parse((string)item!) is { Success: true } month)
            {
                reported.Add(month.Value);
            }
            else
            {
                fields.Problems.Add(ProblemCodes.InvalidValue, fields.File, item,
                    $"Each item of \"reported\" must be a month written yyyy-MM (such as \"2024-05\"), found {JsonFields.Describe(item)}.", fields.Subject);
                ok = false;
            }
        }

        if (asOf is { } checkedOn && !Readers.NearYear(checkedOn, year, fields, "asOf"))
        {
            ok = false;
        }
        else if (asOf is { } date && approvals.Count > 0 && approvals.Min(a => a.ApprovedOn) > date)
        {
            fields.Problems.Add(ProblemCodes.InconsistentParameters, fields.File, fields.Object["asOf"],
                "\"asOf\" is before the first approval; no report can be due yet. Check the dates.", fields.Subject);
            ok = false;
        }

        return !ok || year is null || institution is null || asOf is null
            ? null
            : new MonthlyReportsRequest { Year = year.Value, Institution = institution, AsOf = asOf.Value, Approvals = approvals, Reported = reported };
    }
}
