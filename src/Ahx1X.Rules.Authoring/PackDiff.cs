namespace Ahx1X.Rules.Authoring;

/// <summary>Holds the differences between two rule packs or editions.</summary>
/// <param name="OldSource">Where the older pack was read.</param>
/// <param name="NewSource">Where the newer pack was read.</param>
/// <param name="YearsMoved">How many years the older edition's dates were moved before comparing (0 when editions of the same year were compared).</param>
/// <param name="Changes">Every difference, in edition, clause and place order.</param>
public sealed record PackDiff(string OldSource, string NewSource, int YearsMoved, IReadOnlyList<PackChange> Changes);
