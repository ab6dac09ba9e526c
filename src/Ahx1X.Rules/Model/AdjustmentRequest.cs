namespace Ahx1X.Rules.Model;

/// <summary>Asks whether a change to an approved exam plan is allowed (ADJ-01..04).</summary>
public sealed record AdjustmentRequest
{
    /// <summary>Gets the year of the notice the plan answers.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the institution that asks for the change.</summary>
    public required Institution Institution { get; init; }

    /// <summary>Gets the plan as approved.</summary>
    public required ExamPlan Approved { get; init; }

    /// <summary>Gets the plan as the change asks for it.</summary>
    public required ExamPlan Requested { get; init; }

    /// <summary>Gets how an increase was asked for; null when none was sent.</summary>
    public IncreaseRequest? Increase { get; init; }
}
