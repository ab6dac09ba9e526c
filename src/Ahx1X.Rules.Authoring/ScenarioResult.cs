using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Authoring;

/// <summary>The result of one scenario.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Actual">The outcome the engine gave.</param>
/// <param name="Fired">The clause ids that fired, in finding order, without repeats.</param>
/// <param name="Failures">One line per unmet expectation; empty when the scenario passed.</param>
/// <param name="Result">The engine's full result.</param>
public sealed record ScenarioResult(Scenario Scenario, Outcome Actual, IReadOnlyList<string> Fired, IReadOnlyList<string> Failures, EvaluationResult Result)
{
    /// <summary>Gets whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
