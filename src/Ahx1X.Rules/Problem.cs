namespace Ahx1X.Rules;

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

/// <summary>Lists the stable codes of <see cref="Problem"/>.</summary>
public static class ProblemCodes
{
    /// <summary>The file could not be read or is not well-formed JSON.</summary>
    public const string Syntax = "AHX1001";

    /// <summary>A JSON member is not known at this place (often a misspelling).</summary>
    public const string UnknownMember = "AHX1002";

    /// <summary>A required JSON member is absent.</summary>
    public const string MissingMember = "AHX1003";

    /// <summary>A value has the wrong type or is out of range.</summary>
    public const string InvalidValue = "AHX1004";

    /// <summary>Two rules, clauses or records share a name that must be unique.</summary>
    public const string Duplicate = "AHX1005";

    /// <summary>A rule expression or message placeholder does not parse.</summary>
    public const string ExpressionSyntax = "AHX1006";

    /// <summary>An expression uses a type or member outside the allow-list.</summary>
    public const string ForbiddenMember = "AHX1007";

    /// <summary>Parameters make no sense together, such as a window that ends before it starts.</summary>
    public const string InconsistentParameters = "AHX1008";

    /// <summary>A rule names a clause the edition does not define, or a clause has no rule.</summary>
    public const string UnknownClause = "AHX1009";

    /// <summary>A citation is not found verbatim in the notice.</summary>
    public const string CitationNotFound = "AHX1010";

    /// <summary>A workflow or file is not one the rule pack knows how to use.</summary>
    public const string UnknownWorkflow = "AHX1011";

    /// <summary>A rule uses a RulesEngine feature the pack does not support.</summary>
    public const string UnsupportedFeature = "AHX1012";

    /// <summary>A fact or message has no text in one of the two languages.</summary>
    public const string MissingText = "AHX1013";

    /// <summary>A scenario's expectation does not hold.</summary>
    public const string ScenarioFailed = "AHX1014";

    /// <summary>A file does not match the JSON Schema it names, or the schema cannot be used (<c>lint</c> only).</summary>
    public const string SchemaMismatch = "AHX1015";

    /// <summary>A document holds no record to judge.</summary>
    public const string NoRecords = "AHX1016";

    /// <summary>A record is for a year no edition of the loaded rules covers.</summary>
    public const string NoEdition = "AHX1017";
}
