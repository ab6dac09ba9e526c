using System.Linq.Expressions;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>A rule's test of a record for null is made by reference, never through the record's <c>==</c> and <c>Equals</c>, with the same answer.</summary>
public sealed class NullTestTests
{
    [Theory]
    [InlineData(ExpressionType.Equal)]
    [InlineData(ExpressionType.NotEqual)]
    public void RecordComparedWithNull_IsTestedByReference_WithTheSameAnswer(ExpressionType kind)
    {
        var institution = Expression.Parameter(typeof(Institution), "institution");
        var nothing = Expression.Constant(null, typeof(Institution));
        var compared = (BinaryExpression)Expression.MakeBinary(kind, institution, nothing);
        Assert.NotNull(compared.Method);

        var rewritten = NullTest.ByReference(compared);

        Assert.Null(((BinaryExpression)rewritten).Method);
        var before = Expression.Lambda<Func<Institution?, bool>>(compared, institution).Compile();
        var after = Expression.Lambda<Func<Institution?, bool>>(rewritten, institution).Compile();
        Assert.Equal(before(null), after(null));
        Assert.Equal(before(TestData.Institution), after(TestData.Institution));
    }

    [Fact]
    public void RecordsComparedWithEachOther_KeepTheirEquality()
    {
        var left = Expression.Parameter(typeof(Institution), "left");
        var right = Expression.Parameter(typeof(Institution), "right");
        var compared = Expression.Equal(left, right);

        Assert.Same(compared, NullTest.ByReference(compared));
    }

    [Fact]
    public void NullableValue_IsTestedByHasValue()
    {
        var candidates = Expression.Parameter(typeof(int?), "candidates");

        var test = Expression.Lambda<Func<int?, bool>>(NullTest.IsNull(candidates), candidates).Compile();

        Assert.True(test(null));
        Assert.False(test(0));
    }
}
