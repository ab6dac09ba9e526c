namespace Ahx1X.Rules.Diagnostics;

/// <summary>
/// Thrown when a typed request holds a value outside the bounds documents are held to, such as
/// 1,000,000 candidates or an enum value outside its definition. Carries every problem, each at
/// its member path (such as <c>$.application.candidates</c>) with the same code a document gets.
/// </summary>
public sealed class InvalidRequestException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public InvalidRequestException(IReadOnlyList<Problem> problems)
        : base(RulePackException.Summarise("The request cannot be judged", problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
