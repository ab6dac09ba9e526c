using System.Globalization;
using System.Linq.Expressions;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Finds string operations whose result follows the current culture: under tr-TR
/// <c>"i".ToUpper()</c> is <c>"İ"</c>, and <c>StartsWith</c>, <c>EndsWith</c>,
/// <c>IndexOf</c> and <c>string.Compare</c> with text arguments compare linguistically unless
/// told otherwise, differently again under invariant globalization. Rules use the ordinal
/// forms, which judge the same on every machine.
/// </summary>
internal static class Culture
{
    /// <summary>Returns why the call <paramref name="node"/> on <see cref="string"/> follows the culture, or null when it does not.</summary>
    public static string? Dependence(MethodCallExpression node)
    {
        var method = node.Method;
        var parameters = method.GetParameters();
        if (parameters.Any(p => p.ParameterType == typeof(CultureInfo) || p.ParameterType == typeof(IFormatProvider) || p.ParameterType == typeof(CompareOptions)))
        {
            return $"String.{method.Name}() with a culture compares by that culture; use the form with StringComparison.Ordinal.";
        }

        var comparison = Array.FindIndex(parameters, p => p.ParameterType == typeof(StringComparison));
        if (comparison >= 0)
        {
            return node.Arguments[comparison] is ConstantExpression { Value: StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase }
                ? null
                : $"String.{method.Name}() with a comparison other than StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase compares by a culture; use one of those two.";
        }

        var takesText = parameters.Any(p => p.ParameterType == typeof(string));
        return method.Name switch
        {
            nameof(string.ToUpper) => "String.ToUpper() follows the current culture (under tr-TR \"i\" becomes \"İ\"); use ToUpperInvariant().",
            nameof(string.ToLower) => "String.ToLower() follows the current culture (under tr-TR \"I\" becomes \"ı\"); use ToLowerInvariant().",
            nameof(string.StartsWith) or nameof(string.EndsWith) or nameof(string.IndexOf) when takesText =>
                $"String.{method.Name}(text) compares by the current culture; write {method.Name}(text, StringComparison.Ordinal).",
            nameof(string.Compare) =>
                "String.Compare() (and < or > between texts) orders by the current culture; use string.CompareOrdinal(a, b).",
            _ => null,
        };
    }
}
