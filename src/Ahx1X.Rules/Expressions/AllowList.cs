using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Walks a parsed expression and lists everything it touches outside what policy rules need:
/// the project's input and parameter types, NodaTime dates, and plain string, number and
/// collection operations. Anything else (reflection through <c>GetType()</c>, the system clock,
/// <c>Guid.NewGuid()</c>, <c>Enumerable.Range</c> loops, huge paddings, object creation) is refused
/// when the pack loads, never met at run time. So are operations whose result depends on the
/// current culture (<c>ToUpper()</c>, <c>StartsWith("x")</c>, <c>string.Compare</c>, text
/// built from a number) and every way to reach <c>ToString()</c> of an object: a pack judges
/// the same under tr-TR, de-DE and invariant globalization.
/// </summary>
internal sealed class AllowList : ExpressionVisitor
{
    private static readonly HashSet<string> StringMethods =
    [
        nameof(string.Contains), nameof(string.StartsWith), nameof(string.EndsWith), nameof(string.Trim),
        nameof(string.ToUpperInvariant), nameof(string.ToLowerInvariant), nameof(string.ToUpper), nameof(string.ToLower),
        nameof(string.Replace), nameof(string.Equals), nameof(string.Concat), nameof(string.Compare), nameof(string.CompareOrdinal),
        nameof(string.IsNullOrEmpty), nameof(string.IsNullOrWhiteSpace), nameof(string.IndexOf),
    ];

    private static readonly HashSet<string> EnumerableMethods =
    [
        nameof(Enumerable.Any), nameof(Enumerable.All), nameof(Enumerable.Contains), nameof(Enumerable.Count),
        nameof(Enumerable.Except), nameof(Enumerable.Intersect), nameof(Enumerable.Where), nameof(Enumerable.Select),
        nameof(Enumerable.Distinct), nameof(Enumerable.Sum), nameof(Enumerable.Min), nameof(Enumerable.Max),
        nameof(Enumerable.First), nameof(Enumerable.FirstOrDefault), nameof(Enumerable.ToList), nameof(Enumerable.ToArray),
    ];

    private static readonly HashSet<string> MathMethods =
    [
        nameof(Math.Min), nameof(Math.Max), nameof(Math.Abs), nameof(Math.Round), nameof(Math.Floor), nameof(Math.Ceiling),
    ];

    private static readonly HashSet<string> DateMethods =
    [
        nameof(LocalDate.PlusDays), nameof(LocalDate.PlusWeeks), nameof(LocalDate.PlusMonths), nameof(LocalDate.PlusYears),
        nameof(LocalDate.CompareTo), nameof(LocalDate.Equals),
    ];

    /// <summary>Methods of the project's own types that expressions may call; all are pure.</summary>
    private static readonly HashSet<(Type, string)> ProjectMethods =
    [
        (typeof(DateWindow), nameof(DateWindow.Contains)),
        (typeof(Deadline), nameof(Deadline.IsMetBy)),
        (typeof(EditionParameters), nameof(EditionParameters.For)),
        (typeof(EditionParameters), nameof(EditionParameters.SummarySubjectFor)),
        (typeof(EditionParameters), nameof(EditionParameters.IncreaseSubjectFor)),
        (typeof(EditionParameters), nameof(EditionParameters.ReviewedByCity)),
        (typeof(Sets), nameof(Sets.AllIn)),
        (typeof(Sets), nameof(Sets.NotIn)),
    ];

    /// <summary>The enumerations of the <c>System</c> namespace that an allowed expression may name: the only ones the parser is given.</summary>
    internal static readonly Type[] SystemEnumerations = [typeof(StringComparison), typeof(DayOfWeek)];

    private static readonly HashSet<Type> ValueTypes =
    [
        typeof(bool), typeof(int), typeof(long), typeof(decimal), typeof(double), typeof(string), typeof(char),
        typeof(LocalDate), typeof(YearMonth), typeof(Instant), typeof(IsoDayOfWeek), .. SystemEnumerations,
    ];

    private readonly List<string> _violations = [];

    // Uses refused for a reason that needs saying, each a sentence of its own.
    private readonly List<string> _reasons = [];

    // How many lambdas (loops over a collection) enclose the node being visited.
    private int _loops;

    private AllowList()
    {
    }

    /// <summary>Returns what <paramref name="expression"/> uses that rules may not, as sentences that follow its quoted text; null when it is allowed.</summary>
    public static string? Check(Expression expression)
    {
        var visitor = new AllowList();
        visitor.Visit(expression);
        var sentences = visitor._reasons.Distinct().ToList();
        if (visitor._violations.Count > 0)
        {
            sentences.Insert(0, $"uses {string.Join(", ", visitor._violations.Distinct())}, which rules may not use. "
                + "Use only the inputs' properties, dates, numbers, strings and collection operations such as Any, All, Contains and Count.");
        }
        else if (sentences.Count > 0)
        {
            sentences.Insert(0, "is refused.");
        }

        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    /// <summary>Returns true when expressions may read properties of <paramref name="type"/>.</summary>
    internal static bool IsProjectType(Type type) =>
        type.Assembly == typeof(AllowList).Assembly && (type.Namespace?.StartsWith("Ahx1X.Rules", StringComparison.Ordinal) ?? false);

    protected override Expression VisitMember(MemberExpression node)
    {
        var member = node.Member;
        var type = member.DeclaringType!;
        var allowed = member switch
        {
            PropertyInfo when IsProjectType(type) => true,
            PropertyInfo when type == typeof(LocalDate) || type == typeof(YearMonth) || type == typeof(string) => true,
            PropertyInfo when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>) => true,
            PropertyInfo { Name: "Count" } when typeof(IEnumerable).IsAssignableFrom(type) => true,
            PropertyInfo { Name: "Length" } when type.IsArray => true,
            _ => false,
        };

        if (!allowed)
        {
            Refuse($"{Describe(type)}.{member.Name}");
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        var type = method.DeclaringType!;
        var allowed =
            (type == typeof(string) && StringMethods.Contains(method.Name)) ||
            (type == typeof(Enumerable) && EnumerableMethods.Contains(method.Name)) ||
            (type == typeof(Math) && MathMethods.Contains(method.Name)) ||
            (type == typeof(LocalDate) && DateMethods.Contains(method.Name)) ||
            ProjectMethods.Contains((type, method.Name)) ||
            IsOperator(method) ||
            (method.Name == "Contains" && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type)) ||
            (method.Name == "get_Item" && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type));

        if (type == typeof(string) && Culture.Dependence(node) is { } culture)
        {
            Explain(culture);
        }

        if (type == typeof(string) && method.Name == nameof(string.Concat))
        {
            RefuseTextOfNonText(node);
        }

        if (type == typeof(Enumerable) && ReadsCharacters(node))
        {
            Explain($"Enumerable.{method.Name}() goes through a text character by character; use the text's own methods, such as Contains(text) or StartsWith(text, StringComparison.Ordinal).");
        }

        if (type == typeof(Enumerable) && method.Name is nameof(Enumerable.Min) or nameof(Enumerable.Max) && node.Type == typeof(string))
        {
            Explain($"Enumerable.{method.Name}() of texts orders them by the current culture; compare them with string.CompareOrdinal.");
        }

        if (_loops > 0 && type == typeof(string) && method.Name == nameof(string.Concat))
        {
            Refuse("joining strings inside a lambda (text that grows with every item)");
        }

        if (!allowed || (type == typeof(string) && method.Name == nameof(string.Replace) && !ShrinksOrKeeps(node)))
        {
            Refuse($"{Describe(type)}.{method.Name}()");
        }

        return base.VisitMethodCall(node);
    }

    /// <summary>
    /// Refuses a <c>string.Concat</c> of anything but texts: over a sequence it builds text as
    /// long as the sequence times its items, and on an object or a number it calls
    /// <c>ToString()</c>, which follows the culture or the type's own code.
    /// </summary>
    private void RefuseTextOfNonText(MethodCallExpression node)
    {
        foreach (var argument in node.Arguments)
        {
            var parts = argument is NewArrayExpression { NodeType: ExpressionType.NewArrayInit } array ? array.Expressions : [argument];
            if (parts.Count == 1 && parts[0] == argument && argument.Type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(argument.Type))
            {
                Explain("string.Concat() of a sequence builds text as long as all its items together, and turns each item into text; compare the items instead.");
                continue;
            }

            foreach (var part in parts)
            {
                var value = part is UnaryExpression { NodeType: ExpressionType.Convert } convert && part.Type == typeof(object) ? convert.Operand : part;
                if (value.Type != typeof(string))
                {
                    Explain($"Joining a value of type {Describe(value.Type)} into text calls its ToString(), which may follow the current culture; "
                        + "compare the value itself, and show it in a message placeholder of its own.");
                }
            }
        }
    }

    /// <summary>Returns true when an argument is a text passed where the method takes a sequence of characters.</summary>
    private static bool ReadsCharacters(MethodCallExpression node) =>
        node.Arguments.Any(a => a.Type == typeof(string))
        && node.Method.GetParameters().Any(p => p.ParameterType == typeof(IEnumerable<char>));

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        // A loop inside a loop over input collections multiplies the work by every level.
        if (_loops > 0)
        {
            Refuse("a lambda inside another lambda (a loop inside a loop)");
        }

        _loops++;
        var visited = base.VisitLambda(node);
        _loops--;
        return visited;
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (_loops > 0 && node.NodeType == ExpressionType.Add && node.Type == typeof(string))
        {
            Refuse("joining strings inside a lambda (text that grows with every item)");
        }

        if (node.Method is { } method && !IsOperator(method) && method.DeclaringType != typeof(string))
        {
            Refuse($"{Describe(method.DeclaringType!)}.{method.Name}()");
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.NodeType is not (ExpressionType.Not or ExpressionType.Convert or ExpressionType.Negate or ExpressionType.NegateChecked or ExpressionType.Quote
            or ExpressionType.ConvertChecked or ExpressionType.ArrayLength))
        {
            Refuse($"the {node.NodeType} operation");
        }
        else if (node.Method is { } method && !IsOperator(method))
        {
            Refuse($"{Describe(method.DeclaringType!)}.{method.Name}()");
        }
        else if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked && !IsPlainType(node.Type))
        {
            Refuse($"a conversion to {Describe(node.Type)}");
        }

        return base.VisitUnary(node);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not null && !IsPlainType(node.Type))
        {
            Refuse($"a constant of type {Describe(node.Type)}");
        }

        return base.VisitConstant(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        Refuse($"creating a {Describe(node.Type)}");
        return node;
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        if (node.NodeType == ExpressionType.NewArrayBounds)
        {
            Refuse("creating an array of a computed size");
            return node;
        }

        return base.VisitNewArray(node);
    }

    protected override Expression VisitMemberInit(MemberInitExpression node)
    {
        Refuse($"creating a {Describe(node.Type)}");
        return node;
    }

    protected override Expression VisitListInit(ListInitExpression node)
    {
        Refuse($"creating a {Describe(node.Type)}");
        return node;
    }

    protected override Expression VisitTypeBinary(TypeBinaryExpression node)
    {
        Refuse("type tests");
        return node;
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        Refuse("invoking a delegate");
        return node;
    }

    protected override Expression VisitBlock(BlockExpression node)
    {
        Refuse("statement blocks");
        return node;
    }

    protected override Expression VisitDynamic(DynamicExpression node)
    {
        Refuse("dynamic operations");
        return node;
    }

    /// <summary>
    /// Returns true for a <c>Replace</c> whose arguments are constants that do not lengthen the
    /// text, such as <c>Replace(" ", "")</c>; a growing replacement nested a few times would
    /// build strings of billions of characters.
    /// </summary>
    private static bool ShrinksOrKeeps(MethodCallExpression node) =>
        node.Arguments.Count == 2
        && node.Arguments[0] is ConstantExpression { Value: string from }
        && node.Arguments[1] is ConstantExpression { Value: string to }
        && to.Length <= from.Length;

    private static bool IsOperator(MethodInfo method) =>
        method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal) && IsPlainType(method.DeclaringType!);

    /// <summary>Returns true for the value and collection types rules may hold.</summary>
    private static bool IsPlainType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (ValueTypes.Contains(underlying) || underlying == typeof(object) || IsProjectType(underlying))
        {
            return true;
        }

        if (underlying.IsArray)
        {
            return IsPlainType(underlying.GetElementType()!);
        }

        return underlying.IsGenericType && typeof(IEnumerable).IsAssignableFrom(underlying)
            && underlying.GetGenericArguments().All(IsPlainType);
    }

    private void Refuse(string what) => _violations.Add(what);

    private void Explain(string sentence) => _reasons.Add(sentence);

    private static string Describe(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>" : type.Name;
}
