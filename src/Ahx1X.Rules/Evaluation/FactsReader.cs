using System.Linq.Expressions;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// Reads the facts a rule's finding shows, rendered, in one call. When <paramref name="nullAt"/> is
/// given it gets, per fact, the depth of its path at which a null was met, or -1 when it was read.
/// </summary>
/// <param name="scope">The inputs.</param>
/// <param name="nullAt">Null, or an array as long as the facts.</param>
internal delegate Fact[] FactsReader<in TScope>(TScope scope, int[]? nullAt);

/// <summary>Compiles a <see cref="FactsReader{TScope}"/>: each path walked with typed locals, stopping at the first null, and its value rendered by <see cref="TypedText"/>.</summary>
internal static class FactsCompiler
{
    private static readonly System.Reflection.ConstructorInfo FactConstructor = typeof(Fact).GetConstructor([typeof(string), typeof(LocalizedText), typeof(string)])!;

    /// <summary>Returns the reader of <paramref name="facts"/>, in their order.</summary>
    public static FactsReader<TScope> Compile<TScope>(ExpressionCompiler<TScope> compiler, IReadOnlyList<(FactPath Path, LocalizedText Label)> facts)
    {
        var nullAt = Expression.Parameter(typeof(int[]), "nullAt");
        var result = Expression.Variable(typeof(Fact[]), "facts");
        var variables = new List<ParameterExpression> { result };
        var steps = new List<Expression> { Expression.Assign(result, Expression.NewArrayBounds(typeof(Fact), Expression.Constant(facts.Count))) };
        for (var i = 0; i < facts.Count; i++)
        {
            var (path, label) = facts[i];
            var done = Expression.Label($"fact{i}");
            var slot = Expression.ArrayAccess(result, Expression.Constant(i));

            // A fact that is not given is the same for every finding: one instance serves them all.
            var notGiven = Expression.Constant(new Fact(path.Name, label, null));
            Expression current = compiler.Accessor(path.Input);
            for (var depth = 0; ; depth++)
            {
                var variable = Expression.Variable(current.Type);
                variables.Add(variable);
                steps.Add(Expression.Assign(variable, current));
                if (!current.Type.IsValueType || Nullable.GetUnderlyingType(current.Type) is not null)
                {
                    steps.Add(Expression.IfThen(
                        NullTest.IsNull(variable),
                        Expression.Block(
                            Expression.Assign(slot, notGiven),
                            Record(nullAt, i, depth),
                            Expression.Goto(done))));
                }

                if (depth == path.Members.Count)
                {
                    steps.Add(Expression.Assign(slot, Expression.New(FactConstructor, Expression.Constant(path.Name), Expression.Constant(label), TypedText.Render(variable, chinese: false))));
                    steps.Add(Record(nullAt, i, -1));
                    break;
                }

                Expression owner = Nullable.GetUnderlyingType(variable.Type) is not null ? Expression.Property(variable, nameof(Nullable<int>.Value)) : variable;
                current = Expression.MakeMemberAccess(owner, path.Members[depth]);
            }

            steps.Add(Expression.Label(done));
        }

        steps.Add(result);
        return ExpressionCompiler<TScope>.CompileLambda(Expression.Lambda<FactsReader<TScope>>(Expression.Block(variables, steps), compiler.ScopeParameter, nullAt));

        static Expression Record(ParameterExpression nullAt, int index, int depth) =>
            Expression.IfThen(
                Expression.NotEqual(nullAt, Expression.Constant(null, typeof(int[]))),
                Expression.Assign(Expression.ArrayAccess(nullAt, Expression.Constant(index)), Expression.Constant(depth)));
    }
}
