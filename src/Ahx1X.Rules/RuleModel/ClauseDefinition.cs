using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.RuleModel;

/// <summary>One clause an edition lists.</summary>
/// <param name="Id">The clause id, such as <c>SCALE-01</c>.</param>
/// <param name="Section">The section of the notice, such as <c>二</c>.</param>
/// <param name="Title">What the clause requires, in Chinese and English.</param>
/// <param name="At">Where the clause is listed.</param>
internal sealed record ClauseDefinition(string Id, string Section, LocalizedText Title, SourceSpan At);
