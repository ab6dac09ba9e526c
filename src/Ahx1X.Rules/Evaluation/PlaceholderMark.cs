using System.Linq.Expressions;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// Marks a value in a message that is still a placeholder, so nobody reads it as the notice's:
/// a placeholder of the message that reads a member of an <see cref="IPlaceholderValue"/> (a
/// threshold staff have not set yet) is followed by this mark.
/// </summary>
internal static class PlaceholderMark
{
    private static readonly string Chinese = "（" + PlaceholderParameter.Mark.Zh + "）";

    private static readonly string English = " (" + PlaceholderParameter.Mark.En + ")";

    /// <summary>Returns the mark as it follows a value, in the language asked for.</summary>
    public static string In(bool chinese) => chinese ? Chinese : English;

    /// <summary>Returns every distinct value of <paramref name="body"/> whose member it reads and that may be a placeholder, keyed by its text.</summary>
    public static IReadOnlyList<(string Key, Expression Owner)> Owners(Expression body)
    {
        var finder = new Finder();
        finder.Visit(body);
        return finder.Found;
    }

    private sealed class Finder : ExpressionVisitor
    {
        public List<(string Key, Expression Owner)> Found { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is { } owner && typeof(IPlaceholderValue).IsAssignableFrom(owner.Type)
                && owner.ToString() is var key && Found.TrueForAll(f => f.Key != key))
            {
                Found.Add((key, owner));
            }

            return base.VisitMember(node);
        }
    }
}
