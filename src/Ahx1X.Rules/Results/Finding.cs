using System.Diagnostics.CodeAnalysis;

namespace Ahx1X.Rules.Results;

/// <summary>Reports one clause that fired, could not be checked, or failed to run.</summary>
/// <remarks>
/// The engine may render <see cref="Message"/> and <see cref="Facts"/> when they are first read,
/// from the values the rule saw, so a caller that reads only the verdict pays for no text. Either
/// way a finding is immutable: every read, on any thread, returns the same instances, and a copy
/// made with <c>with</c> shares them.
/// </remarks>
public sealed record Finding
{
    // Set by an initializer or `with`; when null, the text is the deferred one.
    private LocalizedText? _message;
    private IReadOnlyList<Fact>? _facts;

    // Rendered at first read and shared by every copy of this finding.
    private readonly FindingText? _text;

    /// <summary>Creates a finding whose members are all given by an initializer.</summary>
    public Finding()
    {
    }

    /// <summary>Creates a finding whose message and facts <paramref name="text"/> renders when first read; the other members come from an initializer.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Message and Facts are read through the text given, which the compiler cannot see.
    internal Finding(FindingText text)
    {
        _text = text;
        ClauseId = RuleName = "";
        Citation = null!;
    }
#pragma warning restore CS8618

    /// <summary>Gets the clause id from the policy specification, such as <c>SCALE-01</c>; a public contract.</summary>
    public required string ClauseId { get; init; }

    /// <summary>Gets the name of the rule that produced the finding; several rules may share one clause.</summary>
    public required string RuleName { get; init; }

    /// <summary>Gets how much the finding weighs.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>Gets why the finding was reported.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>Gets the message, filled with the actual values, in Chinese and English.</summary>
    public required LocalizedText Message
    {
        get => _message ?? _text!.Message;
        init => _message = value;
    }

    /// <summary>Gets the sentence of the notice the clause comes from.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Gets the values the rule read; missing ones have a null <see cref="Fact.Value"/>.</summary>
    public required IReadOnlyList<Fact> Facts
    {
        get => _facts ?? _text!.Facts;
        init => _facts = value;
    }

    /// <summary>Gets who to ask about the finding: the notice's contact for the step and the kind of institution; null when the edition names none or the kind is not given.</summary>
    public Contact? Contact { get; init; }

    /// <summary>Returns true when <paramref name="other"/> has the same members, whether or not either's text was rendered yet.</summary>
    /// <param name="other">The finding to compare with.</param>
    public bool Equals(Finding? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(ClauseId, other.ClauseId, StringComparison.Ordinal)
            && string.Equals(RuleName, other.RuleName, StringComparison.Ordinal)
            && Severity == other.Severity
            && Kind == other.Kind
            && Equals(Citation, other.Citation)
            && Equals(Contact, other.Contact)
            && Equals(Message, other.Message)
            && EqualityComparer<IReadOnlyList<Fact>>.Default.Equals(Facts, other.Facts));

    /// <summary>Returns a hash of the members <see cref="Equals(Finding)"/> compares.</summary>
    public override int GetHashCode() => HashCode.Combine(ClauseId, RuleName, Severity, Kind, Citation, Contact, Message, Facts);
}
