using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using NodaTime;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// The inputs of one evaluation. Compiled rules record here the first missing fact they reach,
/// so a missing fact costs a field write, not an exception. A scope is used by one thread.
/// </summary>
internal abstract class Scope
{
    /// <summary>The first missing fact the running rule reached, or null. A field, so it is not taken for an input.</summary>
    internal string? MissingFact;
}

/// <summary>
/// The inputs of the <c>Application</c> workflow. Each property is one input of the rule
/// expressions, named in camel case: <c>institution</c>, <c>application</c>, <c>certificate</c>
/// (null when the code is not in the catalogue), <c>history</c>, <c>season</c> (the calendar of
/// the season applied for) and <c>edition</c>.
/// </summary>
internal sealed class ApplicationScope : Scope
{
    public required Institution Institution { get; init; }

    public required Application Application { get; init; }

    public required CatalogueEntry? Certificate { get; init; }

    public required ApplicationHistory History { get; init; }

    public required SeasonCalendar? Season { get; init; }

    public required EditionParameters Edition { get; init; }
}

/// <summary>What the institution already applied for, as far as the notice cares.</summary>
/// <param name="SameCertificateLevelSeason">Earlier applications for the same certificate, level and season.</param>
internal readonly record struct ApplicationHistory(int SameCertificateLevelSeason);

/// <summary>The inputs of the <c>CityReview</c> workflow: <c>institution</c>, <c>application</c>, <c>reviewedAt</c>, <c>season</c>, <c>edition</c>.</summary>
internal sealed class CityReviewScope : Scope
{
    public required Institution Institution { get; init; }

    public required Application Application { get; init; }

    public required Moment? ReviewedAt { get; init; }

    public required SeasonCalendar? Season { get; init; }

    public required EditionParameters Edition { get; init; }
}

/// <summary>The inputs of the <c>ProvincialReview</c> workflow: as the city review's, plus <c>cityReview</c> (null when there was none).</summary>
internal sealed class ProvincialReviewScope : Scope
{
    public required Institution Institution { get; init; }

    public required Application Application { get; init; }

    public required Moment? ReviewedAt { get; init; }

    public required CityReviewRecord? CityReview { get; init; }

    public required SeasonCalendar? Season { get; init; }

    public required EditionParameters Edition { get; init; }
}

/// <summary>The inputs of the <c>SummaryTable</c> workflow: <c>mail</c>, <c>season</c>, <c>edition</c>.</summary>
internal sealed class SummaryTableScope : Scope
{
    public required SummaryTableMail Mail { get; init; }

    public required SeasonCalendar? Season { get; init; }

    public required EditionParameters Edition { get; init; }
}

/// <summary>The inputs of the <c>Adjustment</c> workflow: <c>institution</c>, <c>approved</c>, <c>requested</c>, <c>increase</c> (null when none was sent), <c>edition</c>.</summary>
internal sealed class AdjustmentScope : Scope
{
    public required Institution Institution { get; init; }

    public required ExamPlan Approved { get; init; }

    public required ExamPlan Requested { get; init; }

    public required IncreaseRequest? Increase { get; init; }

    public required EditionParameters Edition { get; init; }
}

/// <summary>The inputs of the <c>MonthlyReports</c> workflow, once per month due: <c>institution</c>, <c>month</c>, <c>reported</c>, <c>asOf</c>, <c>edition</c>.</summary>
internal sealed class MonthlyReportScope : Scope
{
    public required Institution Institution { get; init; }

    public required YearMonth Month { get; init; }

    public required IReadOnlyList<YearMonth> Reported { get; init; }

    public required LocalDate AsOf { get; init; }

    public required EditionParameters Edition { get; init; }
}

/// <summary>The names of the workflows an edition defines, one per step a portal checks.</summary>
internal static class WorkflowNames
{
    public const string Application = "Application";
    public const string CityReview = "CityReview";
    public const string ProvincialReview = "ProvincialReview";
    public const string SummaryTable = "SummaryTable";
    public const string Adjustment = "Adjustment";
    public const string MonthlyReports = "MonthlyReports";

    public static readonly IReadOnlyList<string> All = [Application, CityReview, ProvincialReview, SummaryTable, Adjustment, MonthlyReports];
}
