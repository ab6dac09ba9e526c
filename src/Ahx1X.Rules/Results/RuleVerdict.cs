namespace Ahx1X.Rules.Results;

/// <summary>Names what one rule concluded, in an explained result.</summary>
public enum RuleOutcome
{
    /// <summary>The rule ran and its clause is met.</summary>
    Held,

    /// <summary>The rule ran and its clause is not met (a violation, or a step that does not apply).</summary>
    Broken,

    /// <summary>The rule reached a fact that was not supplied.</summary>
    MissingFacts,

    /// <summary>The rule threw while running.</summary>
    Failed,
}

/// <summary>Shows one rule's verdict and the values it read, for explaining a result.</summary>
/// <param name="RuleName">The rule.</param>
/// <param name="ClauseId">The clause it implements.</param>
/// <param name="Outcome">What it concluded.</param>
/// <param name="Facts">The values it read; missing ones have a null <see cref="Fact.Value"/>.</param>
public sealed record RuleVerdict(string RuleName, string ClauseId, RuleOutcome Outcome, IReadOnlyList<Fact> Facts);
