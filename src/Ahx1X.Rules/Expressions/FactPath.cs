using System.Linq.Expressions;
using System.Reflection;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Holds one chain of property reads from a workflow input, such as
/// <c>application.SubmittedAt.Date</c>: the facts a rule looks at, derived from its own
/// expression so that no one has to list them by hand.
/// </summary>
internal sealed record FactPath(int Input, string Name, IReadOnlyList<MemberInfo> Members)
{
    /// <summary>
    /// Lists the fact paths an expression reads from <paramref name="inputs"/>, and the inputs
    /// it also tests as a whole (such as <c>certificate != null</c>), which then handle their
    /// own absence.
    /// </summary>
    public static (IReadOnlyList<FactPath> Paths, IReadOnlySet<int> WholeInputs) Collect(Expression expression, ParameterExpression[] inputs)
    {
        var collector = new Collector(inputs);
        collector.Visit(expression);
        return (collector.Paths.Values.ToList(), collector.WholeInputs);
    }

    private sealed class Collector(ParameterExpression[] inputs) : ExpressionVisitor
    {
        public Dictionary<string, FactPath> Paths { get; } = new(StringComparer.Ordinal);

        public HashSet<int> WholeInputs { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            var members = new List<MemberInfo>();
            Expression? current = node;
            while (current is MemberExpression member)
            {
                members.Add(member.Member);
                current = member.Expression;
            }

            var input = current is ParameterExpression parameter ? Array.IndexOf(inputs, parameter) : -1;
            if (input < 0)
            {
                return base.VisitMember(node);
            }

            members.Reverse();
            // Nullable<T>.Value and .HasValue are how the parser reaches a value, not facts of their own.
            members.RemoveAll(m => m.DeclaringType is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Nullable<>));
            var name = string.Join('.', members.Select(m => m.Name).Prepend(inputs[input].Name));
            Paths.TryAdd(name, new FactPath(input, name, members));
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            var input = Array.IndexOf(inputs, node);
            if (input >= 0)
            {
                WholeInputs.Add(input);
            }

            return node;
        }
    }
}
