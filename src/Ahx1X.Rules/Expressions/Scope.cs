using System.Linq.Expressions;
using System.Reflection;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// The inputs of one evaluation. Compiled rules record here the first missing fact they reach,
/// so a missing fact costs a field write, not an exception. A scope is used by one thread.
/// </summary>
internal abstract class Scope
{
    /// <summary>The first missing fact the running rule reached, or null. A field, so it is not taken for an input.</summary>
    internal string? MissingFact;

    /// <summary>Gets the field compiled rules write a missing fact to, taken from an expression so a rename cannot break it.</summary>
    internal static FieldInfo MissingFactField { get; } = (FieldInfo)((MemberExpression)((Expression<Func<Scope, string?>>)(s => s.MissingFact)).Body).Member;
}
