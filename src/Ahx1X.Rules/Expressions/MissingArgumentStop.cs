using System.Linq.Expressions;
using System.Reflection;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Stops a guarded rule where a call would throw only because a missing fact left one of its
/// arguments null: with a missing fact already recorded, a call on a null target, or a call of
/// the library's own functions (such as <c>Sets.AllIn</c>) or of <see cref="Enumerable"/> with a
/// null for an argument that refuses one, sets <c>stopped</c> and yields a default instead of
/// throwing. The rule's verdict is "missing facts" either way; once stopped, no later read
/// changes the fact recorded, so the finding is the one the exception gave, at no exception's cost.
/// </summary>
internal sealed class MissingArgumentStop(ParameterExpression reached, ParameterExpression stopped) : ExpressionVisitor
{
    // One per visitor: a NullabilityInfoContext is not thread-safe, and workflows compile at first
    // use, so two threads may compile at once.
    private readonly NullabilityInfoContext _nullability = new();

    /// <summary>Returns the expression that records <paramref name="fact"/> as missing unless the rule was stopped.</summary>
    public static Expression Record(ParameterExpression reached, ParameterExpression stopped, string fact) =>
        Expression.IfThen(Expression.Not(stopped), Expression.Assign(reached, Expression.Constant(fact)));

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        var parameters = visited.Method.GetParameters();
        var refusesNull = visited.Method.DeclaringType is { } declaring
            && (declaring.Assembly == typeof(MissingArgumentStop).Assembly || declaring == typeof(Enumerable));
        var temps = new List<ParameterExpression>();
        var steps = new List<Expression>();
        Expression? anyNull = null;
        Expression? target = null;
        if (visited.Object is { } instance)
        {
            target = Keep(instance, temps, steps);
            if (!instance.Type.IsValueType)
            {
                anyNull = NullTest.IsNull(target);
            }
        }

        var arguments = new Expression[visited.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Keep(visited.Arguments[i], temps, steps);
            if (refusesNull && !parameters[i].ParameterType.IsValueType
                && _nullability.Create(parameters[i]).ReadState == NullabilityState.NotNull)
            {
                var isNull = NullTest.IsNull(arguments[i]);
                anyNull = anyNull is null ? isNull : Expression.OrElse(anyNull, isNull);
            }
        }

        if (anyNull is null)
        {
            return visited;
        }

        var call = Expression.Call(target, visited.Method, arguments);
        var stop = Expression.AndAlso(Expression.NotEqual(reached, Expression.Constant(null, typeof(string))), anyNull);
        steps.Add(visited.Type == typeof(void)
            ? Expression.IfThenElse(stop, Expression.Assign(stopped, Expression.Constant(true)), call)
            : Expression.Condition(stop, Expression.Block(Expression.Assign(stopped, Expression.Constant(true)), Expression.Default(visited.Type)), call));
        return Expression.Block(visited.Type, temps, steps);
    }

    /// <summary>Evaluates <paramref name="value"/> once, in order, into a variable.</summary>
    private static ParameterExpression Keep(Expression value, List<ParameterExpression> temps, List<Expression> steps)
    {
        var temp = Expression.Variable(value.Type);
        temps.Add(temp);
        steps.Add(Expression.Assign(temp, value));
        return temp;
    }
}
