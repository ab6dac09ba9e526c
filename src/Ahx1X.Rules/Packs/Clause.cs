using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Packs;

/// <summary>Describes one clause of an edition, as listed in the policy specification.</summary>
/// <param name="Id">The clause id, such as <c>SCALE-01</c>; a public contract that never changes.</param>
/// <param name="Section">The section of the notice, such as <c>二</c>.</param>
/// <param name="Title">What the clause requires, in Chinese and English.</param>
public sealed record Clause(string Id, string Section, LocalizedText Title);
