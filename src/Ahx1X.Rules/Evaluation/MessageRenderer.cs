using System.Linq.Expressions;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// Compiles a rule's Chinese and English messages into one typed delegate: each placeholder is
/// read once for both languages into a local of its own type and rendered by <see cref="TypedText"/>,
/// so a finding's message costs its two strings and nothing per value (no closure, no boxing).
/// </summary>
internal static class MessageRenderer
{
    private static readonly System.Reflection.MethodInfo PiecesMethod = typeof(MessageBuffer).GetMethod(nameof(MessageBuffer.Pieces))!;

    private static readonly System.Reflection.MethodInfo JoinMethod = typeof(MessageBuffer).GetMethod(nameof(MessageBuffer.Join))!;

    /// <summary>Returns the renderer of <paramref name="zh"/> and <paramref name="en"/> over the scope.</summary>
    public static Func<TScope, LocalizedText> Compile<TScope>(MessageTemplate<TScope> zh, MessageTemplate<TScope> en, ExpressionCompiler<TScope> compiler)
    {
        var reads = new Reads(compiler.ToScope);
        var steps = new List<Expression>();
        var chinese = Render(zh, chinese: true, reads, steps);
        var english = Render(en, chinese: false, reads, steps);
        steps.Add(Expression.New(typeof(LocalizedText).GetConstructor([typeof(string), typeof(string)])!, chinese, english));
        var body = Expression.Block(typeof(LocalizedText), reads.Variables, steps);
        return ExpressionCompiler<TScope>.CompileLambda(Expression.Lambda<Func<TScope, LocalizedText>>(body, compiler.ScopeParameter));
    }

    /// <summary>
    /// Adds to <paramref name="steps"/> the reads one message needs that no earlier message made, in the order
    /// the messages were once rendered (the marks' values from the end, then the values), and returns its text.
    /// </summary>
    private static Expression Render<TScope>(MessageTemplate<TScope> template, bool chinese, Reads reads, List<Expression> steps)
    {
        var parts = template.Parts;

        // The mark follows the last use of a placeholder value, not every one: the part that uses a value last checks it.
        var marks = new List<Expression>[parts.Count];
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            marks[i] = [];
            foreach (var (key, owner) in parts[i].Owners)
            {
                if (claimed.Add(key))
                {
                    marks[i].Add(reads.IsPlaceholder(key, owner, steps));
                }
            }
        }

        var pieces = new List<Expression>();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Literal is { } literal)
            {
                pieces.Add(Expression.Constant(literal));
            }
            else
            {
                var (value, given, neutral) = reads.Value(part.Text!, part.Body!, steps);
                pieces.Add(neutral is not null
                    ? Expression.Coalesce(neutral, Expression.Constant(TypedText.NotGiven(chinese)))
                    : Expression.Condition(given, TypedText.Render(value, chinese), Expression.Constant(TypedText.NotGiven(chinese))));
            }

            if (marks[i].Count > 0)
            {
                pieces.Add(Expression.Condition(marks[i].Aggregate(Expression.OrElse), Expression.Constant(PlaceholderMark.In(chinese)), Expression.Constant("")));
            }
        }

        var text = Expression.Variable(typeof(string), chinese ? "zh" : "en");
        reads.Variables.Add(text);
        switch (pieces.Count)
        {
            case 0:
                steps.Add(Expression.Assign(text, Expression.Constant("")));
                break;
            case 1:
                steps.Add(Expression.Assign(text, pieces[0]));
                break;
            default:
                var buffer = Expression.Variable(typeof(string[]), "pieces");
                reads.Variables.Add(buffer);
                steps.Add(Expression.Assign(buffer, Expression.Call(PiecesMethod, Expression.Constant(pieces.Count))));
                for (var i = 0; i < pieces.Count; i++)
                {
                    steps.Add(Expression.Assign(Expression.ArrayAccess(buffer, Expression.Constant(i)), pieces[i]));
                }

                steps.Add(Expression.Assign(text, Expression.Call(JoinMethod, buffer, Expression.Constant(pieces.Count))));
                break;
        }

        return text;
    }

    /// <summary>The values the messages read, each read once into a typed local.</summary>
    private sealed class Reads(Func<Expression, Expression> toScope)
    {
        private readonly Dictionary<string, (ParameterExpression Value, ParameterExpression Given, ParameterExpression? Neutral)> _values = new(StringComparer.Ordinal);

        private readonly Dictionary<string, ParameterExpression> _placeholders = new(StringComparer.Ordinal);

        public List<ParameterExpression> Variables { get; } = [];

        /// <summary>
        /// Reads a placeholder's value; an input the rule tests as a whole may be absent, and the message then shows the value as not given.
        /// A value whose text is the same in both languages (a number, a date) is also rendered once, into <c>Neutral</c> (null when not given).
        /// </summary>
        public (ParameterExpression Value, ParameterExpression Given, ParameterExpression? Neutral) Value(string text, Expression body, List<Expression> steps)
        {
            if (_values.TryGetValue(text, out var read))
            {
                return read;
            }

            var value = Expression.Variable(body.Type, "value");
            var given = Expression.Variable(typeof(bool), "given");
            Variables.Add(value);
            Variables.Add(given);
            steps.Add(Expression.TryCatch(
                Expression.Block(typeof(void), Expression.Assign(value, toScope(body)), Expression.Assign(given, Expression.Constant(true))),
                Expression.Catch(typeof(NullReferenceException), Expression.Block(typeof(void), Expression.Assign(given, Expression.Constant(false))))));
            ParameterExpression? neutral = null;
            if (TypedText.RenderNeutral(value) is { } rendering)
            {
                neutral = Expression.Variable(typeof(string), "text");
                Variables.Add(neutral);
                steps.Add(Expression.Assign(neutral, Expression.Condition(given, rendering, Expression.Constant(null, typeof(string)))));
            }

            read = (value, given, neutral);
            _values.Add(text, read);
            return read;
        }

        /// <summary>Reads whether a value the message shows a member of is still a placeholder.</summary>
        public ParameterExpression IsPlaceholder(string key, Expression owner, List<Expression> steps)
        {
            if (_placeholders.TryGetValue(key, out var flag))
            {
                return flag;
            }

            flag = Expression.Variable(typeof(bool), "placeholder");
            Variables.Add(flag);
            var value = Expression.Variable(owner.Type, "owner");
            Expression test = Expression.Property(Expression.Convert(value, typeof(IPlaceholderValue)), nameof(IPlaceholderValue.IsPlaceholder));
            if (!owner.Type.IsValueType || Nullable.GetUnderlyingType(owner.Type) is not null)
            {
                test = Expression.AndAlso(NullTest.IsNotNull(value), test);
            }

            steps.Add(Expression.TryCatch(
                Expression.Block(typeof(void), [value], Expression.Assign(value, toScope(owner)), Expression.Assign(flag, test)),
                Expression.Catch(typeof(NullReferenceException), Expression.Block(typeof(void), Expression.Assign(flag, Expression.Constant(false))))));
            _placeholders.Add(key, flag);
            return flag;
        }
    }
}
