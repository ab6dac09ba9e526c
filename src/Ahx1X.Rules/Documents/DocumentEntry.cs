using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Documents;

/// <summary>Holds one record of a document: what it is about and the request to judge.</summary>
public sealed record DocumentEntry
{
    /// <summary>Gets the record's id, unique in the document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets who the record is about, such as the institution's name.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the city of the institution or sender, when the document gives it.</summary>
    public string? City { get; init; }

    /// <summary>Gets what the record is about, such as a certificate code or a step.</summary>
    public required string Item { get; init; }

    /// <summary>
    /// Gets the typed request: an <see cref="ApplicationRequest"/>, <see cref="CityReviewRequest"/>,
    /// <see cref="ProvincialReviewRequest"/>, <see cref="SummaryTableMail"/>,
    /// <see cref="AdjustmentRequest"/>, <see cref="MonthlyReportsRequest"/> or <see cref="MonthlyProgressReport"/>,
    /// as <see cref="Kind"/> says. The accessor of each kind (<see cref="Application"/>, <see cref="CityReview"/>, ...)
    /// gives it typed, with no cast.
    /// </summary>
    public required object Request { get; init; }

    /// <summary>
    /// Gets the kind of document the record came from, which names its step and the type of
    /// <see cref="Request"/>: switch on it and read the accessor of that kind, such as <see cref="Application"/>.
    /// </summary>
    public DocumentKind Kind => Request switch
    {
        ApplicationRequest => DocumentKind.Applications,
        CityReviewRequest => DocumentKind.CityReviews,
        ProvincialReviewRequest => DocumentKind.ProvincialReviews,
        SummaryTableMail => DocumentKind.SummaryTables,
        AdjustmentRequest => DocumentKind.Adjustments,
        MonthlyReportsRequest => DocumentKind.MonthlyReports,
        MonthlyProgressReport => DocumentKind.MonthlyProgress,
        _ => throw new InvalidOperationException($"No step judges a {Request.GetType().Name}."),
    };

    /// <summary>Gets the request of an <c>applications</c> record, or null for a record of another kind.</summary>
    public ApplicationRequest? Application => Request as ApplicationRequest;

    /// <summary>Gets the request of a <c>cityReviews</c> record, or null for a record of another kind.</summary>
    public CityReviewRequest? CityReview => Request as CityReviewRequest;

    /// <summary>Gets the request of a <c>provincialReviews</c> record, or null for a record of another kind.</summary>
    public ProvincialReviewRequest? ProvincialReview => Request as ProvincialReviewRequest;

    /// <summary>Gets the mail of a <c>summaryTables</c> record, or null for a record of another kind.</summary>
    public SummaryTableMail? SummaryTable => Request as SummaryTableMail;

    /// <summary>Gets the request of an <c>adjustments</c> record, or null for a record of another kind.</summary>
    public AdjustmentRequest? Adjustment => Request as AdjustmentRequest;

    /// <summary>Gets the request of a <c>monthlyReports</c> record, or null for a record of another kind.</summary>
    public MonthlyReportsRequest? MonthlyReports => Request as MonthlyReportsRequest;

    /// <summary>Gets the report of a <c>monthlyProgress</c> record, or null for a record of another kind.</summary>
    public MonthlyProgressReport? MonthlyProgress => Request as MonthlyProgressReport;

    /// <summary>
    /// Gets the applications a summary tables document gives with its mails, which PROC-04 reconciles
    /// this record's mail with in <see cref="EvaluateWith"/>; null when the document gives none.
    /// Store them with the mail to judge it again the same way.
    /// </summary>
    public IReadOnlyList<ApplicationRequest>? JudgedWith { get; internal init; }

    /// <summary>Gets where the record, its id and the values an edition checks are written, for locating problems such as a repeated id.</summary>
    internal RecordPlace? Place { get; init; }

    /// <summary>Gets the document the record was read from, for locating problems found when it is judged.</summary>
    internal string? Source { get; init; }

    /// <summary>Gets how to place a problem in the form the record was read from, when it was not JSON text (<see cref="DocumentTree"/>).</summary>
    internal Func<Problem, Problem>? Locate { get; init; }

    /// <summary>Judges the request with the engine's entry point for its step.</summary>
    /// <param name="engine">The engine.</param>
    /// <exception cref="EditionNotFoundException">No edition covers the record's year.</exception>
    /// <exception cref="DocumentException">A value only the edition can refuse, such as a city it does not list; located at the record.</exception>
    public EvaluationResult EvaluateWith(PolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Located(() => Judge(engine));
    }

    /// <summary>
    /// Judges the request as <see cref="EvaluateWith"/> does and returns only the verdict and the
    /// clauses that fired; an application renders no message, fact or receipt (<see cref="PolicyEngine.Check"/>),
    /// so a batch that counts verdicts keeps little per record.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <returns>The outcome and the clause ids <see cref="EvaluateWith"/>'s findings give, in rule order, without repeats.</returns>
    /// <exception cref="EditionNotFoundException">No edition covers the record's year.</exception>
    /// <exception cref="DocumentException">A value only the edition can refuse, such as a city it does not list; located at the record.</exception>
    public CheckResult CheckWith(PolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Located(() => Request is ApplicationRequest application ? engine.Check(application) : Verdict(Judge(engine)));
    }

    /// <summary>Returns the verdict and clauses of <paramref name="result"/>; the outcome is the result's own, as for a step that does not apply.</summary>
    private static CheckResult Verdict(EvaluationResult result) => new(result.Outcome, CheckResult.Of(result.Findings).ClauseIds);

    /// <summary>Returns what <paramref name="judge"/> gives, a request problem located in the document.</summary>
    private T Located<T>(Func<T> judge)
    {
        try
        {
            return judge();
        }
        catch (InvalidRequestException ex)
        {
            var problems = DocumentProblems.AtRecord(ex.Problems, Source ?? "document", Place, Id);
            throw new DocumentException(Locate is null ? problems : problems.Select(Locate).ToList());
        }
    }

    private EvaluationResult Judge(PolicyEngine engine) =>
        Request switch
        {
            ApplicationRequest r => engine.Evaluate(r),
            CityReviewRequest r => engine.EvaluateCityReview(r),
            ProvincialReviewRequest r => engine.EvaluateProvincialReview(r),
            SummaryTableMail r when JudgedWith is { } applications => engine.EvaluateSummaryTable(r, applications),
            SummaryTableMail r => engine.EvaluateSummaryTable(r),
            AdjustmentRequest r => engine.EvaluateAdjustment(r),
            MonthlyReportsRequest r => engine.EvaluateMonthlyReports(r),
            MonthlyProgressReport r => engine.EvaluateMonthlyProgress(r),
            _ => throw new InvalidOperationException($"No step judges a {Request.GetType().Name}."),
        };
}
