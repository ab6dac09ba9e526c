using System.Text;
using System.Text.RegularExpressions;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Tests.Demo;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>
/// Mutates the expressions of the shipped rules (deletes, inserts and duplicates characters,
/// swaps quotes, changes operators and literals, splices in pieces of other rules) and checks
/// that loading the pack either succeeds or throws <see cref="RulePackException"/> naming the
/// rule, and that a pack that loads judges the compliant application without an exception
/// escaping. Seeded, so a failure repeats. <see cref="MessagePlaceholderFuzzTests"/> does the
/// same to message placeholders, in a class of its own so the two run side by side: 3,000 cases per run.
/// </summary>
public sealed class ExpressionFuzzTests
{
    internal const int Cases = 1500;

    private static readonly Lazy<IReadOnlyList<PackFile>> Shipped = new(() => RulePack.ReadDirectory(Repository.PathOf("rules")));

    private static readonly string[] Inserted =
    [
        "'", "\"", "\\", "(", ")", "[", "]", "{", "}", ".", ",", "=", "!", "<", ">", "&", "|", "+", "-", "*", "/", "%", "?", ":",
        "=>", "0", "9", "1e400", "2147483647", "m", "x", " ", "\t", "\n", "\0", "字", "\uD800", "\uFFFF", "@", "$", "#", "`",
        "true", "null", "new", "it", "np(", "as", "is", "\"yes\"", "'\\'", "'ab'", "\"\\u", "0x", "1.5.5", "..", "::",
    ];

    private static readonly (string From, string To)[] Replacements =
    [
        ("==", "="), ("==", "!="), ("&&", "&"), ("||", "|"), ("true", "\"yes\""), ("true", "1"), ("true", "null"), ("\"", "'"),
        ("'", "\""), (".", "?."), ("(", ""), (")", ""), ("Value", "HasValue"), ("Date", "Year"), ("<=", "<"), (">=", "=>"),
        ("Contains", "All"), ("Any()", "Any(x => x)"), ("1", "99999999999999999999"), ("0", "-0.0"),
    ];

    internal enum Part
    {
        Expression,
        Placeholder,
    }

    [Fact]
    public void Load_MutatedExpression_LoadsOrThrowsRulePackExceptionOnly() => Fuzz(Part.Expression, seed: 20240322);

    internal static void Fuzz(Part part, int seed)
    {
        var random = new Random(seed);
        var workflows = Shipped.Value.Where(f => f.Path.StartsWith("2024/workflows/", StringComparison.Ordinal)).ToArray();
        var pieces = workflows.SelectMany(w => ((JArray)JObject.Parse(w.Text)["Rules"]!).Select(r => (string)r["Expression"]!)).ToArray();
        var escaped = new List<string>();
        int loaded = 0, refused = 0;
        for (var i = 0; i < Cases && escaped.Count < 5; i++)
        {
            var file = workflows[random.Next(workflows.Length)];
            var root = JObject.Parse(file.Text);
            var rule = (JObject)((JArray)root["Rules"]!)[random.Next(((JArray)root["Rules"]!).Count)];
            var mutated = part == Part.Expression
                ? MutateExpression(rule, random, pieces)
                : MutatePlaceholder(rule, random, pieces);
            var files = Shipped.Value.Select(f => f == file ? f with { Text = root.ToString() } : f).ToList();
            try
            {
                var engine = new PolicyEngine(RulePackLoader.Load(files, "fuzz"));
                loaded++;
                engine.Evaluate(TestData.Request());
            }
            catch (RulePackException ex)
            {
                refused++;
                if (!ex.Problems.Any(p => p.Subject == (string)rule["RuleName"]! && p.Line > 0))
                {
                    escaped.Add($"{mutated}: refused without naming the rule: {ex.Message}");
                }
            }
            catch (Exception ex)
            {
                escaped.Add($"{mutated}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(escaped.Count == 0, string.Join(Environment.NewLine, escaped));
        // Most mutations break the text; some must still load, or the check would prove nothing about loading.
        Assert.True(loaded > 0 && refused > Cases / 2, $"{loaded} loaded, {refused} refused");
    }

    private static string MutateExpression(JObject rule, Random random, string[] pieces)
    {
        var mutated = Mutate((string)rule["Expression"]!, random, pieces);
        rule["Expression"] = mutated;
        return mutated;
    }

    /// <summary>Mutates one placeholder of the English message, adding one when the message has none.</summary>
    private static string MutatePlaceholder(JObject rule, Random random, string[] pieces)
    {
        var message = rule["Properties"]!["message"]!;
        var english = (string)message["en"]!;
        var placeholders = Regex.Matches(english, @"\{([^{}]*)\}");
        string mutated;
        if (placeholders.Count == 0)
        {
            mutated = Mutate(pieces[random.Next(pieces.Length)], random, pieces);
            english += " {" + mutated + "}";
        }
        else
        {
            var chosen = placeholders[random.Next(placeholders.Count)].Groups[1];
            mutated = Mutate(chosen.Value, random, pieces);
            english = english[..chosen.Index] + mutated + english[(chosen.Index + chosen.Length)..];
        }

        message["en"] = english;
        return "{" + mutated + "}";
    }

    /// <summary>Applies one to three edits to <paramref name="text"/>.</summary>
    private static string Mutate(string text, Random random, string[] pieces)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(6))
            {
                case 0 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(random.Next(1, 4), builder.Length - Math.Min(at, builder.Length - 1)));
                    break;
                case 1:
                    builder.Insert(at, Inserted[random.Next(Inserted.Length)]);
                    break;
                case 2 when at < builder.Length:
                    var length = Math.Min(random.Next(1, 12), builder.Length - at);
                    builder.Insert(at, builder.ToString(at, length));
                    break;
                case 3:
                    var (from, to) = Replacements[random.Next(Replacements.Length)];
                    var found = builder.ToString().IndexOf(from, StringComparison.Ordinal);
                    if (found >= 0)
                    {
                        builder.Remove(found, from.Length).Insert(found, to);
                    }

                    break;
                case 4:
                    var piece = pieces[random.Next(pieces.Length)];
                    var start = random.Next(piece.Length);
                    builder.Insert(at, piece[start..Math.Min(piece.Length, start + random.Next(1, 30))]);
                    break;
                default:
                    builder.Insert(at, new[] { " && ", " || ", " + ", " * 50000", ".ToString()", ".Length", "!" }[random.Next(7)]);
                    break;
            }
        }

        return builder.ToString();
    }
}

/// <summary>Mutates message placeholders as <see cref="ExpressionFuzzTests"/> mutates expressions, with the same checks.</summary>
public sealed class MessagePlaceholderFuzzTests
{
    [Fact]
    public void Load_MutatedMessagePlaceholder_LoadsOrThrowsRulePackExceptionOnly() =>
        ExpressionFuzzTests.Fuzz(ExpressionFuzzTests.Part.Placeholder, seed: 20240402);
}
