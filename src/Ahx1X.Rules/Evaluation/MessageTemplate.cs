using System.Text;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// A message with <c>{expression}</c> placeholders, such as
/// "申报人数 {application.Candidates} 人". Placeholders are parsed and checked when the pack
/// loads; <see cref="MessageRenderer"/> compiles a rule's two messages into one typed renderer. <c>{{</c> and <c>}}</c> write braces. A value
/// that is still a placeholder (<see cref="Model.IPlaceholderValue"/>) is followed by
/// <see cref="PlaceholderMark"/>, once: after the last placeholder of the message that reads it.
/// </summary>
internal sealed class MessageTemplate<TScope>
{
    private MessageTemplate(Part[] parts, IReadOnlyList<FactPath> paths)
    {
        Parts = parts;
        Paths = paths;
    }

    /// <summary>Gets the pieces of the message, in order.</summary>
    public IReadOnlyList<Part> Parts { get; }

    /// <summary>Gets the facts the placeholders read.</summary>
    public IReadOnlyList<FactPath> Paths { get; }

    /// <summary>Parses <paramref name="text"/>; adds an error per bad placeholder and returns null if any.</summary>
    public static MessageTemplate<TScope>? Parse(string text, ExpressionCompiler<TScope> compiler, List<(string Code, string Message)> errors)
    {
        var parts = new List<Part>();
        var paths = new List<FactPath>();
        var literal = new StringBuilder();
        var ok = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                errors.Add((ProblemCodes.ExpressionSyntax, $"The message \"{text}\" has a \"}}\" with no \"{{\" before it; write \"}}}}\" for a literal brace."));
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                errors.Add((ProblemCodes.ExpressionSyntax, $"The message \"{text}\" opens a placeholder with \"{{\" that is never closed."));
                return null;
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(literal.ToString(), null, null, []));
                literal.Clear();
            }

            var expression = text[(i + 1)..end].Trim();
            if (expression.Length > RuleModel.RuleDefinition.MaxExpressionLength)
            {
                // The parser recurses once per nesting level: an unbounded placeholder can overflow the stack.
                errors.Add((ProblemCodes.InvalidValue,
                    $"A placeholder of the message is {expression.Length} characters long; at most {RuleModel.RuleDefinition.MaxExpressionLength} are allowed. Shorten it."));
                ok = false;
                i = end;
                continue;
            }

            var parsed = compiler.Parse(expression, null, out var code, out var error);
            if (parsed is null)
            {
                errors.Add((code!, $"In a message placeholder: {error}"));
                ok = false;
            }
            else if (!IsShown(parsed.Body.Type))
            {
                // A whole object would be shown by its ToString(), which follows the culture and the type's own code.
                errors.Add((ProblemCodes.ForbiddenMember,
                    $"The message placeholder \"{{{expression}}}\" shows a whole {parsed.Body.Type.Name}, which has no fixed text; show one of its values, such as a date, a number or a name."));
                ok = false;
            }
            else
            {
                // Checked now, compiled when a finding first needs it: most messages are never shown.
                parts.Add(new Part(null, expression, parsed.Body, PlaceholderMark.Owners(parsed.Body)));
                paths.AddRange(parsed.Paths);
            }

            i = end;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), null, null, []));
        }

        return ok ? new MessageTemplate<TScope>(parts.ToArray(), paths) : null;
    }

    /// <summary>Returns true for the types messages show as fixed text: texts, numbers, yes/no, dates, named values, and lists of them.</summary>
    private static bool IsShown(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string) || underlying.IsEnum || underlying.IsPrimitive || underlying == typeof(decimal)
            || underlying == typeof(NodaTime.LocalDate) || underlying == typeof(NodaTime.YearMonth))
        {
            return true;
        }

        var items = underlying.IsArray
            ? underlying.GetElementType()
            : underlying.GetInterfaces().Append(underlying).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return items is not null && IsShown(items);
    }

    /// <summary>One piece of a message: literal text, or a placeholder (its text and parsed body) with the values it reads that may be placeholders.</summary>
    internal sealed record Part(string? Literal, string? Text, System.Linq.Expressions.Expression? Body, IReadOnlyList<(string Key, System.Linq.Expressions.Expression Owner)> Owners);
}
