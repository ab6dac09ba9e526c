using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Writes lint's findings as a SARIF 2.1.0 log, which code hosts and editors show inline: one
/// result per problem, its rule id the problem code (every code of <see cref="ProblemCodes"/> is
/// a rule of the tool), its position the file, line and column, and its JSON path as the
/// logical location; each placeholder still in force is a note.
/// </summary>
internal static partial class LintSarif
{
    /// <summary>The rule id of a placeholder still in force, which is not a problem.</summary>
    public const string PlaceholderRule = "placeholder";

    public static JsonObject Of(IReadOnlyList<Problem> problems, IReadOnlyList<PlaceholderInForce> placeholders, Func<string, string> relative)
    {
        var results = new JsonArray();
        foreach (var problem in problems)
        {
            results.Add(Result(problem.Code, "error", problem.Message, relative(problem.File), problem.Line, problem.Column, problem.JsonPath));
        }

        foreach (var placeholder in placeholders)
        {
            results.Add(Result(PlaceholderRule, "note", $"Placeholder {placeholder.Parameter} is still in force; once the provincial office sets it, write its value and \"placeholder\": false.",
                relative(placeholder.File), placeholder.Line, placeholder.Column, placeholder.Parameter.JsonPath));
        }

        return new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "ahx1x",
                        ["semanticVersion"] = Version(),
                        ["rules"] = Rules(),
                    },
                },
                ["results"] = results,
            }),
        };
    }

    private static JsonObject Result(string rule, string level, string message, string file, int line, int column, string path)
    {
        var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = Uri(file) } };
        if (line > 0)
        {
            physical["region"] = column > 0 ? new JsonObject { ["startLine"] = line, ["startColumn"] = column } : new JsonObject { ["startLine"] = line };
        }

        var location = new JsonObject { ["physicalLocation"] = physical };
        if (!string.IsNullOrEmpty(path))
        {
            location["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = path, ["kind"] = "member" });
        }

        return new JsonObject
        {
            ["ruleId"] = rule,
            ["level"] = level,
            ["message"] = new JsonObject { ["text"] = message },
            ["locations"] = new JsonArray(location),
        };
    }

    /// <summary>Returns every problem code as a rule, named from its constant (<c>UnknownMember</c> is "Unknown member").</summary>
    private static JsonArray Rules()
    {
        var rules = new JsonArray();
        foreach (var field in typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).OrderBy(f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal))
        {
            var words = Words().Replace(field.Name, " $1").ToLowerInvariant();
            rules.Add(new JsonObject
            {
                ["id"] = (string)field.GetRawConstantValue()!,
                ["name"] = field.Name,
                ["shortDescription"] = new JsonObject { ["text"] = char.ToUpperInvariant(words[0]) + words[1..] },
            });
        }

        rules.Add(new JsonObject
        {
            ["id"] = PlaceholderRule,
            ["name"] = "Placeholder",
            ["shortDescription"] = new JsonObject { ["text"] = "An edition value still marked as a placeholder, to be set by the provincial office" },
            ["defaultConfiguration"] = new JsonObject { ["level"] = "note" },
        });
        return rules;
    }

    /// <summary>Returns a file as a relative URI reference with forward slashes, each segment escaped.</summary>
    private static string Uri(string file) =>
        (Path.IsPathRooted(file) ? "file://" : "") + string.Join('/', file.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));

    private static string Version() =>
        typeof(LintSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();
}
