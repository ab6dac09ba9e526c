using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Authoring;

/// <summary>Holds what <see cref="RulesLinter.Lint"/> found.</summary>
/// <param name="Readable">False when the folder could not be read at all.</param>
/// <param name="Problems">Every problem, each with file, line, column, JSON path and rule or clause.</param>
public sealed record LintResult(bool Readable, IReadOnlyList<Problem> Problems)
{
    /// <summary>Gets whether the folder was read and nothing is wrong.</summary>
    public bool IsClean => Readable && Problems.Count == 0;

    /// <summary>Gets each edition value still marked as a placeholder, where it is written; these do not make the folder unclean.</summary>
    public IReadOnlyList<PlaceholderInForce> Placeholders { get; init; } = [];
}
