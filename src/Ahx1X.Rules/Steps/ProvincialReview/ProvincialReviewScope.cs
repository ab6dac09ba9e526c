using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

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
