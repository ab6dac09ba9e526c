using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Authoring;

/// <summary>Holds a scenario run: each result, the clause coverage and the problems of unreadable scenario files.</summary>
/// <param name="Results">The result of each scenario that could be read.</param>
/// <param name="Coverage">Every clause of every edition, with how often it fired and passed.</param>
/// <param name="Problems">Problems of scenario files and of the rules, each with its position.</param>
public sealed record ScenarioRun(IReadOnlyList<ScenarioResult> Results, IReadOnlyList<ClauseCoverage> Coverage, IReadOnlyList<Problem> Problems)
{
    /// <summary>Gets the share of clauses the scenarios show both firing and passing, in whole percent rounded down.</summary>
    public int CoveragePercent => Coverage.Count == 0 ? 0 : Coverage.Count(c => c.IsCovered) * 100 / Coverage.Count;

    /// <summary>Gets whether every scenario was read and passed.</summary>
    public bool Passed => Problems.Count == 0 && Results.All(r => r.Passed);
}
