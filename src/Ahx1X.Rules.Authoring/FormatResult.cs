using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Authoring;

/// <summary>Holds what <see cref="RulesFormatter.Format"/> found or wrote.</summary>
/// <param name="Readable">False when the folder could not be read at all.</param>
/// <param name="Changed">Each file not in canonical form (rewritten when the formatter was asked to write), as the caller named the folder.</param>
/// <param name="Problems">Each file that is not JSON, which is left as it is.</param>
public sealed record FormatResult(bool Readable, IReadOnlyList<string> Changed, IReadOnlyList<Problem> Problems)
{
    /// <summary>Gets whether every file was read and already in canonical form.</summary>
    public bool IsCanonical => Readable && Changed.Count == 0 && Problems.Count == 0;
}
