using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Packs.Compilation;
using Ahx1X.Rules.Steps;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NodaTime;

namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>
/// What <see cref="CSharpWriter"/> writes runs as the expression compiler's code for the same tree:
/// the same value or exception, and the same operands evaluated in the same order, for every
/// operator and kind of operand it writes, with and without nulls. It writes nothing for a tree
/// it has no faithful C# for, and a text that is a function of the tree.
/// </summary>
public sealed class CSharpWriterTests
{
    // A log whose append returns a value: a void call has no C# form inside an expression.
    private static readonly MethodInfo LogAdd = typeof(StringBuilder).GetMethod(nameof(StringBuilder.Append), [typeof(string)])!;

    [Fact]
    public void WrittenCSharp_RunsAsTheCompiledTree_ForEveryOperatorAndOperand()
    {
        var cases = Cases().ToList();
        var written = cases.Select(c => CSharpWriter.Write(c.Tree)).ToList();
        var source = new StringBuilder("public static class Written\n{\n")
            .Append("    private static T Then<T>(bool effects, T value) => value;\n")
            .Append("    private static bool Done<T>(T value) => true;\n");
        for (var i = 0; i < cases.Count; i++)
        {
            if (written[i] is { } text)
            {
                source.Append($"    public static {CSharpWriter.TypeName(cases[i].Tree.ReturnType)} M{i}{text}\n");
            }
        }

        var type = CompileWritten(source.Append("}\n").ToString()).GetType("Written")!;
        var dates = new LocalDate?[] { null, new LocalDate(2024, 3, 22), new LocalDate(2024, 4, 2) };
        for (var i = 0; i < cases.Count; i++)
        {
            if (written[i] is null)
            {
                continue;
            }

            var compiled = cases[i].Tree.Compile();
            var method = type.GetMethod($"M{i}")!;
            var expected = Outcome(log => compiled.DynamicInvoke(log, dates, new Holder()));
            var actual = Outcome(log => method.Invoke(null, [log, dates, new Holder()]));
            Assert.True(expected == actual, $"{cases[i].Name}: the tree gives {expected}, its C# {actual}\n{written[i]}");
        }

        // Every operator of every kind of operand is written, but the few C# cannot mean alike.
        Assert.True(written.Count(w => w is not null) > 600, $"only {written.Count(w => w is not null)} of {cases.Count} cases were written");
        Assert.All(cases.Where((c, i) => written[i] is null), c => Assert.True(c.Refused, $"{c.Name} was not written"));
    }

    /// <summary>Returns the value or the exception's type, after the operands evaluated, in order.</summary>
    private static string Outcome(Func<StringBuilder, object?> run)
    {
        var log = new StringBuilder();
        string result;
        try
        {
            var value = run(log);
            result = value is null ? "null" : $"{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}";
        }
        catch (Exception ex)
        {
            result = "throws " + (ex is TargetInvocationException { InnerException: { } inner } ? inner : ex).GetType().Name;
        }

        return $"{result} after [{log}]";
    }

    private static Assembly CompileWritten(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(LocalDate).Assembly.Location)
            .Append(typeof(CSharpWriterTests).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Written",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        return Assembly.Load(image.ToArray());
    }

    /// <summary>
    /// Trees over a log and three dates (none, 2024-03-22, 2024-04-02), each operand logging its name as it is evaluated:
    /// every binary operator over numbers, nullable numbers, decimals (whose operators are methods), dates, texts and
    /// bools, with each operand null or not; conversions, negation, coalescing, conditionals, blocks and calls.
    /// </summary>
    private static IEnumerable<(string Name, LambdaExpression Tree, bool Refused)> Cases()
    {
        var log = Expression.Parameter(typeof(StringBuilder), "log");
        var dates = Expression.Parameter(typeof(LocalDate?[]), "dates");
        var holder = Expression.Parameter(typeof(Holder), "holder");
        (string, LambdaExpression, bool) Case(string name, Expression body, bool refused = false) => (name, Expression.Lambda(body, log, dates, holder), refused);
        Expression Side(string name, Type type, object? value) =>
            Expression.Block(Expression.Call(log, LogAdd, Expression.Constant(name + " ")), value is int day && (type == typeof(LocalDate) || type == typeof(LocalDate?))
                ? (type == typeof(LocalDate) ? Expression.Convert(Expression.ArrayIndex(dates, Expression.Constant(day)), type) : Expression.ArrayIndex(dates, Expression.Constant(day)))
                : Expression.Constant(value, type));

        var operands = new (Type Type, object?[] Values)[]
        {
            (typeof(int), [0, 3, -7, int.MaxValue]),
            (typeof(int?), [null, 0, 3]),
            (typeof(long), [0L, long.MinValue]),
            (typeof(decimal), [0m, 2.50m, -1.1m]),
            (typeof(decimal?), [null, 0m, 2.50m]),
            (typeof(LocalDate), [1, 2]),
            (typeof(LocalDate?), [0, 1, 2]),
            (typeof(string), [null, "a", "b"]),
            (typeof(bool), [true, false]),
            (typeof(bool?), [null, true, false]),
            (typeof(DayOfWeek?), [null, DayOfWeek.Monday]),
        };
        var kinds = new[]
        {
            ExpressionType.Equal, ExpressionType.NotEqual, ExpressionType.LessThan, ExpressionType.LessThanOrEqual,
            ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual, ExpressionType.Add, ExpressionType.Subtract,
            ExpressionType.Multiply, ExpressionType.Divide, ExpressionType.Modulo, ExpressionType.AddChecked,
            ExpressionType.SubtractChecked, ExpressionType.MultiplyChecked, ExpressionType.And, ExpressionType.Or,
            ExpressionType.ExclusiveOr, ExpressionType.AndAlso, ExpressionType.OrElse, ExpressionType.Coalesce,
        };
        foreach (var (type, values) in operands)
        {
            foreach (var kind in kinds)
            {
                foreach (var left in values)
                {
                    foreach (var right in values)
                    {
                        Expression body;
                        try
                        {
                            body = Expression.MakeBinary(kind, Side("left", type, left), Side("right", type, right));
                        }
                        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                        {
                            continue;
                        }

                        // bool? is three-valued under & | ^ && ||; C# has no && || for it, and its & | are not written.
                        var refused = type == typeof(bool?)
                            && kind is ExpressionType.And or ExpressionType.Or or ExpressionType.ExclusiveOr or ExpressionType.AndAlso or ExpressionType.OrElse;
                        yield return Case($"{type.Name} {kind} ({left ?? "null"}, {right ?? "null"})", body, refused);
                    }
                }
            }
        }

        // Texts compared by reference: the tree names no operator.
        yield return Case("string reference ==", Expression.ReferenceEqual(Side("left", typeof(string), "a"), Side("right", typeof(string), null)));
        yield return Case("int? < lifted to null", Expression.LessThan(Side("left", typeof(int?), 1), Side("right", typeof(int?), null), liftToNull: true, method: null), refused: true);

        foreach (var (from, to, value) in new (Type, Type, object?)[]
        {
            (typeof(int?), typeof(decimal?), null), (typeof(int?), typeof(decimal?), 4), (typeof(decimal), typeof(int), 1e12m), (typeof(decimal), typeof(int), 2.7m),
            (typeof(long), typeof(int), long.MaxValue), (typeof(int?), typeof(int), null), (typeof(int), typeof(int?), 5), (typeof(bool), typeof(bool?), true),
            (typeof(string), typeof(object), "a"),
        })
        {
            yield return Case($"Convert {from.Name} {value ?? "null"} to {to.Name}", Expression.Convert(Side("operand", from, value), to));
            yield return Case($"ConvertChecked {from.Name} {value ?? "null"} to {to.Name}", Expression.ConvertChecked(Side("operand", from, value), to));
        }

        foreach (var (type, value) in new (Type, object)[] { (typeof(int), int.MinValue), (typeof(int), 4), (typeof(decimal), 2.5m), (typeof(long), long.MinValue) })
        {
            yield return Case($"Negate {value}", Expression.Negate(Side("operand", type, value)));
            yield return Case($"NegateChecked {value}", Expression.NegateChecked(Side("operand", type, value)));
        }

        yield return Case("Not true", Expression.Not(Side("operand", typeof(bool), true)));
        foreach (var test in new[] { true, false })
        {
            yield return Case($"Conditional {test}", Expression.Condition(Side("test", typeof(bool), test), Side("then", typeof(int), 1), Side("else", typeof(int), 2)));
        }

        // A guarded read as FactGuard writes it: the variable assigned, then tested, then read.
        foreach (var value in new object?[] { null, 3 })
        {
            var v = Expression.Variable(typeof(int?), "v");
            yield return Case($"Guarded read of {value ?? "null"}", Expression.Block(typeof(int?), [v],
                Expression.Assign(v, Side("value", typeof(int?), value)),
                Expression.Condition(Expression.Equal(v, Expression.Constant(null, typeof(int?))),
                    Expression.Block(Expression.Call(log, LogAdd, Expression.Constant("missing ")), Expression.Default(typeof(int?))),
                    v)));
            var a = Expression.Variable(typeof(int?), "a");
            var b = Expression.Variable(typeof(int?), "b");
            yield return Case($"Two assignments, then a value, {value ?? "null"}", Expression.Block(typeof(int?), [a, b],
                Expression.Assign(a, Side("a", typeof(int?), value)),
                Expression.Assign(b, Side("b", typeof(int?), 1)),
                Expression.Condition(Expression.Equal(b, Expression.Constant(null, typeof(int?))), b, a)));
        }

        var max = typeof(Math).GetMethod(nameof(Math.Max), [typeof(int), typeof(int)])!;
        yield return Case("static call", Expression.Call(max, Side("first", typeof(int), 2), Side("second", typeof(int), 9)));
        foreach (var target in new[] { null, "abc" })
        {
            yield return Case($"instance call on {target ?? "null"}", Expression.Call(Side("target", typeof(string), target), typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, Side("argument", typeof(string), "b")));
        }

        yield return Case("array of 3", Expression.ArrayLength(Expression.NewArrayBounds(typeof(string), Side("length", typeof(int), 3))), refused: true);
        yield return Case("item of an array", Expression.ArrayIndex(Expression.NewArrayBounds(typeof(string), Side("length", typeof(int), 3)), Side("index", typeof(int), 1)));
        yield return Case("item past an array", Expression.ArrayIndex(Expression.NewArrayBounds(typeof(string), Side("length", typeof(int), 3)), Side("index", typeof(int), 3)));

        // Trees whose parts are written out of the order they run in, or folded, or bound otherwise, unless the writer takes care.
        var text = Expression.Variable(typeof(string), "text");
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        yield return Case("assignment read first by the receiver", Expression.Block([text],
            Expression.Assign(text, Expression.Constant("zzz")),
            Expression.Block(Expression.Assign(text, Expression.Constant("abc")), Expression.Call(text, contains, text))));
        yield return Case("assignment read first by an effect", Expression.Block([text],
            Expression.Assign(text, Expression.Constant("abc")),
            Expression.Block(Expression.Property(text, nameof(string.Length)), Expression.Property(text, nameof(string.Length)))));
        yield return Case("int.MinValue / -1 of constants", Expression.Divide(Expression.Constant(int.MinValue), Expression.Constant(-1)), refused: true);
        yield return Case("int.MinValue % -1 of constants", Expression.Modulo(Expression.Constant(int.MinValue), Expression.Constant(-1)), refused: true);
        var wide = Expression.Convert(Expression.Constant(long.MaxValue), typeof(Int128));
        var square = Expression.Multiply(wide, wide);
        yield return Case("Int128 AddChecked through its op_Addition", Expression.AddChecked(square, square));
        yield return Case("Int128 ConvertChecked through its op_Explicit", Expression.ConvertChecked(Expression.Add(square, square), typeof(long)));
        yield return Case("a member a derived type hides", Expression.Property(Expression.Field(holder, nameof(Holder.Derived)), typeof(Base).GetProperty(nameof(Base.Value))!));
        yield return Case("a member of the derived type", Expression.Property(Expression.Field(holder, nameof(Holder.Derived)), typeof(Derived).GetProperty(nameof(Derived.Value))!));
        yield return Case("a text typed object, to an overload", Expression.Call(typeof(Overloads).GetMethod(nameof(Overloads.Which), [typeof(object)])!, Expression.Constant("a", typeof(object))), refused: true);
        var boxed = Expression.Constant(3, typeof(object));
        yield return Case("one boxed constant compared with itself", Expression.ReferenceEqual(boxed, boxed), refused: true);
        yield return Case("decimal negative zero", Expression.Call(typeof(decimal).GetMethod(nameof(decimal.IsNegative))!, Expression.Constant(new decimal(0, 0, 0, true, 1))), refused: true);
        var counter = Expression.Field(holder, nameof(Holder.Counter));
        yield return Case("an interface method on a struct", Expression.Block(
            Expression.Call(counter, typeof(IBump).GetMethod(nameof(IBump.Bump))!),
            Expression.Field(counter, nameof(Counter.Count))), refused: true);
        yield return Case("a struct's own method on a field", Expression.Block(
            Expression.Call(counter, typeof(Counter).GetMethod(nameof(Counter.Bump))!),
            Expression.Field(counter, nameof(Counter.Count))));
    }

    /// <summary>What a tree may read besides the log and the dates.</summary>
    public sealed class Holder
    {
        public Derived Derived = new();
        public Counter Counter;
    }

    public class Base
    {
        public int Value => 1;
    }

    public sealed class Derived : Base
    {
        public new int Value => 2;
    }

    public static class Overloads
    {
        public static string Which(object value) => "object";

        public static string Which(string value) => "string";
    }

    public interface IBump
    {
        int Bump();
    }

    public struct Counter : IBump
    {
        public int Count;

        public int Bump() => ++Count;
    }

    [Fact]
    public void Write_TreeWithoutFaithfulCSharp_WritesNothing_AndItsCheckIsCompiled()
    {
        var x = Expression.Parameter(typeof(int), "x");
        var loop = Expression.Lambda<Func<int, int>>(Expression.Loop(Expression.Break(Expression.Label(typeof(int)), x), Expression.Label(typeof(int))), x);
        var nested = Expression.Lambda<Func<int, Func<int>>>(Expression.Lambda<Func<int>>(x), x);
        var objectConstant = Expression.Lambda<Func<int, object>>(Expression.Constant(new object()), x);
        var liftedToNull = Expression.Lambda<Func<int?, bool?>>(
            Expression.LessThan(Expression.Parameter(typeof(int?), "n"), Expression.Constant(1, typeof(int?)), liftToNull: true, method: null),
            Expression.Parameter(typeof(int?), "n"));

        Assert.Null(CSharpWriter.Write(loop));
        Assert.Null(CSharpWriter.Write(nested));
        Assert.Null(CSharpWriter.Write(objectConstant));
        Assert.Null(CSharpWriter.Write(liftedToNull));
        Assert.Null(PrecompiledChecks.Find(loop));
    }

    [Fact]
    public void Write_SameTreeTwice_WritesTheSameText_AndAnotherConstantAnotherText()
    {
        var workflow = TestData.Engine.Pack.For(2024).Application;
        var tree = workflow.FusedTree!;
        var bodies = workflow.Rules.Select(r => r.Body).ToList();
        bodies[1] = Expression.OrElse(bodies[1], Expression.Constant(false));

        Assert.Equal(CSharpWriter.Write(tree), CSharpWriter.Write(workflow.FusedTree!));
        Assert.NotEqual(CSharpWriter.Write(tree), CSharpWriter.Write(new ExpressionCompiler<ApplicationScope>().FusedTree(bodies)));
        Assert.Null(PrecompiledChecks.Find(new ExpressionCompiler<ApplicationScope>().FusedTree(bodies)));
    }
}
