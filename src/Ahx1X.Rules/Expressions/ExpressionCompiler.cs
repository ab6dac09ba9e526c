using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Dynamic.Core.Parser;
using System.Linq.Expressions;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;
using NodaTime;
using RulesEngine.Models;

namespace Ahx1X.Rules.Expressions;

/// <summary>An expression parsed against a workflow's inputs and found allowed.</summary>
internal sealed record ParsedExpression(Expression Body, IReadOnlyList<FactPath> Paths, IReadOnlySet<int> WholeInputs);

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

    // RulesEngine's parsing configuration (RuleExpressionParser.Parse: its type provider, case
    // insensitive), with the types fixed instead of found by scanning the loaded assemblies. Of
    // the core library's enumerations, which the parser would otherwise find by listing every type
    // of it (a third of its set-up), it is given the two the AllowList permits: an allowed
    // expression means what it means to RulesEngine, and any other enumeration of the core library
    // is an unknown name. Declared after CustomTypes, which it reads. Shared: parsing is safe to
    // call concurrently.
    private static readonly ParsingConfig Config = new()
    {
        CustomTypeProvider = new FixedTypeProvider([.. CustomTypes, .. AllowList.SystemEnumerations]),
        SupportEnumerationsFromSystemNamespace = false,
        IsCaseSensitive = Settings().IsExpressionCaseSensitive,
    };

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
            // What RuleExpressionParser.Parse does, under Config.
            body = new ExpressionParser(_shape.Inputs, text, [], Config).Parse(resultType, createParameterCtor: true);
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

    /// <summary>
    /// Compiles a rule's expression, its fact reads guarded: reaching a null writes the fact's
    /// name to the delegate's <c>missing</c> argument instead of reading as false.
    /// </summary>
    public RulePredicate<TScope> CompilePredicate(Expression body)
    {
        var missing = Expression.Parameter(typeof(string).MakeByRefType(), "missing");
        var stopped = Expression.Variable(typeof(bool), "stopped");
        var guarded = Expression.Block([stopped], ToScope(Guard(body, missing, stopped)));
        return CompileLambda(Expression.Lambda<RulePredicate<TScope>>(guarded, _shape.Scope, missing));
    }

    /// <summary>
    /// Builds, from the bodies of up to 64 rules, one check that returns a bit per rule that
    /// was broken and, apart, a bit per rule that reached a missing fact with the fact it reached:
    /// one pass tells every rule's verdict, so no rule runs twice, and an accepted application
    /// costs no call or result per rule.
    /// </summary>
    public Expression<FusedCheck<TScope>> FusedTree(IReadOnlyList<Expression> bodies)
    {
        var missingMask = Expression.Parameter(typeof(ulong).MakeByRefType(), "missing");
        var reachedNames = Expression.Parameter(typeof(string[]).MakeByRefType(), "reached");
        var broken = Expression.Variable(typeof(ulong), "broken");
        var reached = Expression.Variable(typeof(string), "fact");
        var holds = Expression.Variable(typeof(bool), "holds");
        var stopped = Expression.Variable(typeof(bool), "stopped");
        var steps = new List<Expression>
        {
            Expression.Assign(broken, Expression.Constant(0UL)),
            Expression.Assign(missingMask, Expression.Constant(0UL)),
            Expression.Assign(reachedNames, Expression.Constant(null, typeof(string[]))),
        };
        for (var i = 0; i < bodies.Count; i++)
        {
            var bit = Expression.Constant(1UL << i);
            steps.Add(Expression.Assign(reached, Expression.Constant(null, typeof(string))));
            steps.Add(Expression.Assign(stopped, Expression.Constant(false)));
            steps.Add(Expression.Assign(holds, ToScope(Guard(bodies[i], reached, stopped))));
            steps.Add(Expression.IfThenElse(
                Expression.NotEqual(reached, Expression.Constant(null, typeof(string))),
                Expression.Block(
                    Expression.OrAssign(missingMask, bit),
                    // The array of reached facts exists only once a fact is missing: an accepted application allocates nothing here.
                    Expression.Assign(reachedNames, Expression.Coalesce(reachedNames, Expression.NewArrayBounds(typeof(string), Expression.Constant(bodies.Count)))),
                    Expression.Assign(Expression.ArrayAccess(reachedNames, Expression.Constant(i)), reached)),
                Expression.IfThen(Expression.Not(holds), Expression.OrAssign(broken, bit))));
        }

        steps.Add(broken);
        return Expression.Lambda<FusedCheck<TScope>>(Expression.Block([broken, reached, holds, stopped], steps), _shape.Scope, missingMask, reachedNames);
    }

    /// <summary>
    /// Returns <paramref name="body"/> with its fact reads guarded: reaching a null assigns the fact's name to
    /// <paramref name="missing"/>, and a call that would throw for it stops the rule (<see cref="MissingArgumentStop"/>).
    /// </summary>
    private Expression Guard(Expression body, ParameterExpression missing, ParameterExpression stopped) =>
        new MissingArgumentStop(missing, stopped).Visit(
            new FactGuard(_shape.Inputs, fact => MissingArgumentStop.Record(missing, stopped, fact)).Visit(body));

    /// <summary>Gets the one parameter of every compiled delegate: the scope.</summary>
    public ParameterExpression ScopeParameter => _shape.Scope;

    /// <summary>Returns <paramref name="body"/> over <see cref="ScopeParameter"/> instead of the workflow's inputs.</summary>
    public Expression ToScope(Expression body) => new InputsToScope(_shape).Visit(body);

    /// <summary>Returns the expression that reads input <paramref name="input"/> from <see cref="ScopeParameter"/>.</summary>
    public Expression Accessor(int input) => _shape.Accessors[input];

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

    /// <summary>Compiles <paramref name="body"/>, over the workflow's inputs, into a delegate over the scope.</summary>
    public Func<TScope, T> Compile<T>(Expression body)
    {
        var rewritten = ToScope(body);
        if (rewritten.Type != typeof(T))
        {
            rewritten = Expression.Convert(rewritten, typeof(T));
        }

        return CompileLambda(Expression.Lambda<Func<TScope, T>>(rewritten, _shape.Scope));
    }

    /// <summary>
    /// Compiles with the framework's expression compiler. FastExpressionCompiler, which
    /// RulesEngine brings, was tried and dropped: compiling many packs at once, its code for a
    /// rule that divides by zero sometimes returned false instead of throwing, which reads as a
    /// verdict instead of a failed rule.
    /// </summary>
    internal static TDelegate CompileLambda<TDelegate>(Expression<TDelegate> lambda)
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
