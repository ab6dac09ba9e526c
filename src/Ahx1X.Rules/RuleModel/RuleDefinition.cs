using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.RuleModel;

/// <summary>One rule as written in a workflow file, with the clause metadata from its <c>Properties</c>.</summary>
/// <param name="Workflow">The name of the workflow that holds the rule.</param>
/// <param name="Name">The rule's name, unique in its edition.</param>
/// <param name="Expression">The rule's expression, which holds when the clause is met.</param>
/// <param name="ClauseId">The clause the rule implements.</param>
/// <param name="Section">The section of the notice the rule cites.</param>
/// <param name="CitationText">The sentence of the notice the rule cites.</param>
/// <param name="Severity">The severity of the rule's findings.</param>
/// <param name="Message">The message of a finding, with placeholders, in both languages.</param>
/// <param name="BrokenKind">What a broken rule reports: a violation, or that the step does not apply.</param>
/// <param name="Enabled">False for a rule that is written but never run.</param>
/// <param name="At">Where the rule and its members are written.</param>
internal sealed record RuleDefinition(
    string Workflow,
    string Name,
    string Expression,
    string ClauseId,
    string Section,
    string CitationText,
    FindingSeverity Severity,
    LocalizedText Message,
    FindingKind BrokenKind,
    bool Enabled,
    SourceMap At)
{
    /// <summary>The longest expression (or message placeholder) a rule may have, which keeps a pack's work per evaluation small.</summary>
    public const int MaxExpressionLength = 2000;

    /// <summary>Gets the file the rule is written in.</summary>
    public string File => At.Self.File;
}
