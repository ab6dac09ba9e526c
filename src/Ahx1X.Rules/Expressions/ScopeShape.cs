using System.Linq.Expressions;
using System.Reflection;
using RulesEngine.Models;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Describes the inputs one workflow's expressions see. Each public property of the scope
/// type is one RulesEngine input, named in camel case (<c>Application</c> becomes
/// <c>application</c>), so the same JSON runs under RulesEngine and under the compiled path.
/// </summary>
internal sealed class ScopeShape<TScope>
{
    private static readonly MethodInfo CreateParameter =
        typeof(RuleParameter).GetMethod(nameof(RuleParameter.Create), 1, [typeof(string), Type.MakeGenericMethodParameter(0)])!;

    private ScopeShape()
    {
        Properties = typeof(TScope).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Names = Properties.Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToArray();
        Scope = Expression.Parameter(typeof(TScope), "scope");
        Inputs = Properties.Select((p, i) => Expression.Parameter(p.PropertyType, Names[i])).ToArray();
        Accessors = Properties.Select(p => (Expression)Expression.Property(Scope, p)).ToArray();
        // Only the RulesEngine comparison (tests, benchmarks) builds RuleParameters: compiled at its first use, not at start-up.
        _creators = new(() => Properties.Select(p => BuildCreator(p.PropertyType)).ToArray());
    }

    private readonly Lazy<Func<string, object?, RuleParameter>[]> _creators;

    public static ScopeShape<TScope> Instance { get; } = new();

    public PropertyInfo[] Properties { get; }

    /// <summary>Gets the input names as expressions write them.</summary>
    public string[] Names { get; }

    /// <summary>Gets the one parameter compiled delegates take.</summary>
    public ParameterExpression Scope { get; }

    /// <summary>Gets one parameter per input, as the expression parser sees them.</summary>
    public ParameterExpression[] Inputs { get; }

    /// <summary>Gets, per input, the expression that reads it from <see cref="Scope"/>.</summary>
    public Expression[] Accessors { get; }

    /// <summary>Returns the inputs of <paramref name="scope"/> as typed RulesEngine parameters.</summary>
    public RuleParameter[] ToRuleParameters(TScope scope) =>
        Properties.Select((p, i) => _creators.Value[i](Names[i], p.GetValue(scope))).ToArray();

    private static Func<string, object?, RuleParameter> BuildCreator(Type type)
    {
        var name = Expression.Parameter(typeof(string));
        var value = Expression.Parameter(typeof(object));
        var call = Expression.Call(CreateParameter.MakeGenericMethod(type), name, Expression.Convert(value, type));
        return Expression.Lambda<Func<string, object?, RuleParameter>>(call, name, value).Compile();
    }
}
