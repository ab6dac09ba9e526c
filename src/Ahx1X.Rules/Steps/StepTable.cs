namespace Ahx1X.Rules.Steps;

/// <summary>
/// The steps of the notice, one row each. Loading compiles one workflow per row, documents find
/// their reader by kind here, and the facade runs every step through one path.
/// </summary>
internal static class StepTable
{
    public static readonly ApplicationStep Application = new(0);
    public static readonly CityReviewStep CityReview = new(1);
    public static readonly ProvincialReviewStep ProvincialReview = new(2);
    public static readonly SummaryTableStep SummaryTable = new(3);
    public static readonly AdjustmentStep Adjustment = new(4);
    public static readonly MonthlyReportsStep MonthlyReports = new(5);
    public static readonly MonthlyProgressStep MonthlyProgress = new(6);

    /// <summary>Gets every step, each at its <see cref="Step.Index"/>.</summary>
    public static IReadOnlyList<Step> All { get; } = [Application, CityReview, ProvincialReview, SummaryTable, Adjustment, MonthlyReports, MonthlyProgress];

    /// <summary>Gets each step by the kind a document declares in <c>"kind"</c>.</summary>
    public static IReadOnlyDictionary<string, Step> ByKindName { get; } = All.ToDictionary(s => s.KindName, StringComparer.Ordinal);
}
