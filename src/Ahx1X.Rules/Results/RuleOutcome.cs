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
