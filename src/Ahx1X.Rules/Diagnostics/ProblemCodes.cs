namespace Ahx1X.Rules.Diagnostics;

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

    /// <summary>A value a new edition copied from last year's and moved to the new year is still to be confirmed against the new notice (<c>lint</c> only).</summary>
    public const string ToConfirm = "AHX1018";
}
