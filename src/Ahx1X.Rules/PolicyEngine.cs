using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Observability;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Steps;
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

    /// <summary>Creates an engine over a rules folder; see <see cref="RulePack.LoadFromDirectory(string)"/>; <c>new PolicyEngine(RulePack.LoadFromDirectory(path, cancellationToken), options)</c> stops when cancelled.</summary>
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
    /// <exception cref="InvalidRequestException">A value is outside the bounds documents are held to; lists every one.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers the application's year.</exception>
    public EvaluationResult Evaluate(ApplicationRequest request) => Run(StepTable.Application, request);

    /// <summary>
    /// Judges one application as <see cref="Evaluate(ApplicationRequest)"/> does and returns only the
    /// verdict and the clauses that fired: no message, fact or receipt is built, so a batch or a
    /// dashboard that counts verdicts pays for the rules alone.
    /// </summary>
    /// <param name="request">The application, its institution and the institution's earlier applications.</param>
    /// <returns>The outcome and the clause ids of the findings <see cref="Evaluate(ApplicationRequest)"/> would give, in rule order, without repeats.</returns>
    /// <exception cref="InvalidRequestException">A value is outside the bounds documents are held to; lists every one.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers the application's year.</exception>
    public CheckResult Check(ApplicationRequest request)
    {
        var (edition, context) = Checked(StepTable.Application, request);
        return StepTable.Application.Check(edition.Application, request, context);
    }

    /// <summary>
    /// Judges a city bureau's preliminary review of one application (TIME-02). A city review of a
    /// university's or college's application is not a step of the notice and is reported as such.
    /// </summary>
    /// <param name="request">The review.</param>
    /// <returns>The outcome and every finding.</returns>
    /// <exception cref="InvalidRequestException">A value is outside the bounds documents are held to; lists every one.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers the application's year.</exception>
    public EvaluationResult EvaluateCityReview(CityReviewRequest request) => Run(StepTable.CityReview, request);

    /// <summary>
    /// Judges the provincial review of one application: inside the provincial window (TIME-03)
    /// and, for a secondary vocational application, on or after a passed city review (ORDER-01).
    /// </summary>
    /// <param name="request">The review, with the city review before it if there was one.</param>
    /// <returns>The outcome and every finding.</returns>
    /// <exception cref="InvalidRequestException">A value is outside the bounds documents are held to; lists every one.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers the application's year.</exception>
    public EvaluationResult EvaluateProvincialReview(ProvincialReviewRequest request) => Run(StepTable.ProvincialReview, request);

    /// <summary>Judges the mail that sends a summary table (附件3): deadline, seal, mailbox and subject (PROC-02), and who may send it (PROC-03).</summary>
    /// <param name="mail">The mail.</param>
    /// <returns>The outcome and every finding.</returns>
    /// <exception cref="InvalidRequestException">A value is outside the bounds documents are held to; lists every one.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers the mail's year.</exception>
    public EvaluationResult EvaluateSummaryTable(SummaryTableMail mail) => Run(StepTable.SummaryTable, new SummaryTableJudging(mail ?? throw new ArgumentNullException(nameof(mail)), null));

    /// <summary>
    /// Judges the mail that sends a summary table (附件3) together with the applications it
    /// summarises: PROC-02 and PROC-03 as <see cref="EvaluateSummaryTable(SummaryTableMail)"/> does, and
    /// PROC-04, one finding per row with no application and per application with no row or with
    /// another level or number of candidates. The applications the table covers are those of the
    /// mail's year and season by its sender, or for a city bureau by the secondary vocational
    /// institutions of its city; the others are left aside.
    /// </summary>
    /// <param name="mail">The mail, with its <see cref="SummaryTableMail.Rows"/>.</param>
    /// <param name="applications">The applications judged together with the mail, such as every record of a season's applications documents.</param>
    /// <returns>The outcome and every finding.</returns>
    /// <exception cref="InvalidRequestException">A value is outside the bounds documents are held to; lists every one.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers the mail's year.</exception>
    public EvaluationResult EvaluateSummaryTable(SummaryTableMail mail, IReadOnlyList<ApplicationRequest> applications)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(applications);
        return Run(StepTable.SummaryTable, new SummaryTableJudging(mail, applications));
    }

    /// <summary>Judges a change to an approved plan (ADJ-01..04); every broken part of an increase request is reported.</summary>
    /// <param name="request">The approved and the requested plan, and how an increase was asked for.</param>
    /// <returns>The outcome and every finding.</returns>
    /// <exception cref="InvalidRequestException">A value is outside the bounds documents are held to; lists every one.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers the year.</exception>
    public EvaluationResult EvaluateAdjustment(AdjustmentRequest request) => Run(StepTable.Adjustment, request);

    /// <summary>
    /// Judges an institution's monthly progress reports (附件5) as of a date (REQ-04): every month
    /// from the month of its earliest approval to the month of <see cref="MonthlyReportsRequest.AsOf"/>,
    /// both included, with no report gives one finding naming the month.
    /// </summary>
    /// <param name="request">The approvals, the months reported and the date of the check.</param>
    /// <returns>The outcome and every finding, in month order.</returns>
    /// <exception cref="InvalidRequestException">A value is outside the bounds documents are held to, or the check spans more than 120 months.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers the year.</exception>
    public EvaluationResult EvaluateMonthlyReports(MonthlyReportsRequest request) => Run(StepTable.MonthlyReports, request);

    /// <summary>
    /// Judges one monthly progress report (附件5) as the province's monitoring does (MON-01): each
    /// certificate whose examinations lag behind the edition's measure of progress gives one finding naming it.
    /// </summary>
    /// <param name="report">The institution, the month and the figures of each approved certificate.</param>
    /// <returns>The outcome and every finding, in the report's certificate order.</returns>
    /// <exception cref="InvalidRequestException">A value is outside the bounds documents are held to, or the figures contradict each other.</exception>
    /// <exception cref="EditionNotFoundException">No edition covers the year.</exception>
    public EvaluationResult EvaluateMonthlyProgress(MonthlyProgressReport report) => Run(StepTable.MonthlyProgress, report);

    /// <summary>The one path every step takes: check the request, find its edition, run its workflow, and sign the result.</summary>
    private EvaluationResult Run<TRequest, TScope>(Step<TRequest, TScope> step, TRequest request)
        where TRequest : class
        where TScope : Scope
    {
        ArgumentNullException.ThrowIfNull(request);

        // Metrics and an activity for whoever listens (RulesTelemetry); nothing is measured otherwise.
        var telemetry = EvaluationTelemetry.Start(step.Workflow);
        try
        {
            var (edition, context) = Checked(step, request);
            var workflow = edition.Workflows.Of(step);
            var (findings, verdicts) = step.Run(workflow, request, context, _explain);

            var receipt = ReceiptFor(workflow, edition);
            var result = findings.Count == 0 && verdicts.Count == 0 ? workflow.Accepted(receipt) : new EvaluationResult
            {
                Outcome = EvaluationResult.OutcomeOf(findings),
                Findings = findings,
                Verdicts = verdicts,
                Receipt = receipt,
            };
            telemetry.Stop(result);
            return result;
        }
        catch (Exception ex) when (telemetry.Fail(ex))
        {
            // Never reached: Fail records the exception and returns false, so it goes on unchanged.
            throw;
        }
    }

    /// <summary>Checks <paramref name="request"/> against the bounds documents are held to and returns the edition that judges it, with its steps' context.</summary>
    private (Edition Edition, StepContext Context) Checked<TRequest, TScope>(Step<TRequest, TScope> step, TRequest request)
        where TRequest : class
        where TScope : Scope
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = RequestProblems.ForThisThread();
        step.Check(request, problems);
        if (problems.HasAny)
        {
            throw new InvalidRequestException([.. problems.Items]);
        }

        var edition = Pack.For(step.YearOf(request));
        var context = ContextOf(edition);
        problems.ThrowForUnknownCities(context.Cities);
        return (edition, context);
    }

    /// <summary>Builds the inputs the Application workflow's expressions see, for tests and benchmarks that drive the workflow directly.</summary>
    internal ApplicationScope ScopeFor(ApplicationRequest request, Edition edition) => StepTable.Application.ScopeOf(request, ContextOf(edition));

    /// <summary>Returns the context of <paramref name="edition"/>'s steps, reusing the last one while it still applies (it is immutable; replacing it is one reference write).</summary>
    private StepContext ContextOf(Edition edition)
    {
        if (Volatile.Read(ref _lastContext) is { } last && ReferenceEquals(last.Edition, edition.Parameters))
        {
            return last;
        }

        var context = new StepContext(edition.Parameters, _catalogue ?? edition.SampleCatalogue);
        Volatile.Write(ref _lastContext, context);
        return context;
    }

    private StepContext? _lastContext;

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
