using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.RuleModel;

/// <summary>The texts of an edition that are not tied to one rule: fact labels and generic messages.</summary>
/// <param name="FactLabels">The label of each fact findings may show, by fact name.</param>
/// <param name="MissingFacts">The message of a finding whose facts are missing, with <c>{facts}</c>.</param>
/// <param name="RuleFailed">The message of a finding whose rule failed, with <c>{error}</c>.</param>
internal sealed record EditionTexts(
    IReadOnlyDictionary<string, LocalizedText> FactLabels,
    LocalizedText MissingFacts,
    LocalizedText RuleFailed)
{
    /// <summary>Returns the label of <paramref name="fact"/>, or its name in both languages when it has none.</summary>
    public LocalizedText Label(string fact) =>
        FactLabels.TryGetValue(fact, out var label) ? label : new LocalizedText(fact, fact);
}
