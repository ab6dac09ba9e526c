namespace Ahx1X.Rules.Results;

/// <summary>Names why a finding was reported.</summary>
public enum FindingKind
{
    /// <summary>The rule ran and the clause is not met.</summary>
    Violation,

    /// <summary>A fact the rule needs was not supplied; the rule did not run.</summary>
    MissingFacts,

    /// <summary>The rule threw while running; it is treated as failed, never as passed.</summary>
    RuleFailed,

    /// <summary>The document asks for a step the notice does not have for this case.</summary>
    NotApplicable,
}
