using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Tests;

/// <summary>
/// Shared engine and builders for the tests of the steps after an application: city and
/// provincial reviews, summary tables, adjustments and monthly reports.
/// </summary>
internal static class StepData
{
    private static readonly Lazy<PolicyEngine> LazyEngine = new(() => PolicyEngine.LoadEmbedded());

    /// <summary>Gets the engine over the embedded pack, loaded once for the whole run.</summary>
    public static PolicyEngine Engine => LazyEngine.Value;

    public const string SummaryMailbox = "ahxzsbggs@126.com";

    public const string IncreaseMailbox = "ahxzsbg@126.com";

    public static LocalDate Date(int month, int day) => new(2024, month, day);

    public static Institution SecondarySchool { get; } = new()
    {
        Name = "蚌埠示范中等职业学校",
        Kind = InstitutionKind.SecondaryVocational,
        City = "蚌埠",
    };

    public static Institution SpecialisedSchool { get; } = new()
    {
        Name = "滁州示范中等职业学校",
        Kind = InstitutionKind.ProvincialSecondarySpecialised,
        City = "滁州",
    };

    public static Institution College { get; } = new()
    {
        Name = "安徽示范职业技术学院",
        Kind = InstitutionKind.HigherVocational,
        City = "合肥",
    };

    public static Institution University { get; } = new()
    {
        Name = "安徽示范应用技术大学",
        Kind = InstitutionKind.AppliedUndergraduate,
        City = "合肥",
    };

    /// <summary>Returns the institution of the given kind used across the step tests.</summary>
    public static Institution InstitutionOf(InstitutionKind kind) => kind switch
    {
        InstitutionKind.SecondaryVocational => SecondarySchool,
        InstitutionKind.ProvincialSecondarySpecialised => SpecialisedSchool,
        InstitutionKind.HigherVocational => College,
        _ => University,
    };

    public static Application ApplicationFor(Season season) => new()
    {
        Year = 2024,
        CertificateCode = "B1-LOG",
        Level = CertificateLevel.Intermediate,
        AssessedMajors = ["物流服务与管理"],
        Candidates = 40,
        Season = season,
    };

    public static CityReviewRequest CityReview(InstitutionKind kind, Season season, LocalDate? reviewedOn) => new()
    {
        Institution = InstitutionOf(kind),
        Application = ApplicationFor(season),
        ReviewedAt = reviewedOn is { } date ? Moment.FromDate(date) : null,
        ReviewerCity = InstitutionOf(kind).City,
    };

    public static ProvincialReviewRequest ProvincialReview(
        InstitutionKind kind, Season season, LocalDate reviewedOn, CityReviewRecord? cityReview) => new()
    {
        Institution = InstitutionOf(kind),
        Application = ApplicationFor(season),
        ReviewedAt = Moment.FromDate(reviewedOn),
        CityReview = cityReview,
    };

    public static CityReviewRecord PassedCityReview(LocalDate reviewedOn) =>
        new() { ReviewedAt = Moment.FromDate(reviewedOn), Passed = true };

    /// <summary>Returns a summary mail from a higher vocational college that breaks no clause.</summary>
    public static SummaryTableMail SummaryMail(Season season, Moment sentAt) => new()
    {
        Year = 2024,
        Season = season,
        SenderName = College.Name,
        SenderKind = SenderKind.HigherVocational,
        SenderCity = College.City,
        SentAt = sentAt,
        Sealed = true,
        Recipient = MailRecipient.ToMailbox(SummaryMailbox),
        Subject = College.Name + "2024年证书申报",
    };

    public static ExamPlan Plan(int? candidates, CertificateLevel? level = CertificateLevel.Intermediate, IReadOnlyList<string>? majors = null) => new()
    {
        CertificateCode = "B1-WEB",
        Level = level,
        AssessedMajors = majors ?? ["软件技术", "计算机应用技术"],
        Candidates = candidates,
    };

    /// <summary>Returns an increase request in which every part is in order.</summary>
    public static IncreaseRequest IncreaseInOrder { get; } = new()
    {
        PilotDepartmentAgreed = true,
        SchoolLeaderAgreed = true,
        FormPresent = true,
        Sealed = true,
        Recipient = IncreaseMailbox,
        Subject = College.Name + "2024年证书指标调增申请",
    };

    public static AdjustmentRequest Adjustment(ExamPlan approved, ExamPlan requested, IncreaseRequest? increase = null) => new()
    {
        Year = 2024,
        Institution = College,
        Approved = approved,
        Requested = requested,
        Increase = increase,
    };

    public static IEnumerable<Finding> FindingsForClause(this EvaluationResult result, string clauseId) =>
        result.Findings.Where(f => f.ClauseId == clauseId);

    /// <summary>Renders the findings for assertion messages.</summary>
    public static string DescribeStep(this EvaluationResult result) =>
        $"{result.Outcome}: " + string.Join("; ", result.Findings.Select(f => $"{f.RuleName} {f.Kind} {f.Message.En}"));

    /// <summary>
    /// Writes every value of a result, so that two results compare by value, lists included; without
    /// <paramref name="receipt"/>, all but its receipt, which names the pack by its fingerprint.
    /// </summary>
    public static string DescribeWhole(this EvaluationResult result, bool receipt = true)
    {
        var text = new System.Text.StringBuilder();
        text.Append(result.Outcome).Append(' ').Append(result.Verdicts.Count).Append(' ').Append(receipt ? result.Receipt : null).AppendLine();
        foreach (var f in result.Findings)
        {
            text.Append(f.ClauseId).Append('|').Append(f.RuleName).Append('|').Append(f.Severity).Append('|').Append(f.Kind).Append('|')
                .Append(f.Message.Zh).Append('|').Append(f.Message.En).Append('|').Append(f.Citation).Append('|').Append(f.Contact).AppendLine();
            foreach (var fact in f.Facts)
            {
                text.Append("  ").Append(fact.Name).Append('|').Append(fact.Label).Append('|').Append(fact.Value ?? "<null>").AppendLine();
            }
        }

        return text.ToString();
    }
}
