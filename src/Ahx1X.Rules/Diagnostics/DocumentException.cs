namespace Ahx1X.Rules.Diagnostics;

/// <summary>
/// Thrown when an input document (applications, catalogue) cannot be read. Carries every
/// problem found, each with its JSON path, line and column.
/// </summary>
public sealed class DocumentException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public DocumentException(IReadOnlyList<Problem> problems)
        : base(RulePackException.Summarise("The document cannot be read", problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
