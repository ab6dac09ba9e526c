using System.Linq.Expressions;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Tests a value for null the cheapest way that means the same: by reference for a class, since
/// <c>Expression.Equal</c> would call a record's <c>==</c> operator and through it its virtual
/// <c>Equals</c>, for the same answer; by <c>HasValue</c> for a nullable value.
/// </summary>
internal static class NullTest
{
    /// <summary>Returns the test that <paramref name="value"/> is null.</summary>
    public static Expression IsNull(Expression value) => value.Type.IsValueType
        ? Expression.Equal(value, Expression.Constant(null, value.Type))
        : Expression.ReferenceEqual(value, Expression.Constant(null, value.Type));

    /// <summary>Returns the test that <paramref name="value"/> is not null.</summary>
    public static Expression IsNotNull(Expression value) => value.Type.IsValueType
        ? Expression.NotEqual(value, Expression.Constant(null, value.Type))
        : Expression.ReferenceNotEqual(value, Expression.Constant(null, value.Type));

    /// <summary>
    /// Returns <paramref name="node"/>, a rule's own <c>x == null</c> or <c>x != null</c> on a class with an
    /// equality operator (a record's), as the same test by reference; any other comparison as it is.
    /// </summary>
    public static Expression ByReference(BinaryExpression node)
    {
        if (node.Method is null || node.NodeType is not (ExpressionType.Equal or ExpressionType.NotEqual))
        {
            return node;
        }

        var value = IsNullConstant(node.Right) ? node.Left : IsNullConstant(node.Left) ? node.Right : null;
        if (value is null || value.Type.IsValueType)
        {
            return node;
        }

        return node.NodeType == ExpressionType.Equal ? IsNull(value) : IsNotNull(value);
    }

    private static bool IsNullConstant(Expression expression) =>
        expression is ConstantExpression { Value: null } || expression is UnaryExpression { NodeType: ExpressionType.Convert, Operand: ConstantExpression { Value: null } };
}
