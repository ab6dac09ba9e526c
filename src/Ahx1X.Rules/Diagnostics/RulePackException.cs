namespace Ahx1X.Rules.Diagnostics;

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
