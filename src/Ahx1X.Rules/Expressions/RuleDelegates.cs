namespace Ahx1X.Rules.Expressions;

/// <summary>Checks one rule; a fact it reached that is null is written to <paramref name="missing"/> and the result is then not a verdict.</summary>
/// <param name="scope">The inputs.</param>
/// <param name="missing">Null on entry; the name of the first missing fact the rule reached, if any.</param>
internal delegate bool RulePredicate<in TScope>(TScope scope, ref string? missing);

/// <summary>
/// Checks every rule of a workflow in one pass. Returns a bit per broken rule; <paramref name="missing"/>
/// gets a bit per rule that reached a missing fact (never also broken), and <paramref name="reached"/>
/// that fact per rule, or null when no fact was missing.
/// </summary>
/// <param name="scope">The inputs.</param>
/// <param name="missing">The rules that reached a missing fact.</param>
/// <param name="reached">The first missing fact each rule reached, by rule index; null when none was.</param>
internal delegate ulong FusedCheck<in TScope>(TScope scope, out ulong missing, out string?[]? reached);
