using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Writes a compiled expression lambda as the parameter list and body of a C# method that means
/// the same, node for node: every value keeps its type, every operand is evaluated in the same
/// order, and each operator is the one the tree names. The text is a function of the tree alone,
/// so two trees that write the same text compute the same thing. A node it has no faithful C# for
/// (a loop, a nested lambda, a non-null object constant, an operator lifted to null) makes it
/// write nothing, and the tree is then compiled as before.
/// </summary>
/// <remarks>
/// C# has no blocks inside expressions. A block in value position is written as
/// <c>Then(effects, value)</c> and a void expression there as a <see langword="bool"/> that is
/// always true and carries the effect (<c>Done(x)</c>, <c>c ? a : b</c>, <c>a &amp; b</c>, which
/// evaluates both sides from left to right), so evaluation order is the tree's.
/// </remarks>
internal sealed class CSharpWriter
{
    private readonly StringBuilder _text = new();
    private readonly Dictionary<ParameterExpression, string> _names = [];
    private int _depth = 1;

    private CSharpWriter()
    {
    }

    /// <summary>The name of the method that sequences an effect before a value: <c>static T Then&lt;T&gt;(bool effects, T value)</c>.</summary>
    public const string Then = "Then";

    /// <summary>The name of the method that turns a value's evaluation into an effect: <c>static bool Done&lt;T&gt;(T value) =&gt; true</c>.</summary>
    public const string Done = "Done";

    /// <summary>Returns <paramref name="lambda"/> as <c>(parameters) { body }</c>, or null when a node has no faithful C#.</summary>
    public static string? Write(LambdaExpression lambda)
    {
        var writer = new CSharpWriter();
        try
        {
            writer.Lambda(lambda);
            return writer._text.ToString();
        }
        catch (NotWritableException)
        {
            return null;
        }
    }

    private void Lambda(LambdaExpression lambda)
    {
        var invoke = lambda.Type.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters();
        _text.Append('(');
        for (var i = 0; i < lambda.Parameters.Count; i++)
        {
            var parameter = lambda.Parameters[i];
            var name = "p" + i.ToString(CultureInfo.InvariantCulture);
            _names.Add(parameter, name);
            _text.Append(i == 0 ? "" : ", ")
                .Append(parameter.IsByRef ? (parameters[i].IsOut ? "out " : "ref ") : "")
                .Append(TypeName(parameter.Type)).Append(' ').Append(name);
        }

        _text.Append(")\n{\n");
        foreach (var variable in new VariableFinder(lambda).Variables)
        {
            var name = "v" + _names.Count.ToString(CultureInfo.InvariantCulture);
            _names.Add(variable, name);
            Line($"{TypeName(variable.Type)} {name} = default;");
        }

        // The temporaries the body needs are declared here once it is written.
        var temporaries = _text.Length;

        var steps = lambda.Body is BlockExpression block ? block.Expressions : [lambda.Body];
        for (var i = 0; i < steps.Count - 1; i++)
        {
            Statement(steps[i]);
        }

        if (invoke.ReturnType == typeof(void))
        {
            Statement(steps[^1]);
        }
        else
        {
            Line($"return {As(steps[^1], invoke.ReturnType)};");
        }

        _text.Append("}\n");
        var declarations = new StringBuilder();
        foreach (var (name, type) in _temporaries)
        {
            declarations.Append(' ', 4).Append(type).Append(' ').Append(name).Append(" = default;\n");
        }

        _text.Insert(temporaries, declarations);
    }

    private readonly List<(string Name, string Type)> _temporaries = [];

    /// <summary>Returns a new variable of <paramref name="type"/> that holds a value the tree evaluates once.</summary>
    private string Temporary(Type type)
    {
        var name = "t" + _temporaries.Count.ToString(CultureInfo.InvariantCulture);
        _temporaries.Add((name, TypeName(type)));
        return name;
    }

    private void Line(string text) => _text.Append(' ', _depth * 4).Append(text).Append('\n');

    private void Statement(Expression node)
    {
        switch (node)
        {
            case BlockExpression block:
                foreach (var step in block.Expressions)
                {
                    Statement(step);
                }

                break;
            case ConditionalExpression conditional when conditional.Type == typeof(void):
                Line($"if ({Value(conditional.Test)})");
                Nested(conditional.IfTrue);
                if (!IsNothing(conditional.IfFalse))
                {
                    Line("else");
                    Nested(conditional.IfFalse);
                }

                break;
            case DefaultExpression when node.Type == typeof(void):
                break;
            case MethodCallExpression call:
                Line(CallText(call) + ";");
                break;
            case BinaryExpression { NodeType: ExpressionType.Assign or ExpressionType.OrAssign or ExpressionType.AndAssign } assignment:
                Line(Assignment(assignment) + ";");
                break;
            default:
                // A read has no effect but may throw, as it would in the tree.
                Line($"_ = {Value(node)};");
                break;
        }
    }

    private void Nested(Expression node)
    {
        Line("{");
        _depth++;
        Statement(node);
        _depth--;
        Line("}");
    }

    private static bool IsNothing(Expression node) => node is DefaultExpression && node.Type == typeof(void);

    /// <summary>Returns <paramref name="node"/> as a C# expression whose static type is <paramref name="type"/>.</summary>
    private string As(Expression node, Type type) =>
        node.Type == type ? Value(node) : $"(({TypeName(type)}){Value(node)})";

    /// <summary>Returns <paramref name="node"/> as a C# expression of its own static type.</summary>
    private string Value(Expression node)
    {
        if (node.Type == typeof(void))
        {
            throw new NotWritableException();
        }

        return node switch
        {
            ConstantExpression constant => Constant(constant),
            ParameterExpression parameter => _pending.Remove(parameter, out var assignment) ? assignment
                : _names.TryGetValue(parameter, out var name) ? name : throw new NotWritableException(),
            MemberExpression member => Member(member),
            MethodCallExpression call => CallText(call),
            ConditionalExpression conditional => $"({Value(conditional.Test)} ? {As(conditional.IfTrue, node.Type)} : {As(conditional.IfFalse, node.Type)})",
            BlockExpression block => Block(block),
            DefaultExpression => $"default({TypeName(node.Type)})",
            UnaryExpression unary => Unary(unary),
            BinaryExpression binary => Binary(binary),
            NewArrayExpression { NodeType: ExpressionType.NewArrayBounds, Expressions.Count: 1 } array when !node.Type.GetElementType()!.IsArray =>
                $"(new {TypeName(node.Type.GetElementType()!)}[{As(array.Expressions[0], typeof(int))}])",
            IndexExpression { Indexer: null, Arguments.Count: 1 } index => $"{Value(index.Object!)}[{As(index.Arguments[0], typeof(int))}]",
            _ => throw new NotWritableException(),
        };
    }

    /// <summary>Returns <paramref name="node"/>, of any type, as a <see langword="bool"/> expression that is always true and has its effects.</summary>
    private string Effect(Expression node) => node switch
    {
        DefaultExpression when node.Type == typeof(void) => "true",
        ConditionalExpression conditional when node.Type == typeof(void) => $"({Value(conditional.Test)} ? {Effect(conditional.IfTrue)} : {Effect(conditional.IfFalse)})",
        BlockExpression block when node.Type == typeof(void) => block.Expressions.Count == 0 ? "true" : "(" + string.Join(" & ", block.Expressions.Select(Effect)) + ")",
        _ => $"{Done}<{TypeName(node.Type)}>({Value(node)})",
    };

    private string Block(BlockExpression block)
    {
        // v = x; then a value whose first evaluated leaf reads v: the assignment is written at that read,
        // the same order with no Then around it. This is how every guarded read of a fact starts.
        if (block.Expressions is [BinaryExpression { NodeType: ExpressionType.Assign, Left: ParameterExpression variable } assign, var tail]
            && FirstLeaf(tail) == variable && !_pending.ContainsKey(variable))
        {
            _pending.Add(variable, $"({Assignment(assign)})");
            var text = As(tail, block.Type);
            return _pending.ContainsKey(variable) ? throw new NotWritableException() : text;
        }

        if (block.Expressions.Count == 1)
        {
            return As(block.Expressions[0], block.Type);
        }

        // The effects are written before the value, in the order they are evaluated.
        var effects = string.Join(" & ", block.Expressions.Take(block.Expressions.Count - 1).Select(Effect));
        return $"{Then}<{TypeName(block.Type)}>({effects}, {As(block.Expressions[^1], block.Type)})";
    }

    // Assignments to write at the first read of their variable (see Block).
    private readonly Dictionary<ParameterExpression, string> _pending = [];

    /// <summary>Returns the leaf of <paramref name="node"/> evaluated first, as this writer writes it (left to right), or null when it cannot tell.</summary>
    private static Expression? FirstLeaf(Expression node) => node switch
    {
        ParameterExpression => node,
        ConditionalExpression conditional => FirstLeaf(conditional.Test),
        // An assignment evaluates its value first; a compound one reads its variable, which is written as the target, not as a read.
        BinaryExpression { NodeType: ExpressionType.Assign, Left: ParameterExpression } assign => FirstLeaf(assign.Right),
        BinaryExpression { NodeType: ExpressionType.OrAssign or ExpressionType.AndAssign } => null,
        BinaryExpression { NodeType: not ExpressionType.Assign } binary => FirstLeaf(binary.Left),
        UnaryExpression unary => FirstLeaf(unary.Operand),
        MemberExpression { Expression: { } owner } => FirstLeaf(owner),
        MethodCallExpression { Object: { } target } => FirstLeaf(target),
        MethodCallExpression { Arguments: [var first, ..] } => FirstLeaf(first),
        BlockExpression { Expressions: [var first, ..] } => FirstLeaf(first),
        _ => null,
    };

    private string Constant(ConstantExpression constant)
    {
        var type = constant.Type;
        if (constant.Value is null)
        {
            return $"default({TypeName(type)})";
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if ((underlying ?? type) != constant.Value.GetType() || constant.Value is decimal and 0m && decimal.IsNegative((decimal)constant.Value))
        {
            // A boxed value typed object, or an int typed as its interface, is not what its literal would be in C#.
            throw new NotWritableException();
        }

        var literal = Literal(constant.Value, underlying ?? type);
        return underlying is null ? literal : $"(({TypeName(type)}){literal})";
    }

    private static string Literal(object value, Type type)
    {
        if (type.IsEnum)
        {
            return $"(({TypeName(type)}){Literal(Convert.ChangeType(value, Enum.GetUnderlyingType(type), CultureInfo.InvariantCulture), Enum.GetUnderlyingType(type))})";
        }

        return value switch
        {
            bool b => b ? "true" : "false",
            int i => i < 0 ? $"({i.ToString(CultureInfo.InvariantCulture)})" : i.ToString(CultureInfo.InvariantCulture),
            long l => $"({l.ToString(CultureInfo.InvariantCulture)}L)",
            uint u => u.ToString(CultureInfo.InvariantCulture) + "U",
            ulong u => u.ToString(CultureInfo.InvariantCulture) + "UL",
            // The invariant text keeps the scale (0.50 stays 0.50), which a decimal's text shows.
            decimal d => $"({d.ToString(CultureInfo.InvariantCulture)}m)",
            string s => StringLiteral(s),
            _ => throw new NotWritableException(),
        };
    }

    /// <summary>Writes a string as an ASCII C# literal: every character outside printable ASCII, and the quote and backslash, escaped.</summary>
    private static string StringLiteral(string text)
    {
        var literal = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                literal.Append(c);
            }
            else
            {
                literal.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return literal.Append('"').ToString();
    }

    private string Member(MemberExpression member)
    {
        if (member.Member is not (PropertyInfo { GetMethod.IsStatic: false } or FieldInfo { IsStatic: false }) || member.Expression is null)
        {
            // A static member reads state the tree does not show: none is allowed in a rule.
            throw new NotWritableException();
        }

        if (member.Member is PropertyInfo property && property.GetIndexParameters().Length > 0)
        {
            throw new NotWritableException();
        }

        if (IsOnAStructThroughAnotherType(member.Expression, member.Member))
        {
            throw new NotWritableException();
        }

        // Read through the declaring type, so a member a derived type hides with its own name is not the one read.
        return $"{As(member.Expression, member.Member.DeclaringType!)}.{Identifier(member.Member.Name)}";
    }

    /// <summary>
    /// Tells whether <paramref name="member"/> of a struct is declared by another type (an interface, object): C# would
    /// reach it through a boxed copy, where the tree reaches the value itself.
    /// </summary>
    private static bool IsOnAStructThroughAnotherType(Expression receiver, MemberInfo member) =>
        receiver.Type.IsValueType && member.DeclaringType != receiver.Type;

    private string CallText(MethodCallExpression call)
    {
        var method = call.Method;
        var parameters = method.GetParameters();
        if (method.IsSpecialName || parameters.Any(p => p.ParameterType.IsByRef) || (parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute))))
        {
            throw new NotWritableException();
        }

        if (call.Object is { } receiver && IsOnAStructThroughAnotherType(receiver, method))
        {
            throw new NotWritableException();
        }

        // The receiver is written first, then the arguments: the text keeps the order they are evaluated in.
        var target = method.IsStatic ? TypeName(method.DeclaringType!) : As(call.Object!, method.DeclaringType!);
        var arguments = string.Join(", ", call.Arguments.Select((a, i) => As(a, parameters[i].ParameterType)));
        var name = Identifier(method.Name) + (method.IsGenericMethod ? "<" + string.Join(", ", method.GetGenericArguments().Select(TypeName)) + ">" : "");
        return $"{target}.{name}({arguments})";
    }

    private string Unary(UnaryExpression unary)
    {
        var operand = Value(unary.Operand);
        return unary.NodeType switch
        {
            ExpressionType.Not when unary.Method is null && unary.Type == typeof(bool) => $"(!{operand})",
            ExpressionType.Convert when IsPlainConversion(unary) => $"unchecked(({TypeName(unary.Type)}){operand})",
            // A conversion operator is what it is: unchecked, so C# binds the one the tree names, not a checked one.
            ExpressionType.ConvertChecked when IsPlainConversion(unary) => unary.Method is null ? $"checked(({TypeName(unary.Type)}){operand})" : $"unchecked(({TypeName(unary.Type)}){operand})",
            ExpressionType.Negate or ExpressionType.NegateChecked when unary.Method is { Name: "op_UnaryNegation" } negation
                && negation.DeclaringType == (Nullable.GetUnderlyingType(unary.Operand.Type) ?? unary.Operand.Type) => $"unchecked(({TypeName(unary.Type)})(-{operand}))",
            ExpressionType.Negate when unary.Method is null && IsSigned(unary.Type) => $"unchecked(({TypeName(unary.Type)})(-{operand}))",
            ExpressionType.NegateChecked when unary.Method is null && IsSigned(unary.Type) => $"checked(({TypeName(unary.Type)})(-{operand}))",
            _ => throw new NotWritableException(),
        };
    }

    /// <summary>
    /// Tells whether a conversion is one a C# cast performs the same way: between numbers (or their nullable forms),
    /// to a nullable of the same type, to a base type or interface, or through the implicit or explicit operator the
    /// tree names on one of the two types, which a cast between them calls.
    /// </summary>
    private static bool IsPlainConversion(UnaryExpression unary)
    {
        var from = Nullable.GetUnderlyingType(unary.Operand.Type) ?? unary.Operand.Type;
        var to = Nullable.GetUnderlyingType(unary.Type) ?? unary.Type;
        if (unary.Method is { } method)
        {
            return method.Name is "op_Implicit" or "op_Explicit"
                && (method.DeclaringType == from || method.DeclaringType == to)
                && (Nullable.GetUnderlyingType(unary.Type) is null) == (Nullable.GetUnderlyingType(unary.Operand.Type) is null);
        }

        return from == to
            || (IsNumber(from) && IsNumber(to))
            || (!unary.Type.IsValueType && !unary.Operand.Type.IsValueType && unary.Type.IsAssignableFrom(unary.Operand.Type));
    }

    private static bool IsSigned(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(decimal);

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(uint) || type == typeof(ulong) || type == typeof(decimal);

    private string Binary(BinaryExpression binary)
    {
        if (binary.Conversion is not null || binary.IsLiftedToNull && binary.Type == typeof(bool?))
        {
            // C# lifts a comparison to bool, never to bool?; a coalescing conversion has no C# form.
            throw new NotWritableException();
        }

        var op = OperatorOf(binary.NodeType).Symbol;
        var left = binary.Left;
        var right = binary.Right;
        switch (binary.NodeType)
        {
            case ExpressionType.Assign:
            case ExpressionType.OrAssign:
            case ExpressionType.AndAssign:
                return $"({Assignment(binary)})";
            case ExpressionType.AndAlso:
            case ExpressionType.OrElse:
                return binary.Method is null && binary.Type == typeof(bool)
                    ? $"({Value(left)} {op} {Value(right)})"
                    : throw new NotWritableException();
            case ExpressionType.Coalesce:
                return $"(({TypeName(binary.Type)})({Value(left)} ?? {Value(right)}))";
            case ExpressionType.ArrayIndex:
                return $"{Value(left)}[{As(right, typeof(int))}]";
            case ExpressionType.Equal or ExpressionType.NotEqual when binary.Method is null && !left.Type.IsValueType:
                // No operator named: the tree compares references, whatever == the type declares.
                return $"((object){Value(left)} {op} (object){Value(right)})";
        }

        if (left.Type != right.Type || !OperatorIsTheTrees(binary))
        {
            throw new NotWritableException();
        }

        if (binary.IsLifted && binary.Method is not null && binary.NodeType is not (ExpressionType.Equal or ExpressionType.NotEqual))
        {
            // The expression compiler calls a lifted operator's method only once the left operand has a value, and does
            // not evaluate the right one when it has none (so a missing fact there is not met); C# would evaluate both.
            var held = Temporary(left.Type);
            var whenNull = binary.Type == typeof(bool) ? "false" : $"default({TypeName(binary.Type)})";
            return $"((({held} = {Value(left)}) == null) ? {whenNull} : unchecked(({TypeName(binary.Type)})({held} {op} {Value(right)})))";
        }

        if (binary.NodeType is ExpressionType.Divide or ExpressionType.Modulo && IsFolded(left) && IsFolded(right))
        {
            // C# folds constants at compile time, where int.MinValue / -1 does not throw as it does when run.
            throw new NotWritableException();
        }

        var text = $"({Value(left)} {op} {Value(right)})";
        return binary.NodeType switch
        {
            // An operator a type defines is what it is: unchecked, so C# binds the one the tree names, not a checked one.
            _ when binary.Method is not null => $"unchecked(({TypeName(binary.Type)}){text})",
            ExpressionType.AddChecked or ExpressionType.SubtractChecked or ExpressionType.MultiplyChecked => $"checked(({TypeName(binary.Type)}){text})",
            ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply or ExpressionType.Divide or ExpressionType.Modulo
                or ExpressionType.And or ExpressionType.Or or ExpressionType.ExclusiveOr => $"unchecked(({TypeName(binary.Type)}){text})",
            _ => text,
        };
    }

    /// <summary>Returns an assignment to a variable or an array item, without brackets, as a statement writes it.</summary>
    private string Assignment(BinaryExpression assignment) =>
        assignment.Conversion is null && assignment.Method is null && assignment.Left switch
        {
            ParameterExpression variable when _names.TryGetValue(variable, out var name) => $"{name} {OperatorOf(assignment.NodeType).Symbol} {As(assignment.Right, assignment.Left.Type)}",
            IndexExpression => $"{Value(assignment.Left)} {OperatorOf(assignment.NodeType).Symbol} {As(assignment.Right, assignment.Left.Type)}",
            _ => null,
        } is { } text ? text : throw new NotWritableException();

    /// <summary>Tells whether C# would fold <paramref name="node"/> into a constant when it compiles: a literal, or operators and conversions of literals.</summary>
    private static bool IsFolded(Expression node) => node switch
    {
        ConstantExpression => true,
        UnaryExpression { Method: null } unary => IsFolded(unary.Operand),
        BinaryExpression { Method: null } binary => IsFolded(binary.Left) && IsFolded(binary.Right),
        _ => false,
    };

    /// <summary>
    /// Tells whether the C# operator for the two operands is the one the tree names: the built-in one of a number,
    /// an enumeration or a bool when it names none, or the operand type's own user-defined operator of that kind.
    /// </summary>
    private static bool OperatorIsTheTrees(BinaryExpression binary)
    {
        var type = Nullable.GetUnderlyingType(binary.Left.Type) ?? binary.Left.Type;
        if (binary.Method is null)
        {
            return binary.NodeType switch
            {
                ExpressionType.Equal or ExpressionType.NotEqual => IsNumber(type) || type.IsEnum || type == typeof(bool),
                ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual => IsNumber(type) || type.IsEnum,
                // bool? is three-valued under & and |; no rule needs it, so it is not written.
                ExpressionType.And or ExpressionType.Or or ExpressionType.ExclusiveOr => binary.Left.Type == typeof(bool) || (IsNumber(type) && type != typeof(decimal)),
                _ => IsNumber(type),
            };
        }

        return binary.Method.DeclaringType == type && binary.Method.Name == OperatorOf(binary.NodeType).Method
            && binary.Method.GetParameters() is [var first, var second] && first.ParameterType == type && second.ParameterType == type;
    }

    /// <summary>Returns the C# symbol of an operator and the name of the method a type defines it with, if it may.</summary>
    private static (string Symbol, string? Method) OperatorOf(ExpressionType kind) => kind switch
    {
        ExpressionType.Assign => ("=", null),
        ExpressionType.OrAssign => ("|=", null),
        ExpressionType.AndAssign => ("&=", null),
        ExpressionType.AndAlso => ("&&", null),
        ExpressionType.OrElse => ("||", null),
        ExpressionType.Coalesce or ExpressionType.ArrayIndex => ("", null),
        ExpressionType.Equal => ("==", "op_Equality"),
        ExpressionType.NotEqual => ("!=", "op_Inequality"),
        ExpressionType.LessThan => ("<", "op_LessThan"),
        ExpressionType.LessThanOrEqual => ("<=", "op_LessThanOrEqual"),
        ExpressionType.GreaterThan => (">", "op_GreaterThan"),
        ExpressionType.GreaterThanOrEqual => (">=", "op_GreaterThanOrEqual"),
        // A type's own operator is what it is: checked or not is its own affair (decimal's always are).
        ExpressionType.Add or ExpressionType.AddChecked => ("+", "op_Addition"),
        ExpressionType.Subtract or ExpressionType.SubtractChecked => ("-", "op_Subtraction"),
        ExpressionType.Multiply or ExpressionType.MultiplyChecked => ("*", "op_Multiply"),
        ExpressionType.Divide => ("/", "op_Division"),
        ExpressionType.Modulo => ("%", "op_Modulus"),
        ExpressionType.And => ("&", null),
        ExpressionType.Or => ("|", null),
        ExpressionType.ExclusiveOr => ("^", null),
        _ => throw new NotWritableException(),
    };

    /// <summary>Returns the C# name of <paramref name="type"/>, from <c>global::</c>; a type the generated code could not name is not writable.</summary>
    public static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsArray)
        {
            return type.GetArrayRank() == 1 && !type.GetElementType()!.IsArray ? TypeName(type.GetElementType()!) + "[]" : throw new NotWritableException();
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsGenericParameter || type.IsByRef || type.IsPointer || !IsNameable(type))
        {
            throw new NotWritableException();
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick < 0 ? name : name[..tick];
        var arguments = type.IsGenericType ? "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">" : "";
        if (type.IsNested)
        {
            if (type.DeclaringType!.IsGenericType)
            {
                throw new NotWritableException();
            }

            return TypeName(type.DeclaringType) + "." + name + arguments;
        }

        return "global::" + (type.Namespace is { } ns ? ns + "." : "") + name + arguments;
    }

    /// <summary>Tells whether code in this assembly can name <paramref name="type"/>: public, or internal to this assembly, at every level of nesting.</summary>
    private static bool IsNameable(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            var visible = t.IsNested
                ? t.IsNestedPublic || ((t.IsNestedAssembly || t.IsNestedFamORAssem) && t.Assembly == typeof(CSharpWriter).Assembly)
                : t.IsPublic || t.Assembly == typeof(CSharpWriter).Assembly;
            if (!visible)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(int)] = "int", [typeof(long)] = "long", [typeof(uint)] = "uint", [typeof(ulong)] = "ulong",
        [typeof(decimal)] = "decimal", [typeof(double)] = "double", [typeof(string)] = "string", [typeof(object)] = "object", [typeof(char)] = "char",
    };

    private static string Identifier(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0]) ? "@" + name : throw new NotWritableException();

    /// <summary>Lists every block variable of a lambda in the order first met, refusing a nested lambda or any loop or jump.</summary>
    private sealed class VariableFinder : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _seen = [];

        public VariableFinder(LambdaExpression lambda) => Visit(lambda.Body);

        public List<ParameterExpression> Variables { get; } = [];

        protected override Expression VisitBlock(BlockExpression node)
        {
            foreach (var variable in node.Variables)
            {
                if (variable.IsByRef || !_seen.Add(variable))
                {
                    throw new NotWritableException();
                }

                Variables.Add(variable);
            }

            return base.VisitBlock(node);
        }

        protected override Expression VisitLambda<T>(Expression<T> node) => throw new NotWritableException();

        protected override Expression VisitLoop(LoopExpression node) => throw new NotWritableException();

        protected override Expression VisitGoto(GotoExpression node) => throw new NotWritableException();

        protected override Expression VisitTry(TryExpression node) => throw new NotWritableException();

        protected override Expression VisitSwitch(SwitchExpression node) => throw new NotWritableException();
    }

    private sealed class NotWritableException : Exception;
}
