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
        return Step(root, root.Name!, 0, members, node.Type);
    }

    /// <summary>Tests the rule's own comparisons with null by reference (<see cref="NullTest.ByReference"/>).</summary>
    protected override Expression VisitBinary(BinaryExpression node) => NullTest.ByReference((BinaryExpression)base.VisitBinary(node));

    /// <summary>
    /// Builds <c>v = value; v == null ? (record, default) : rest</c> for each step of the chain,
    /// as nested conditionals rather than jumps, which every expression compiler handles.
    /// </summary>
    private Expression Step(Expression value, string name, int index, List<MemberExpression> members, Type resultType)
    {
        var variable = Expression.Variable(value.Type);
        Expression rest;
        if (index == members.Count)
        {
            rest = variable;
        }
        else
        {
            var member = members[index];
            var next = IsNullableMember(member) ? name : name + "." + member.Member.Name;
            rest = Step(Expression.MakeMemberAccess(variable, member.Member), next, index + 1, members, resultType);
        }

        var testsForNull = index < members.Count && members[index].Member.Name == nameof(Nullable<int>.HasValue);
        var body = CanBeNull(variable.Type) && !testsForNull
            ? Expression.Condition(
                NullTest.IsNull(variable),
                Expression.Block(recordMissing(name), Expression.Default(resultType)),
                rest,
                resultType)
            : rest;
        return Expression.Block(resultType, [variable], Expression.Assign(variable, value), body);
    }

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static bool IsNullableMember(MemberExpression member) =>
        member.Expression is { } owner && Nullable.GetUnderlyingType(owner.Type) is not null;
}
