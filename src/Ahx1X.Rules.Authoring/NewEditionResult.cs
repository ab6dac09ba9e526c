using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Authoring;

/// <summary>Holds what <see cref="NewEdition.Create"/> wrote, or why it wrote nothing.</summary>
/// <param name="FromYear">The year of the edition copied; 0 when it could not be read.</param>
/// <param name="Year">The new edition's year.</param>
/// <param name="Output">The new edition's folder.</param>
/// <param name="ToConfirm">Every value moved to the new year, each still to be confirmed.</param>
/// <param name="Problems">Why nothing was written; empty when the edition was written.</param>
public sealed record NewEditionResult(int FromYear, int Year, string Output, IReadOnlyList<ValueToConfirm> ToConfirm, IReadOnlyList<Problem> Problems)
{
    /// <summary>Gets whether the new edition was written.</summary>
    public bool Written => Problems.Count == 0;
}
