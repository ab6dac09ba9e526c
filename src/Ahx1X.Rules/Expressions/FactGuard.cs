using System.Linq.Expressions;

namespace Ahx1X.Rules.Expressions;

/// <summary>Thrown inside a compiled rule when it reaches a fact the caller did not supply.</summary>
internal sealed class MissingFactException(string fact) : Exception($"The fact {fact} is missing.")
{
    public string Fact { get; } = fact;
}

/// <summary>
/// Rewrites every read of a fact path so that reaching a null throws
/// <see cref="MissingFactException"/> instead of reading as false. Reads are checked where the
/// expression evaluates them, so <c>kind != "SecondaryVocational" || cityReview.ReviewedAt ...</c>
/// passes for a college without touching the city review, while a null that the verdict
/// depends on is never read as yes or no.
/// </summary>
internal sealed class FactGuard(ParameterExpression[] inputs) : ExpressionVisitor
{
    private static readonly System.Reflection.ConstructorInfo Missing =
        typeof(MissingFactException).GetConstructor([typeof(string)])!;

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
                    Expression.Throw(Expression.New(Missing, Expression.Constant(name)))));
            }

            if (i == members.Count)
            {
                steps.Add(variable);
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
