namespace Ahx1X.Rules.Results;

/// <summary>Points at the sentence of the notice a clause comes from.</summary>
/// <param name="Document">The notice's document number.</param>
/// <param name="Section">The section of the notice, such as <c>二</c> or <c>三.1</c>.</param>
/// <param name="Text">The sentence, verbatim in Chinese.</param>
public sealed record Citation(string Document, string Section, string Text);
