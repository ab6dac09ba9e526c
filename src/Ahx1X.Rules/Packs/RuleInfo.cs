namespace Ahx1X.Rules.Packs;

/// <summary>Describes one rule of an edition.</summary>
/// <param name="Workflow">The workflow the rule belongs to.</param>
/// <param name="Name">The rule's unique name.</param>
/// <param name="ClauseId">The clause the rule implements.</param>
/// <param name="Severity">The severity of its findings.</param>
public sealed record RuleInfo(string Workflow, string Name, string ClauseId, Results.FindingSeverity Severity);
