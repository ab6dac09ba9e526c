namespace Ahx1X.Rules.Diagnostics;

/// <summary>
/// Describes one thing wrong with a rule file or an input document: where it is and what to do.
/// </summary>
/// <param name="Code">A stable code callers can switch on, such as <c>AHX1004</c>.</param>
/// <param name="File">The file (or source name) the problem is in.</param>
/// <param name="JsonPath">The JSON path of the offending value, or empty for the whole file.</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
/// <param name="Subject">The rule name or record the problem belongs to, when there is one.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record Problem(string Code, string File, string JsonPath, int Line, int Column, string? Subject, string Message)
{
    /// <summary>Returns the problem as one line: <c>file:line:column: CODE [subject] $.path: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var subject = Subject is null ? "" : $" [{Subject}]";
        var path = string.IsNullOrEmpty(JsonPath) ? "" : $" {JsonPath}:";
        return $"{where}: {Code}{subject}{path} {Message}";
    }

    /// <summary>Returns the problem with <see cref="File"/> placed under <paramref name="folder"/>, unless it is already a full path.</summary>
    internal Problem Under(string folder) =>
        Path.IsPathRooted(File) || File == folder ? this : this with { File = Path.Combine(folder, File) };
}
