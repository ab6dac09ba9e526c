using System.Linq.Expressions;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// Rewrites integer addition, subtraction, multiplication, negation and narrowing conversions
/// to their checked forms, so that <c>application.Candidates * 50000</c> on a large count
/// throws <see cref="OverflowException"/> (the rule fails, the outcome is indeterminate)
/// instead of wrapping round to a negative number that a comparison may let through.
/// </summary>
internal sealed class CheckedArithmetic : ExpressionVisitor
{
    private static readonly CheckedArithmetic Instance = new();

    private CheckedArithmetic()
    {
    }

    /// <summary>Returns <paramref name="expression"/> with its integer arithmetic checked.</summary>
    public static Expression Rewrite(Expression expression) => Instance.Visit(expression);

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var visited = (BinaryExpression)base.VisitBinary(node);
        if (visited.Method is not null || !IsInteger(visited.Left.Type))
        {
            return visited;
        }

        return visited.NodeType switch
        {
            ExpressionType.Add => Expression.AddChecked(visited.Left, visited.Right),
            ExpressionType.Subtract => Expression.SubtractChecked(visited.Left, visited.Right),
            ExpressionType.Multiply => Expression.MultiplyChecked(visited.Left, visited.Right),
            _ => visited,
        };
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var visited = (UnaryExpression)base.VisitUnary(node);
        if (visited.Method is not null)
        {
            return visited;
        }

        return visited.NodeType switch
        {
            ExpressionType.Negate when IsInteger(visited.Operand.Type) => Expression.NegateChecked(visited.Operand),
            ExpressionType.Convert when IsInteger(visited.Type) && IsNumber(visited.Operand.Type) => Expression.ConvertChecked(visited.Operand, visited.Type),
            _ => visited,
        };
    }

    private static bool IsInteger(Type type) =>
        Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) is TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16
            or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64
        && !(Nullable.GetUnderlyingType(type) ?? type).IsEnum;

    private static bool IsNumber(Type type) =>
        IsInteger(type) || Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) is TypeCode.Single or TypeCode.Double or TypeCode.Decimal;
}
