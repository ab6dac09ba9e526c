namespace Ahx1X.Rules.Authoring;

/// <summary>One difference between two editions, found by <see cref="PackComparison"/>.</summary>
/// <param name="Edition">The newer edition's year.</param>
/// <param name="ClauseId">The clause the change belongs to; null for a parameter no one clause owns.</param>
/// <param name="What">What changed: <c>parameter</c>, <c>clause</c>, <c>rule</c>, <c>expression</c>, <c>message</c>, <c>severity</c>, <c>citation</c>, <c>section</c>, <c>enabled</c> or <c>finding</c>.</param>
/// <param name="Where">The file and JSON path of a parameter or clause, or the rule's name.</param>
/// <param name="Old">The value before, as JSON (moved to the newer edition's year); null when it was added.</param>
/// <param name="New">The value after, as JSON; null when it was removed.</param>
public sealed record PackChange(int Edition, string? ClauseId, string What, string Where, string? Old, string? New);
