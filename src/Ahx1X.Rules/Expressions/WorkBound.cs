using System.Collections;
using System.Linq.Expressions;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Bounds the work an expression may do by the size of its input, checked when the pack loads.
/// Each value gets a degree: 0 for a number, a date or a constant; 1 for a text or collection
/// read from the input (whose size grows with the document). The work of an operation is the
/// degree of what it scans: a text search or a set operation is one pass (degree 1); a lambda
/// over a collection costs the collection's degree plus its body's; so
/// <c>reported.All(m => reported.Contains(m))</c> is a pass inside a pass, degree 2, and
/// refused. An expression may make any number of passes one after another, never one inside
/// another: its work stays proportional to its input (<see cref="MaxDegree"/>).
/// </summary>
/// <remarks>
/// Items of an input collection are parts of the input, so a pass over each item's own text,
/// summed over the items, is still one pass over the input. A collection built by
/// <c>Select(x => institution.Name)</c> holds the whole text in every item, and passing over
/// its items counts as a pass inside a pass. Comparing two texts for equality or order stops
/// at the shorter one, and counts as the degree of the shorter. The project's own helpers
/// (<c>Sets.AllIn</c>, <c>EditionParameters.SummarySubjectFor</c>) count as one pass over their
/// arguments.
/// </remarks>
internal static class WorkBound
{
    /// <summary>The highest degree of work allowed: proportional to the input, never to its square.</summary>
    public const int MaxDegree = 1;

    /// <summary>Returns why <paramref name="expression"/> does more work than <see cref="MaxDegree"/> allows, or null.</summary>
    public static string? Check(Expression expression)
    {
        var cost = Measure(expression, []);
        return cost.Work <= MaxDegree
            ? null
            : $"does work that grows with the input's size to the power {cost.Work}: {cost.Why}. "
                + "A rule may make passes over collections and texts one after another, never one inside another. "
                + "Compare two collections with Sets.AllIn, Except or Intersect, which make one pass each.";
    }

    /// <summary>
    /// The cost of one node: <paramref name="Work"/> is the degree of the work done to compute
    /// it, <paramref name="Size"/> the degree of its value's size (text length, item count, or
    /// for an object the size of its parts), <paramref name="Item"/> the degree of each item of a
    /// collection, and <paramref name="Why"/> the operation that reached <paramref name="Work"/>.
    /// </summary>
    private readonly record struct Cost(int Work, int Size, int Item, string? Why)
    {
        public static Cost None => default;

        /// <summary>Returns this cost, raised to <paramref name="work"/> because of <paramref name="why"/> when that is more.</summary>
        public Cost Doing(int work, string why) => work > Work ? this with { Work = work, Why = why } : this;
    }

    private static Cost Measure(Expression? node, Dictionary<ParameterExpression, Cost> items)
    {
        var cost = node switch
        {
            null or ConstantExpression or DefaultExpression => Cost.None,
            // A lambda's parameter is one item of what it runs over; any other parameter is a whole input.
            ParameterExpression parameter => items.TryGetValue(parameter, out var item) ? item : new Cost(0, 1, 0, null),
            MemberExpression member => Measure(member.Expression, items) with { Item = 0 },
            UnaryExpression unary => Measure(unary.Operand, items),
            BinaryExpression binary => MeasureBinary(binary, items),
            ConditionalExpression conditional => Combine(
                [Measure(conditional.Test, items), Measure(conditional.IfTrue, items), Measure(conditional.IfFalse, items)]),
            NewArrayExpression array => MeasureArray(array, items),
            MethodCallExpression call => MeasureCall(call, items),
            _ => MeasureChildren(node, items),
        };

        // Numbers, dates and truth values are of fixed size whatever they were computed from.
        return node is not null && IsScalar(node.Type) ? cost with { Size = 0, Item = 0 } : cost;
    }

    /// <summary>Measures an array written out in the expression: a fixed number of items, each as large as its value.</summary>
    private static Cost MeasureArray(NewArrayExpression node, Dictionary<ParameterExpression, Cost> items)
    {
        var parts = Combine(node.Expressions.Select(e => Measure(e, items)).ToList());
        return parts with { Size = 0, Item = parts.Size };
    }

    private static Cost MeasureBinary(BinaryExpression node, Dictionary<ParameterExpression, Cost> items)
    {
        var left = Measure(node.Left, items);
        var right = Measure(node.Right, items);
        var cost = Combine([left, right]);
        if (node.Left.Type == typeof(string) && node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual)
        {
            return cost.Doing(Math.Min(left.Size, right.Size), Describe(node));
        }

        if (node.NodeType == ExpressionType.ArrayIndex)
        {
            return cost with { Size = left.Item, Item = 0 };
        }

        // Joining two texts copies both.
        return node.Type == typeof(string) ? cost.Doing(Math.Max(left.Size, right.Size), Describe(node)) : cost;
    }

    private static Cost MeasureCall(MethodCallExpression node, Dictionary<ParameterExpression, Cost> items)
    {
        var method = node.Method;
        if (method.DeclaringType == typeof(Enumerable))
        {
            return MeasureSequenceCall(node, items);
        }

        var target = Measure(node.Object, items);
        var arguments = node.Arguments.Select(a => Measure(a, items)).ToList();
        var cost = Combine([target, .. arguments]);
        if (node.Object is not null && typeof(IEnumerable).IsAssignableFrom(node.Object.Type) && node.Object.Type != typeof(string))
        {
            // A list's own Contains scans it; its indexer reads one item.
            return method.Name == "get_Item"
                ? cost with { Size = target.Item, Item = 0 }
                : cost.Doing(target.Size + Math.Min(target.Item, arguments.Select(a => a.Size).DefaultIfEmpty().Max()), Describe(node));
        }

        var operands = node.Arguments.Zip(arguments).ToList();
        if (node.Object is not null)
        {
            operands.Add((node.Object, target));
        }

        var texts = operands.Where(pair => IsSized(pair.First.Type)).Select(pair => pair.Second.Size).DefaultIfEmpty().ToList();
        var scanned = method.DeclaringType == typeof(string) && method.Name is nameof(string.Equals) or nameof(string.Compare) or nameof(string.CompareOrdinal)
            or nameof(string.StartsWith) or nameof(string.EndsWith)
            ? texts.Min()
            : texts.Max();
        return cost.Doing(method.Name == nameof(string.IsNullOrEmpty) ? 0 : scanned, Describe(node)) with { Size = texts.Max(), Item = 0 };
    }

    /// <summary>Measures an <see cref="Enumerable"/> method: a lambda runs once per item of its source.</summary>
    private static Cost MeasureSequenceCall(MethodCallExpression node, Dictionary<ParameterExpression, Cost> items)
    {
        var source = Measure(node.Arguments[0], items);
        var cost = source;
        var body = Cost.None;
        foreach (var argument in node.Arguments.Skip(1))
        {
            if (argument is LambdaExpression lambda)
            {
                var inner = new Dictionary<ParameterExpression, Cost>(items) { [lambda.Parameters[0]] = new Cost(0, source.Item, 0, null) };
                body = Measure(lambda.Body, inner);
                cost = Combine([cost, body with { Size = 0, Item = 0 }])
                    .Doing(source.Size + body.Work, body.Work > 0 ? $"{body.Why}, for every item of {Describe(node)}" : Describe(node));
                continue;
            }

            var other = Measure(argument, items);
            cost = Combine([cost, other with { Size = 0, Item = 0 }]).Doing(
                node.Method.Name == nameof(Enumerable.Contains) ? source.Size + Math.Min(source.Item, other.Size) : Math.Max(other.Size + other.Item, source.Size + source.Item),
                Describe(node));
        }

        var scan = node.Method.Name switch
        {
            nameof(Enumerable.Any) or nameof(Enumerable.Count) or nameof(Enumerable.First) or nameof(Enumerable.FirstOrDefault) => 0,
            _ => source.Size + source.Item,
        };
        cost = cost.Doing(node.Arguments.Count == 1 ? scan : 0, Describe(node));
        return node.Method.Name switch
        {
            nameof(Enumerable.Select) => cost with { Size = source.Size, Item = body.Size },
            nameof(Enumerable.First) or nameof(Enumerable.FirstOrDefault) or nameof(Enumerable.Min) or nameof(Enumerable.Max) =>
                cost with { Size = node.Arguments.Count == 1 ? source.Item : body.Size, Item = 0 },
            _ => cost with { Size = source.Size, Item = source.Item },
        };
    }

    /// <summary>Measures a node this model has no rule for as the most costly of its children.</summary>
    private static Cost MeasureChildren(Expression node, Dictionary<ParameterExpression, Cost> items)
    {
        var children = new Children();
        children.Collect(node);
        return Combine(children.Found.Select(c => Measure(c, items)).ToList());
    }

    private static Cost Combine(IReadOnlyList<Cost> parts)
    {
        var most = parts.Count == 0 ? Cost.None : parts.MaxBy(p => p.Work);
        return most with { Size = parts.Select(p => p.Size).DefaultIfEmpty().Max(), Item = parts.Select(p => p.Item).DefaultIfEmpty().Max() };
    }

    private static bool IsSized(Type type) => type == typeof(string) || typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsScalar(Type type) => type.IsValueType;

    /// <summary>Names an operation for a message: <c>reported.Contains()</c>.</summary>
    private static string Describe(Expression node) => node switch
    {
        MethodCallExpression call when call.Method.DeclaringType == typeof(Enumerable) => $"{Describe(call.Arguments[0])}.{call.Method.Name}()",
        MethodCallExpression { Object: { } target } call => $"{Describe(target)}.{call.Method.Name}()",
        MethodCallExpression call => $"{call.Method.DeclaringType!.Name}.{call.Method.Name}()",
        MemberExpression { Expression: { } owner } member => $"{Describe(owner)}.{member.Member.Name}",
        ParameterExpression { Name: { Length: > 0 } name } => name,
        ParameterExpression => "item",
        BinaryExpression binary => $"{Describe(binary.Left)} {binary.NodeType} {Describe(binary.Right)}",
        UnaryExpression unary => Describe(unary.Operand),
        _ => node.NodeType.ToString(),
    };

    /// <summary>Lists the direct children of one node.</summary>
    private sealed class Children : ExpressionVisitor
    {
        private Expression? _parent;

        public List<Expression> Found { get; } = [];

        public void Collect(Expression node)
        {
            _parent = node;
            Visit(node);
        }

        public override Expression? Visit(Expression? node)
        {
            if (node is null || ReferenceEquals(node, _parent))
            {
                return base.Visit(node);
            }

            Found.Add(node);
            return node;
        }
    }
}
