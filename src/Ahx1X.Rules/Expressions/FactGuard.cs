using System.Linq.Expressions;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Rewrites every read of a fact path so that reaching a null records the missing fact (through
/// <paramref name="recordMissing"/>) and yields a default the caller then ignores, instead of
/// reading as false. Reads are checked where the expression evaluates them, so
/// <c>kind != "SecondaryVocational" || cityReview.ReviewedAt ...</c> passes for a college without
/// touching the city review, while a null that the verdict depends on is never read as yes or no.
/// </summary>
internal sealed class FactGuard(ParameterExpression[] inputs, Func<string, Expression> recordMissing) : ExpressionVisitor
{
    protected override Expression VisitMember(MemberExpression node)
    {
        var members = new List<MemberExpression>();
        Expression? current = node;
        while (current is MemberExpression member)
        {
            members.Add(member);
            current = member.Expression;
        }

        if (current is not ParameterExpression root || Array.IndexOf(inputs, root) < 0)
        {
            return base.VisitMember(node);
        }

        members.Reverse();
        var variables = new List<ParameterExpression>();
        var steps = new List<Expression>();
        var done = Expression.Label(node.Type);
        Expression value = root;
        var name = root.Name!;
        for (var i = 0; ; i++)
        {
            var variable = Expression.Variable(value.Type);
            variables.Add(variable);
            steps.Add(Expression.Assign(variable, value));
            var testsForNull = i < members.Count && members[i].Member.Name == nameof(Nullable<int>.HasValue);
            if (CanBeNull(variable.Type) && !testsForNull)
            {
                steps.Add(Expression.IfThen(
                    Expression.Equal(variable, Expression.Constant(null, variable.Type)),
                    Expression.Block(recordMissing(name), Expression.Return(done, Expression.Default(node.Type)))));
            }

            if (i == members.Count)
            {
                steps.Add(Expression.Label(done, variable));
                return Expression.Block(node.Type, variables, steps);
            }

            value = Expression.MakeMemberAccess(variable, members[i].Member);
            if (!IsNullableMember(members[i]))
            {
                name += "." + members[i].Member.Name;
            }
        }
    }

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static bool IsNullableMember(MemberExpression member) =>
        member.Expression is { } owner && Nullable.GetUnderlyingType(owner.Type) is not null;
}
