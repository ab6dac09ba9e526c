namespace Ahx1X.Rules.Results;

/// <summary>Shows one rule's verdict and the values it read, for explaining a result.</summary>
/// <param name="RuleName">The rule.</param>
/// <param name="ClauseId">The clause it implements.</param>
/// <param name="Outcome">What it concluded.</param>
/// <param name="Facts">The values it read; missing ones have a null <see cref="Fact.Value"/>.</param>
public sealed record RuleVerdict(string RuleName, string ClauseId, RuleOutcome Outcome, IReadOnlyList<Fact> Facts);
