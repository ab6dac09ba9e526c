using System.Linq.Expressions;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Packs.Compilation;
using Ahx1X.Rules.Steps;

namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>
/// What <see cref="CSharpWriter"/> writes: nothing for a tree it has no faithful C# for, and a text
/// that is a function of the tree, so a tree that differs in anything writes another.
/// </summary>
public sealed class CSharpWriterTests
{
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
