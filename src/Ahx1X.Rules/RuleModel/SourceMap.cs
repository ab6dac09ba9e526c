namespace Ahx1X.Rules.RuleModel;

/// <summary>
/// The positions of one definition: of the object that holds it, and of the members problems
/// point at, by their path relative to that object (such as <c>Properties.clause</c>).
/// </summary>
internal sealed class SourceMap
{
    private readonly IReadOnlyDictionary<string, SourceSpan> _members;

    public SourceMap(SourceSpan self, IReadOnlyDictionary<string, SourceSpan> members)
    {
        Self = self;
        _members = new Dictionary<string, SourceSpan>(members, StringComparer.Ordinal);
    }

    /// <summary>Gets the span of the object the definition was read from.</summary>
    public SourceSpan Self { get; }

    /// <summary>Gets the span of <paramref name="member"/>, or of the whole object when the member was not recorded.</summary>
    public SourceSpan this[string member] => _members.TryGetValue(member, out var span) ? span : Self;

    /// <summary>Returns the positions of a definition not read from a file, such as one built by a tool.</summary>
    public static SourceMap Unknown(string file) => new(SourceSpan.OfFile(file), new Dictionary<string, SourceSpan>());
}
