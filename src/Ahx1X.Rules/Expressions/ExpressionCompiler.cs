using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;
using NodaTime;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Ahx1X.Rules.Expressions;

/// <summary>An expression parsed against a workflow's inputs and found allowed.</summary>
internal sealed record ParsedExpression(Expression Body, IReadOnlyList<FactPath> Paths, IReadOnlySet<int> WholeInputs);

/// <summary>The value of a fact path, or the depth at which it met a null.</summary>
internal readonly record struct ChainRead(int NullAt, object? Value);

/// <summary>
/// Parses rule expressions with RulesEngine's own parser, so the JSON means exactly what it
/// means to RulesEngine, checks them against the <see cref="AllowList"/> and the
/// <see cref="WorkBound"/>, makes their integer arithmetic checked, and compiles them into
/// typed delegates over a scope object.
/// </summary>
internal sealed class ExpressionCompiler<TScope>
{
    private readonly ScopeShape<TScope> _shape = ScopeShape<TScope>.Instance;

    /// <summary>Gets the types the expressions may name, shared with the RulesEngine peer.</summary>
    public static Type[] CustomTypes { get; } =
    [
        typeof(LocalDate), typeof(YearMonth), typeof(DateWindow), typeof(Deadline), typeof(SeasonCalendar), typeof(EditionParameters),
        typeof(Threshold), typeof(Moment), typeof(InstitutionKindExtensions), typeof(Sets), typeof(Math),
    ];

    // One parser for the process: its parsing configuration scans the loaded assemblies for
    // types once, instead of once per workflow and per load. Declared after CustomTypes, which it reads.
    // Parse is safe to call concurrently.
    private static readonly RuleExpressionParser Parser = new(Settings());

    /// <summary>Returns RulesEngine settings under which errors surface instead of hiding in strings.</summary>
    public static ReSettings Settings() => new()
    {
        CustomTypes = CustomTypes,
        EnableFormattedErrorMessage = false,
        EnableExceptionAsErrorMessageForRuleExpressionParsing = true,
        IgnoreException = false,
        AutoRegisterInputType = false,
    };

    /// <summary>Returns the names a message may use for <paramref name="path"/>: the whole path and each part of it that can be absent.</summary>
    public IEnumerable<string> NamesOf(FactPath path)
    {
        var type = _shape.Inputs[path.Input].Type;
        var name = _shape.Names[path.Input];
        for (var i = 0; ; i++)
        {
            if (i == path.Members.Count || !type.IsValueType || Nullable.GetUnderlyingType(type) is not null)
            {
                yield return name;
            }

            if (i == path.Members.Count)
            {
                yield break;
            }

            type = path.Members[i] is System.Reflection.PropertyInfo property ? property.PropertyType : ((System.Reflection.FieldInfo)path.Members[i]).FieldType;
            name += "." + path.Members[i].Name;
        }
    }

    /// <summary>
    /// Parses <paramref name="text"/>; returns null and an error when it does not parse, is not
    /// allowed, or could do more work than its input's size bounds. Never throws for any text:
    /// every failure of the parser is turned into an error naming what to fix.
    /// </summary>
    public ParsedExpression? Parse(string text, Type? resultType, out string? code, out string? error)
    {
        if (NestingDepth(text) > MaxNesting)
        {
            code = ProblemCodes.ExpressionSyntax;
            error = $"The expression \"{Shorten(text)}\" nests brackets more than {MaxNesting} deep; write it flatter, or split the rule.";
            return null;
        }

        Expression body;
        try
        {
            body = Parser.Parse(text, _shape.Inputs, resultType);
        }
        catch (ParseException ex)
        {
            code = ProblemCodes.ExpressionSyntax;
            error = $"The expression \"{Shorten(text)}\" does not parse: {ex.Message.TrimEnd('.')}. Inputs available: {string.Join(", ", _shape.Names)}.";
            return null;
        }
        catch (Exception ex) when (!Failures.IsFatal(ex))
        {
            // The parser throws whatever its code meets (IndexOutOfRangeException on "'\\'",
            // FormatException on a bool compared with "yes"): each is a fault of the text.
            code = ProblemCodes.ExpressionSyntax;
            error = $"The expression \"{Shorten(text)}\" does not parse ({ex.GetType().Name}: {ex.Message.TrimEnd('.')}). "
                + "Check its quotes and brackets: text goes in double quotes, and each value is compared with one of its own kind "
                + $"(true or false for a yes/no fact, a number for a number). Inputs available: {string.Join(", ", _shape.Names)}.";
            return null;
        }

        if ((AllowList.Check(body) ?? WorkBound.Check(body)) is { } refused)
        {
            code = ProblemCodes.ForbiddenMember;
            error = $"The expression \"{Shorten(text)}\" {refused}";
            return null;
        }

        // Integer overflow fails the rule instead of wrapping round to a value that may pass.
        body = CheckedArithmetic.Rewrite(body);
        var (paths, whole) = FactPath.Collect(body, _shape.Inputs);
        code = null;
        error = null;
        return new ParsedExpression(body, paths, whole);
    }

    /// <summary>Returns <paramref name="body"/> with its fact reads guarded, still over the inputs.</summary>
    public Expression Guard(Expression body) =>
        new FactGuard(_shape.Inputs, fact => Expression.Assign(MissingFactField, Expression.Constant(fact))).Visit(body);

    /// <summary>
    /// Compiles the guarded bodies of up to 64 rules into one delegate returning a bit per rule
    /// that did not hold or reached a missing fact: the fast path for the common case where
    /// every rule holds, with no call or result per rule.
    /// </summary>
    public Func<TScope, ulong> CompileFused(IReadOnlyList<Expression> guardedBodies)
    {
        var mask = Expression.Variable(typeof(ulong), "mask");
        var steps = new List<Expression> { Expression.Assign(mask, Expression.Constant(0UL)) };
        for (var i = 0; i < guardedBodies.Count; i++)
        {
            steps.Add(Expression.Assign(MissingFactField, Expression.Constant(null, typeof(string))));
            steps.Add(Expression.IfThen(
                Expression.OrElse(
                    Expression.Not(new InputsToScope(_shape).Visit(guardedBodies[i])),
                    Expression.NotEqual(MissingFactField, Expression.Constant(null, typeof(string)))),
                Expression.OrAssign(mask, Expression.Constant(1UL << i))));
        }

        steps.Add(mask);
        return CompileLambda(Expression.Lambda<Func<TScope, ulong>>(Expression.Block([mask], steps), _shape.Scope));
    }

    private MemberExpression MissingFactField =>
        Expression.Field(_shape.Scope, Scope.MissingFactField);

    /// <summary>
    /// The deepest bracket nesting accepted. The parser recurses per level with a few kilobytes
    /// of stack each, so a deeper expression could end the process on a small stack.
    /// </summary>
    private const int MaxNesting = 32;

    /// <summary>Returns the deepest nesting of brackets outside string literals.</summary>
    private static int NestingDepth(string text)
    {
        int depth = 0, deepest = 0;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is { } open)
            {
                quote = c == open ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
        }

        return deepest;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    public Func<TScope, T> Compile<T>(Expression body)
    {
        var rewritten = new InputsToScope(_shape).Visit(body);
        if (rewritten.Type != typeof(T))
        {
            rewritten = Expression.Convert(rewritten, typeof(T));
        }

        return CompileLambda(Expression.Lambda<Func<TScope, T>>(rewritten, _shape.Scope));
    }

    /// <summary>Compiles a reader that walks <paramref name="path"/> and stops at the first null.</summary>
    public Func<TScope, ChainRead> CompileReader(FactPath path)
    {
        var done = Expression.Label(typeof(ChainRead));
        var variables = new List<ParameterExpression>();
        var steps = new List<Expression>();
        Expression current = _shape.Accessors[path.Input];
        for (var depth = 0; ; depth++)
        {
            var variable = Expression.Variable(current.Type);
            variables.Add(variable);
            steps.Add(Expression.Assign(variable, current));
            if (!current.Type.IsValueType || Nullable.GetUnderlyingType(current.Type) is not null)
            {
                steps.Add(Expression.IfThen(
                    Expression.Equal(variable, Expression.Constant(null, current.Type)),
                    Expression.Return(done, Read(depth, Expression.Constant(null)))));
            }

            if (depth == path.Members.Count)
            {
                steps.Add(Expression.Label(done, Read(-1, Expression.Convert(variable, typeof(object)))));
                break;
            }

            Expression owner = Nullable.GetUnderlyingType(variable.Type) is not null ? Expression.Property(variable, "Value") : variable;
            current = Expression.MakeMemberAccess(owner, path.Members[depth]);
        }

        return CompileLambda(Expression.Lambda<Func<TScope, ChainRead>>(Expression.Block(variables, steps), _shape.Scope));

        static Expression Read(int depth, Expression value) =>
            Expression.New(typeof(ChainRead).GetConstructor([typeof(int), typeof(object)])!, Expression.Constant(depth), value);
    }

    /// <summary>
    /// Compiles with the framework's expression compiler. FastExpressionCompiler, which
    /// RulesEngine brings, was tried and dropped: compiling many packs at once, its code for a
    /// rule that divides by zero sometimes returned false instead of throwing, which reads as a
    /// verdict instead of a failed rule.
    /// </summary>
    private static TDelegate CompileLambda<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate => lambda.Compile();

    private sealed class InputsToScope(ScopeShape<TScope> shape) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            var index = Array.IndexOf(shape.Inputs, node);
            return index >= 0 ? shape.Accessors[index] : node;
        }
    }
}
