using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// Renders typed values as <see cref="FactText.Value"/> does, with one method per type so that a
/// compiled finding renders a number or a date without boxing it. <see cref="Render"/> picks the
/// method when the finding is compiled; any other type falls back to <see cref="FactText.Value"/>.
/// </summary>
internal static class TypedText
{
    private static readonly MethodInfo FallbackMethod = typeof(FactText).GetMethod(nameof(FactText.Value))!;

    private static readonly MethodInfo EnumMethod = typeof(TypedText).GetMethod(nameof(Enum), BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>Returns the text of a value that is not given.</summary>
    public static string NotGiven(bool chinese) => FactText.Value(null, chinese);

    /// <summary>
    /// Returns an expression that renders <paramref name="value"/> (of any type) in the language
    /// asked for, "not given" when it is null.
    /// </summary>
    public static Expression Render(Expression value, bool chinese)
    {
        var type = value.Type;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return ValueOr(value, underlying, chinese, Expression.Constant(NotGiven(chinese)));
        }

        if (!type.IsValueType)
        {
            var variable = Expression.Variable(type);
            return Expression.Block(
                typeof(string),
                [variable],
                Expression.Assign(variable, value),
                Expression.Condition(
                    NullTest.IsNull(variable),
                    Expression.Constant(NotGiven(chinese)),
                    RenderValue(variable, type, chinese)));
        }

        return RenderValue(value, type, chinese);
    }

    /// <summary>
    /// Returns an expression that renders <paramref name="value"/> as a text that is the same in both
    /// languages, or null (the text) when the value is null; returns null (no expression) when the
    /// type's text depends on the language (yes/no, named values, lists), so a message renders such
    /// a value once for both its languages.
    /// </summary>
    public static Expression? RenderNeutral(Expression value)
    {
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (type != typeof(string) && type != typeof(int) && type != typeof(long) && type != typeof(decimal)
            && type != typeof(double) && type != typeof(LocalDate) && type != typeof(YearMonth))
        {
            return null;
        }

        if (type == typeof(string))
        {
            return value;
        }

        if (Nullable.GetUnderlyingType(value.Type) is null)
        {
            return RenderValue(value, type, chinese: false);
        }

        return ValueOr(value, type, chinese: false, Expression.Constant(null, typeof(string)));
    }

    /// <summary>Renders the nullable <paramref name="value"/>'s value, read once, or gives <paramref name="otherwise"/> when it has none.</summary>
    private static Expression ValueOr(Expression value, Type underlying, bool chinese, Expression otherwise)
    {
        var variable = Expression.Variable(value.Type);
        return Expression.Block(
            typeof(string),
            [variable],
            Expression.Assign(variable, value),
            Expression.Condition(
                Expression.Property(variable, nameof(Nullable<int>.HasValue)),
                RenderValue(Expression.Property(variable, nameof(Nullable<int>.Value)), underlying, chinese),
                otherwise));
    }

    /// <summary>Renders a value known not to be null.</summary>
    private static Expression RenderValue(Expression value, Type type, bool chinese)
    {
        if (type == typeof(string))
        {
            return value;
        }

        if (type.IsEnum)
        {
            return Expression.Call(EnumMethod.MakeGenericMethod(type), value, Expression.Constant(chinese));
        }

        if (typeof(TypedText).GetMethod(nameof(Text), BindingFlags.Public | BindingFlags.Static, [type, typeof(bool)]) is { } typed)
        {
            return Expression.Call(typed, value, Expression.Constant(chinese));
        }

        // Lists and anything rarer: the general renderer, which a reference type reaches unboxed.
        return Expression.Call(FallbackMethod, Expression.Convert(value, typeof(object)), Expression.Constant(chinese));
    }

    public static string Text(bool value, bool chinese) => chinese ? (value ? "是" : "否") : (value ? "yes" : "no");

    public static string Text(int value, bool chinese) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(long value, bool chinese) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(decimal value, bool chinese) => Rules.Text.Format.Number(value);

    public static string Text(double value, bool chinese) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Text(LocalDate value, bool chinese) => Rules.Text.Format.Date(value);

    public static string Text(YearMonth value, bool chinese) => YearMonthPattern.Iso.Format(value);

    /// <summary>Renders the model's enums from their vocabulary without boxing; any other enum as <see cref="FactText.Value"/> does.</summary>
    public static string Enum<TEnum>(TEnum value, bool chinese)
        where TEnum : struct, System.Enum
    {
        if (typeof(TEnum) == typeof(Season))
        {
            return Vocabularies.Season.Text(Unsafe.As<TEnum, Season>(ref value), chinese);
        }

        if (typeof(TEnum) == typeof(CertificateLevel))
        {
            return Vocabularies.Level.Text(Unsafe.As<TEnum, CertificateLevel>(ref value), chinese);
        }

        if (typeof(TEnum) == typeof(InstitutionKind))
        {
            return Vocabularies.InstitutionKind.Text(Unsafe.As<TEnum, InstitutionKind>(ref value), chinese);
        }

        return typeof(TEnum) == typeof(SenderKind)
            ? Vocabularies.SenderKind.Text(Unsafe.As<TEnum, SenderKind>(ref value), chinese)
            : FactText.Value(value, chinese);
    }
}
