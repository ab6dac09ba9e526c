using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules;

/// <summary>
/// Judges documents against the Anhui 1+X certificate notice: the one type portals use.
/// An engine is immutable and safe to share between threads; build it once and keep it.
/// </summary>
/// <example>
/// <code>
/// var engine = PolicyEngine.LoadEmbedded();
/// var result = engine.Evaluate(new ApplicationRequest { Institution = school, Application = application });
/// if (!result.IsAccepted) { /* show result.Findings */ }
/// </code>
/// </example>
public sealed class PolicyEngine
{
    private readonly Catalogue? _catalogue;
    private readonly IClock? _clock;
    private readonly bool _explain;


    /// <summary>Creates an engine over a loaded rule pack.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="options">The options; null for the defaults.</param>
    public PolicyEngine(RulePack pack, PolicyEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        options?.Validate();
        Pack = pack;
        _catalogue = options?.Catalogue;
        _clock = options?.Clock;
        _explain = options?.Explain ?? false;
    }

    /// <summary>Gets the rule pack the engine judges with.</summary>
    public RulePack Pack { get; }

    /// <summary>Creates an engine over the pack shipped inside the library (the 2024 notice).</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="RulePackException">The embedded pack is broken.</exception>
    public static PolicyEngine LoadEmbedded(PolicyEngineOptions? options = null) => new(RulePack.LoadEmbedded(), options);

    /// <summary>Creates an engine over a rules folder; see <see cref="RulePack.LoadFromDirectory"/>.</summary>
    /// <param name="path">The rules folder.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="RulePackException">The folder cannot be read or a file is invalid; lists every problem.</exception>
    public static PolicyEngine LoadFromDirectory(string path, PolicyEngineOptions? options = null) => new(RulePack.LoadFromDirectory(path), options);

    /// <summary>Returns the catalogue applications of <paramref name="year"/> are judged against.</summary>
    /// <param name="year">The year of the notice.</param>
    /// <exception cref="EditionNotFoundException">No edition covers the year.</exception>
    public Catalogue CatalogueFor(int year) => _catalogue ?? Pack.For(year).SampleCatalogue;

    /// <summary>
    /// Judges whether one application may be submitted (SCOPE-01, SCALE-01..05, TIME-01,
    /// PROC-01, REQ-01..03 in the 2024 edition).
    /// </summary>
    /// <param name="request">The application, its institution and the institution's earlier applications.</param>
    /// <returns>The outcome and every finding; never throws for a policy failure.</returns>
    /// <exception cref="EditionNotFoundException">No edition covers the application's year.</exception>
    public EvaluationResult Evaluate(ApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var edition = Pack.For(request.Application.Year);
        return Result(edition.Application, edition, ScopeFor(request, edition));
    }

    /// <summary>Builds the inputs the Application workflow's expressions see.</summary>
    internal ApplicationScope ScopeFor(ApplicationRequest request, Edition edition)
    {
        var application = request.Application;
        return new ApplicationScope
        {
            Institution = request.Institution,
            Application = application,
            Certificate = (_catalogue ?? edition.SampleCatalogue).Find(application.CertificateCode),
            History = new ApplicationHistory(SameCertificateLevelSeason(request.EarlierApplications, application)),
            Season = SeasonOf(edition, application.Season),
            Edition = edition.Parameters,
        };
    }

    /// <summary>
    /// Judges a city bureau's preliminary review of one application (TIME-02). A city review of a
    /// university's or college's application is not a step of the notice and is reported as such.
    /// </summary>
    /// <param name="request">The review.</param>
    /// <returns>The outcome and every finding.</returns>
    /// <exception cref="EditionNotFoundException">No edition covers the application's year.</exception>
    public EvaluationResult EvaluateCityReview(CityReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var edition = Pack.For(request.Application.Year);
        return Result(edition.Workflows.CityReview, edition, new CityReviewScope
        {
            Institution = request.Institution,
            Application = request.Application,
            ReviewedAt = request.ReviewedAt,
            Season = SeasonOf(edition, request.Application.Season),
            Edition = edition.Parameters,
        });
    }

    /// <summary>
    /// Judges the provincial review of one application: inside the provincial window (TIME-03)
    /// and, for a secondary vocational application, on or after a passed city review (ORDER-01).
    /// </summary>
    /// <param name="request">The review, with the city review before it if there was one.</param>
    /// <returns>The outcome and every finding.</returns>
    /// <exception cref="EditionNotFoundException">No edition covers the application's year.</exception>
    public EvaluationResult EvaluateProvincialReview(ProvincialReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var edition = Pack.For(request.Application.Year);
        return Result(edition.Workflows.ProvincialReview, edition, new ProvincialReviewScope
        {
            Institution = request.Institution,
            Application = request.Application,
            ReviewedAt = request.ReviewedAt,
            CityReview = request.CityReview,
            Season = SeasonOf(edition, request.Application.Season),
            Edition = edition.Parameters,
        });
    }

    /// <summary>Judges the mail that sends a summary table (附件3): deadline, seal, mailbox and subject (PROC-02), and who may send it (PROC-03).</summary>
    /// <param name="mail">The mail.</param>
    /// <returns>The outcome and every finding.</returns>
    /// <exception cref="EditionNotFoundException">No edition covers the mail's year.</exception>
    public EvaluationResult EvaluateSummaryTable(SummaryTableMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var edition = Pack.For(mail.Year);
        return Result(edition.Workflows.SummaryTable, edition, new SummaryTableScope
        {
            Mail = mail,
            Season = SeasonOf(edition, mail.Season),
            Edition = edition.Parameters,
        });
    }

    /// <summary>Judges a change to an approved plan (ADJ-01..04); every broken part of an increase request is reported.</summary>
    /// <param name="request">The approved and the requested plan, and how an increase was asked for.</param>
    /// <returns>The outcome and every finding.</returns>
    /// <exception cref="EditionNotFoundException">No edition covers the year.</exception>
    public EvaluationResult EvaluateAdjustment(AdjustmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var edition = Pack.For(request.Year);
        return Result(edition.Workflows.Adjustment, edition, new AdjustmentScope
        {
            Institution = request.Institution,
            Approved = request.Approved,
            Requested = request.Requested,
            Increase = request.Increase,
            Edition = edition.Parameters,
        });
    }

    /// <summary>
    /// Judges an institution's monthly progress reports (附件5) as of a date (REQ-04): every month
    /// from the month of its earliest approval to the month of <see cref="MonthlyReportsRequest.AsOf"/>,
    /// both included, with no report gives one finding naming the month.
    /// </summary>
    /// <param name="request">The approvals, the months reported and the date of the check.</param>
    /// <returns>The outcome and every finding, in month order.</returns>
    /// <exception cref="EditionNotFoundException">No edition covers the year.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The check spans more than 120 months.</exception>
    public EvaluationResult EvaluateMonthlyReports(MonthlyReportsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var edition = Pack.For(request.Year);
        var workflow = edition.Workflows.MonthlyReports;
        var findings = new List<Finding>();
        var verdicts = new List<RuleVerdict>();
        if (request.Approvals.Count > 0)
        {
            var first = request.Approvals.Min(a => a.ApprovedOn).ToYearMonth();
            var last = request.AsOf.ToYearMonth();
            var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
            if (months > MaxReportingMonths)
            {
                throw new ArgumentOutOfRangeException(nameof(request), months,
                    $"The check spans {months} months from {first} to {last}; at most {MaxReportingMonths} are checked at once. Check the approval and as-of dates.");
            }

            for (var i = 0; i < months; i++)
            {
                var month = first.PlusMonths(i);
                var scope = new MonthlyReportScope
                {
                    Institution = request.Institution,
                    Month = month,
                    Reported = request.Reported,
                    AsOf = request.AsOf,
                    Edition = edition.Parameters,
                };
                if (_explain)
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
        }

        return Result(workflow, edition, findings) with { Verdicts = verdicts };
    }

    /// <summary>The most months one monthly reports check covers: ten years, far beyond one notice.</summary>
    private const int MaxReportingMonths = 120;

    private static int SameCertificateLevelSeason(IReadOnlyList<Application> earlier, Application application)
    {
        var count = 0;
        foreach (var other in earlier)
        {
            if (other.CertificateCode == application.CertificateCode && other.Level == application.Level
                && other.Season == application.Season && other.Year == application.Year)
            {
                count++;
            }
        }

        return count;
    }

    private static SeasonCalendar? SeasonOf(Edition edition, Season? season) =>
        season is { } value ? edition.Parameters.For(value) : null;

    private EvaluationResult Result<TScope>(CompiledWorkflow<TScope> workflow, Edition edition, TScope scope)
        where TScope : Scope
    {
        if (!_explain)
        {
            return Result(workflow, edition, workflow.Evaluate(scope));
        }

        var (findings, verdicts) = workflow.Explain(scope);
        return Result(workflow, edition, findings) with { Verdicts = verdicts };
    }

    private EvaluationResult Result<TScope>(CompiledWorkflow<TScope> workflow, Edition edition, IReadOnlyList<Finding> findings)
        where TScope : Scope
    {
        return new EvaluationResult
        {
            Outcome = EvaluationResult.OutcomeOf(findings),
            Findings = findings,
            Receipt = ReceiptFor(workflow, edition),
        };
    }

    /// <summary>Returns the receipt of a workflow's results, shared by every result of the same day and catalogue.</summary>
    internal DecisionReceipt ReceiptFor(IWorkflowInfo workflow, Edition edition)
    {
        // Receipts are immutable and the same for every result of a workflow on one day against one
        // catalogue; the workflow keeps the last one (engines over the same pack share it, hence
        // the catalogue check), and replacing it is a single reference write.
        var asOf = _clock?.GetCurrentInstant().InZone(Moment.ChinaStandardTime).Date;
        var catalogue = _catalogue ?? edition.SampleCatalogue;
        if (workflow.LastReceipt is { } cached && cached.AsOf == asOf && Receipts.StillFor(cached, catalogue))
        {
            return cached;
        }

        var receipt = Receipts.Build(workflow, edition, Pack.Fingerprint, catalogue, asOf);
        workflow.LastReceipt = receipt;
        return receipt;
    }
}
