using System.Text;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// A message with <c>{expression}</c> placeholders, such as
/// "申报人数 {application.Candidates} 人". Placeholders are parsed and checked when the pack
/// loads and evaluated only when the rule fires. <c>{{</c> and <c>}}</c> write braces. A value
/// that is still a placeholder (<see cref="Model.IPlaceholderValue"/>) is followed by
/// <see cref="PlaceholderMark"/>, once: after the last placeholder of the message that reads it.
/// </summary>
internal sealed class MessageTemplate<TScope>
{
    private readonly Part[] _parts;

    private MessageTemplate(Part[] parts, IReadOnlyList<FactPath> paths)
    {
        _parts = parts;
        Paths = paths;
    }

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
                parts.Add(new Part(literal.ToString(), null, []));
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
                var owners = PlaceholderMark.Owners(parsed.Body)
                    .Select(o => (o.Key, new Lazy<Func<TScope, object?>>(() => compiler.Compile<object?>(o.Owner))))
                    .ToArray();
                parts.Add(new Part(null, new Lazy<Func<TScope, object?>>(() => compiler.Compile<object?>(parsed.Body)), owners));
                paths.AddRange(parsed.Paths);
            }

            i = end;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), null, []));
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

    private static object? Read(Lazy<Func<TScope, object?>> value, TScope scope)
    {
        try
        {
            return value.Value(scope);
        }
        catch (NullReferenceException)
        {
            // An input the rule tests as a whole (such as "cityReview == null") may be absent;
            // the message then shows it as not given; the rule's verdict was decided before.
            return null;
        }
    }

    /// <summary>Fills the placeholders from <paramref name="scope"/>, marking each value still a placeholder.</summary>
    public string Render(TScope scope, bool chinese)
    {
        // From the end, so the mark follows the last use of a placeholder value, not every one.
        var marked = new bool[_parts.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = _parts.Length - 1; i >= 0; i--)
        {
            foreach (var (key, owner) in _parts[i].Owners)
            {
                if (Read(owner, scope) is IPlaceholderValue { IsPlaceholder: true } && seen.Add(key))
                {
                    marked[i] = true;
                }
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < _parts.Length; i++)
        {
            var (literal, value, _) = _parts[i];
            text.Append(literal ?? FactText.Value(Read(value!, scope), chinese));
            if (marked[i])
            {
                text.Append(PlaceholderMark.In(chinese));
            }
        }

        return text.ToString();
    }

    /// <summary>One piece of a message: literal text, or a value with the values it reads that may be placeholders.</summary>
    private sealed record Part(string? Literal, Lazy<Func<TScope, object?>>? Value, (string Key, Lazy<Func<TScope, object?>> Owner)[] Owners);
}
