namespace Ahx1X.Rules.RuleModel;

/// <summary>Where a definition is written: its file, JSON path, and 1-based line and column (0 when unknown).</summary>
/// <param name="File">The file, relative to the pack.</param>
/// <param name="JsonPath">The JSON path of the value, such as <c>$.Rules[3].Expression</c>, or empty for the whole file.</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
internal readonly record struct SourceSpan(string File, string JsonPath, int Line, int Column)
{
    /// <summary>Returns the span of a whole file, with no path or line.</summary>
    public static SourceSpan OfFile(string file) => new(file, "", 0, 0);
}
