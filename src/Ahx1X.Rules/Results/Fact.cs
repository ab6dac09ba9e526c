namespace Ahx1X.Rules.Results;

/// <summary>Holds one value a rule read, as it was rendered for people.</summary>
/// <param name="Name">The path the rule read, such as <c>application.Candidates</c>.</param>
/// <param name="Label">What the value means, in Chinese and English.</param>
/// <param name="Value">The value as text, or null when the fact was not supplied.</param>
public sealed record Fact(string Name, LocalizedText Label, string? Value);
