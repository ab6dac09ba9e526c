using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>The inputs of the <c>Adjustment</c> workflow: <c>institution</c>, <c>approved</c>, <c>requested</c>, <c>increase</c> (null when none was sent), <c>edition</c>.</summary>
internal sealed class AdjustmentScope : Scope
{
    public required Institution Institution { get; init; }

    public required ExamPlan Approved { get; init; }

    public required ExamPlan Requested { get; init; }

    public required IncreaseRequest? Increase { get; init; }

    public required EditionParameters Edition { get; init; }
}
