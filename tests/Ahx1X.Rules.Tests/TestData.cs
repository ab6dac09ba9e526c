using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Tests;

/// <summary>
/// A fully compliant 2024 spring application and its institution, to vary with <c>with</c>
/// expressions, plus one shared engine over the embedded pack.
/// </summary>
internal static class TestData
{
    private static readonly Lazy<PolicyEngine> SharedEngine = new(() => PolicyEngine.LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the engine over the embedded 2024 pack, loaded once for the whole test run.</summary>
    public static PolicyEngine Engine => SharedEngine.Value;

    /// <summary>Gets the day the compliant application is submitted: inside the spring window (03-22..04-02).</summary>
    public static LocalDate SubmittedOn { get; } = new(2024, 3, 25);

    /// <summary>Gets an institution for which every clause holds.</summary>
    public static Institution Institution { get; } = new()
    {
        Name = "合肥职业技术学院",
        Kind = InstitutionKind.HigherVocational,
        City = "合肥",
        RegisteredOn = new LocalDate(2023, 11, 2),
        MajorsOffered = ["软件技术", "计算机应用技术", "数字媒体技术", "物流管理"],
        OfficeMeetingApprovedOn = new LocalDate(2024, 3, 12),
        StandardsInTrainingPlan = true,
        FundingBudgeted = true,
    };

    /// <summary>Gets a spring application for B1-WEB (minimum 30 candidates) for which every clause holds.</summary>
    public static Application Application { get; } = new()
    {
        Year = 2024,
        CertificateCode = "B1-WEB",
        Level = CertificateLevel.Intermediate,
        AssessedMajors = ["软件技术", "计算机应用技术"],
        Candidates = 35,
        Season = Season.Spring,
        SubmittedAt = Moment.FromDate(SubmittedOn),
        JustificationPresent = true,
        FormPresent = true,
    };

    /// <summary>Returns a request for the compliant application, or for the given variations of it.</summary>
    public static ApplicationRequest Request(
        Func<Application, Application>? application = null,
        Func<Institution, Institution>? institution = null,
        IReadOnlyList<Application>? earlier = null) => new()
    {
        Institution = institution is null ? Institution : institution(Institution),
        Application = application is null ? Application : application(Application),
        EarlierApplications = earlier ?? [],
    };

    /// <summary>Evaluates a variation of the compliant request on the shared engine.</summary>
    public static EvaluationResult Evaluate(
        Func<Application, Application>? application = null,
        Func<Institution, Institution>? institution = null,
        IReadOnlyList<Application>? earlier = null) =>
        Engine.Evaluate(Request(application, institution, earlier));

    /// <summary>Returns the application submitted on <paramref name="date"/> in <paramref name="season"/>.</summary>
    public static Application SubmittedOnDate(this Application application, LocalDate date, Season? season = null) =>
        application with { SubmittedAt = Moment.FromDate(date), Season = season ?? application.Season };

    /// <summary>Returns the findings of <paramref name="result"/> for <paramref name="clauseId"/>.</summary>
    public static IReadOnlyList<Finding> For(this EvaluationResult result, string clauseId) =>
        result.Findings.Where(f => f.ClauseId == clauseId).ToList();

    /// <summary>Returns true when no finding of <paramref name="result"/> cites <paramref name="clauseId"/>.</summary>
    public static bool Passes(this EvaluationResult result, string clauseId) =>
        result.Findings.All(f => f.ClauseId != clauseId);
}
