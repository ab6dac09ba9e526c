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
/// month from its earliest approval to the month of the check, both included. A check that leaves
/// the check's date, an approval's date or the months reported null gets one missing-fact finding
/// per rule instead, never a refused document.
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
        for (var i = 0; i < (request.Approvals?.Count ?? 0); i++)
        {
            var approval = request.Approvals![i];
            problems.Present($"$.approvals[{i}]", approval);
            problems.Name($"$.approvals[{i}].certificate", approval?.CertificateCode, required: true);
            problems.Date($"$.approvals[{i}].approvedOn", approval?.ApprovedOn);
        }

        if (request.Approvals is { Count: > 0 } approvals && approvals.All(a => a is not null) && MonthsChecked(request) is { } months && months > MaxMonths)
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

        var missing = MissingFacts(request);
        if (missing.Count > 0)
        {
            var findings = new List<Finding>();
            var verdicts = new List<RuleVerdict>();
            // The months due, or the months reported, are not known: one missing-fact finding per rule stands for every month.
            var scope = ScopeFor(request, context, FirstMonth(request) ?? request.AsOf?.ToYearMonth() ?? new YearMonth(request.Year, 1));
            var unknown = new HashSet<string>(missing, StringComparer.Ordinal) { "month" };
            var contact = ContactOf(request, context).Resolve();
            foreach (var rule in workflow.Rules)
            {
                var (finding, verdict) = rule.MissingWithoutRunning(scope, missing, unknown, contact);
                findings.Add(finding);
                verdicts.Add(verdict);
            }

            return new StepOutcome(findings, explain ? verdicts : []);
        }

        var first = FirstMonth(request)!.Value;
        var months = MonthsChecked(request) ?? 0;
        return ScopeSeries.Run(workflow, Enumerable.Range(0, months).Select(i => ScopeFor(request, context, first.PlusMonths(i))), ContactOf(request, context), explain);
    }

    /// <summary>An institution's own application or reports answer to the office of its kind.</summary>
    public override ContactRole? ContactFor(MonthlyReportsRequest request) => ContactForKind(request.Institution.Kind);

    public override void Read(JsonFields root, RecordList records) =>
        Readers.Each(root, "checks", "a monthly reports check", records, ReadCheck, Describe);

    /// <summary>Monthly checks run one scope per month; <see cref="Run"/> builds them.</summary>
    internal override MonthlyReportScope ScopeOf(MonthlyReportsRequest request, StepContext context) =>
        throw new InvalidOperationException("A monthly reports check has one scope per month.");

    private static MonthlyReportScope ScopeFor(MonthlyReportsRequest request, StepContext context, YearMonth month) => new()
    {
        Institution = request.Institution,
        Month = month,
        Reported = request.Reported,
        AsOf = request.AsOf,
        Edition = context.Edition,
    };

    /// <summary>Names the facts REQ-04 needs that the check leaves null, as the edition labels them.</summary>
    private static List<string> MissingFacts(MonthlyReportsRequest request)
    {
        var missing = new List<string>();
        if (request.AsOf is null)
        {
            missing.Add("asOf");
        }

        if (request.Approvals.Any(a => a.ApprovedOn is null))
        {
            missing.Add("approvedOn");
        }

        if (request.Reported is null)
        {
            missing.Add("reported");
        }

        return missing;
    }

    /// <summary>Returns the month of the earliest approval, or null when an approval's date is not known.</summary>
    private static YearMonth? FirstMonth(MonthlyReportsRequest request) =>
        request.Approvals.Any(a => a.ApprovedOn is null) ? null : request.Approvals.Min(a => a.ApprovedOn!.Value).ToYearMonth();

    /// <summary>Counts the months due, from the earliest approval to the check's month; null when a date is not known.</summary>
    private static int? MonthsChecked(MonthlyReportsRequest request)
    {
        if (FirstMonth(request) is not { } first || request.AsOf is not { } asOf)
        {
            return null;
        }

        var last = asOf.ToYearMonth();
        return ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
    }

    private static MonthlyReportsRequest? ReadCheck(JsonFields fields)
    {
        var year = Readers.Year(fields);
        var institution = Readers.Institution(fields, "institution");
        var asOf = Stated(fields, "asOf") ? Readers.Date(fields, "asOf") : null;
        var approvals = new List<Approval>();
        var ok = true;
        foreach (var item in fields.Array("approvals", required: true) ?? [])
        {
            var approval = JsonFields.Of(item, fields.File, fields.Problems, "an approval");
            var certificate = approval?.String("certificate", required: true);
            var stated = approval is not null && Stated(approval, "approvedOn");
            var approvedOn = stated ? Readers.Date(approval!, "approvedOn") : null;
            approval?.RejectUnknown();
            if (certificate is null || !stated || (approvedOn is { } date && !Readers.NearYear(date, year, approval!, "approvedOn")))
            {
                ok = false;
                continue;
            }

            approvals.Add(new Approval(certificate, approvedOn));
        }

        var reportedStated = Stated(fields, "reported");
        var reported = IsNull(fields, "reported") ? null : new List<YearMonth>();
        foreach (var item in (reportedStated ? fields.Array("reported", maxItems: Bounds.ListItems) : null) ?? [])
        {
            if (item.Type == Newtonsoft.Json.Linq.JTokenType.String && YearMonthPattern.Iso.Parse((string)item!) is { Success: true } month)
            {
                reported!.Add(month.Value);
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
        else if (asOf is { } day && approvals.Count > 0 && approvals.All(a => a.ApprovedOn is not null) && approvals.Min(a => a.ApprovedOn!.Value) > day)
        {
            fields.Problems.Add(ProblemCodes.InconsistentParameters, fields.File, fields.Object["asOf"],
                "\"asOf\" is before the first approval; no report can be due yet. Check the dates.", fields.Subject);
            ok = false;
        }

        // A stated null (not known) is a missing fact REQ-04 reports; a value that does not read was reported as a problem.
        return !ok || !reportedStated || year is null || institution is null
            ? null
            : new MonthlyReportsRequest { Year = year.Value, Institution = institution, AsOf = asOf, Approvals = approvals, Reported = reported };
    }

    /// <summary>Reports <paramref name="name"/> when it is absent: a check states each of these members, as null when not known.</summary>
    private static bool Stated(JsonFields fields, string name)
    {
        if (fields.Object.Property(name, StringComparison.Ordinal) is not null)
        {
            return true;
        }

        fields.Token(name, required: true);
        return false;
    }

    private static bool IsNull(JsonFields fields, string name) =>
        fields.Object.Property(name, StringComparison.Ordinal)?.Value.Type == Newtonsoft.Json.Linq.JTokenType.Null;
}
