using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Studio;

/// <summary>What a check or a save of changed values found.</summary>
/// <param name="Saved">True when the files were written.</param>
/// <param name="Problems">Every problem of the changed pack, each with its file and JSON path; empty when it loads.</param>
/// <param name="Written">The files written, relative to the rules folder.</param>
internal sealed record SaveResult(bool Saved, IReadOnlyList<Problem> Problems, IReadOnlyList<string> Written)
{
    /// <summary>Gets what <c>lint</c> reports of the saved folder beyond loading: checks of style that never change a verdict, so they do not stop a save.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];
}
