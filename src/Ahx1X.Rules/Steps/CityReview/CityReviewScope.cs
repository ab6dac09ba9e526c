using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>The inputs of the <c>CityReview</c> workflow: <c>institution</c>, <c>application</c>, <c>reviewedAt</c>, <c>review</c> (the whole request, for its <c>ReviewerCity</c>), <c>season</c>, <c>edition</c>.</summary>
internal sealed class CityReviewScope : Scope
{
    public required Institution Institution { get; init; }

    public required Application Application { get; init; }

    public required Moment? ReviewedAt { get; init; }

    public required CityReviewRequest Review { get; init; }

    public required SeasonCalendar? Season { get; init; }

    public required EditionParameters Edition { get; init; }
}
