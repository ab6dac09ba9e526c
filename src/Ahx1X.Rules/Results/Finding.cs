namespace Ahx1X.Rules.Results;

/// <summary>Reports one clause that fired, could not be checked, or failed to run.</summary>
public sealed record Finding
{
    /// <summary>Gets the clause id from the policy specification, such as <c>SCALE-01</c>; a public contract.</summary>
    public required string ClauseId { get; init; }

    /// <summary>Gets the name of the rule that produced the finding; several rules may share one clause.</summary>
    public required string RuleName { get; init; }

    /// <summary>Gets how much the finding weighs.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>Gets why the finding was reported.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>Gets the message, filled with the actual values, in Chinese and English.</summary>
    public required LocalizedText Message { get; init; }

    /// <summary>Gets the sentence of the notice the clause comes from.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Gets the values the rule read; missing ones have a null <see cref="Fact.Value"/>.</summary>
    public required IReadOnlyList<Fact> Facts { get; init; }

    /// <summary>Gets who to ask about the finding: the notice's contact for the step and the kind of institution; null when the edition names none or the kind is not given.</summary>
    public Contact? Contact { get; init; }
}
