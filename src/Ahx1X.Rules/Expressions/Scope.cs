namespace Ahx1X.Rules.Expressions;

/// <summary>
/// The inputs of one evaluation. Compiled rules record the first missing fact they reach in an
/// argument of their delegate (<see cref="RulePredicate{TScope}"/>, <see cref="FusedCheck{TScope}"/>),
/// so a missing fact costs a write, not an exception, and the scope holds nothing but the inputs.
/// </summary>
internal abstract class Scope;
