namespace Ahx1X.Rules;

/// <summary>
/// Thrown when a rule pack cannot be loaded. Carries every problem found, each with its file,
/// JSON path, line and rule, so that all of them can be fixed in one pass.
/// </summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public RulePackException(IReadOnlyList<Problem> problems)
        : base(Summarise("The rule pack cannot be loaded", problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    internal static string Summarise(string what, IReadOnlyList<Problem> problems) =>
        $"{what}: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}.{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}

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

/// <summary>Thrown when a document is for a year no loaded edition covers; the rules of another year are never applied instead.</summary>
public sealed class EditionNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="year">The year asked for.</param>
    /// <param name="available">The years the loaded pack covers.</param>
    public EditionNotFoundException(int year, IReadOnlyList<int> available)
        : base($"No rule edition covers the year {year}; the loaded pack covers {(available.Count == 0 ? "no year" : string.Join(", ", available))}. "
            + $"Load a rule pack with a {year} edition, or correct the year of the document.")
    {
        Year = year;
        Available = available;
    }

    /// <summary>Gets the year asked for.</summary>
    public int Year { get; }

    /// <summary>Gets the years the loaded pack covers.</summary>
    public IReadOnlyList<int> Available { get; }
}

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
