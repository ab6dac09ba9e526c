namespace Ahx1X.Rules.Authoring;

/// <summary>How often the scenarios make one clause fire and pass.</summary>
/// <param name="Edition">The edition's year.</param>
/// <param name="ClauseId">The clause.</param>
/// <param name="Fired">Scenarios in which the clause fired.</param>
/// <param name="Passed">Scenarios in which the clause was checked and did not fire.</param>
public sealed record ClauseCoverage(int Edition, string ClauseId, int Fired, int Passed)
{
    /// <summary>Gets whether the scenarios show the clause both ways.</summary>
    public bool IsCovered => Fired > 0 && Passed > 0;
}
