using Ahx1X.Rules.Results;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Packs;

/// <summary>One rule as written in a workflow file, with the clause metadata from its <c>Properties</c>.</summary>
internal sealed record RuleDefinition(
    string File,
    string Workflow,
    string Name,
    string Expression,
    string ClauseId,
    string Section,
    string CitationText,
    Severity Severity,
    LocalizedText Message,
    FindingKind BrokenKind,
    bool Enabled,
    JToken Token);

/// <summary>One RulesEngine workflow as written in a file.</summary>
internal sealed record WorkflowDefinition(string File, string Name, IReadOnlyList<RuleDefinition> Rules);

/// <summary>The texts of an edition that are not tied to one rule: fact labels and generic messages.</summary>
internal sealed record EditionTexts(
    IReadOnlyDictionary<string, LocalizedText> FactLabels,
    LocalizedText MissingFacts,
    LocalizedText RuleFailed)
{
    public LocalizedText Label(string fact) =>
        FactLabels.TryGetValue(fact, out var label) ? label : new LocalizedText(fact, fact);
}
