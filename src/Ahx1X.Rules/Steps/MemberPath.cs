namespace Ahx1X.Rules.Steps;

/// <summary>
/// The path of a request member, such as <c>$.application.assessedMajors[0]</c>, kept in its
/// parts and joined only when a problem names it, so checking a request that is in bounds
/// builds no text.
/// </summary>
internal readonly record struct MemberPath(string Parent, string? Member = null, int Index = -1)
{
    public static implicit operator MemberPath(string path) => new(path);

    /// <summary>Returns the path of the item <paramref name="index"/> of this list member.</summary>
    public MemberPath Item(int index) => this with { Index = index };

    public override string ToString() =>
        Parent + (Member is null ? "" : "." + Member) + (Index >= 0 ? $"[{Index}]" : "");
}
