using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.Packs.Writing;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Puts every JSON file of a rules folder (editions, workflows, catalogues, scenarios; not the
/// JSON Schemas) in canonical form: the member order of the library's canonical writer, a
/// two-space indent, one member per line in a container that spans lines, and each rule of a
/// workflow a block of its own. Formatting changes layout and order only: the formatted text is
/// read back and must hold the same values, and members the writer does not know keep their place.
/// </summary>
public static class RulesFormatter
{
    /// <summary>Checks, and with <paramref name="write"/> rewrites, the JSON files of <paramref name="folder"/>.</summary>
    /// <param name="folder">A folder of editions (such as <c>rules/</c>) or one edition folder.</param>
    /// <param name="write">True to rewrite each file not in canonical form; false only to list them.</param>
    public static FormatResult Format(string folder, bool write)
    {
        IReadOnlyList<PackFile> files;
        try
        {
            files = RulePack.ReadDirectory(folder);
        }
        catch (RulePackException ex)
        {
            return new FormatResult(false, [], ex.Problems);
        }

        var problems = new ProblemList();
        var changed = new List<string>();
        foreach (var file in files.Where(f => PackFiles.IsJson(f.Path) && !f.Path.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            if (FormatText(file.Text, file.Path, problems) is { } formatted && formatted != file.Text)
            {
                var path = Path.Combine(folder, file.Path);
                changed.Add(path);
                if (write)
                {
                    File.WriteAllText(path, formatted);
                }
            }
        }

        return new FormatResult(true, changed, problems.Items.Select(p => p.Under(folder)).ToArray());
    }

    /// <summary>Returns the canonical text of one file, or null (with its problem) when it is not JSON.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file's path in the pack, with <c>/</c> between folders; it tells an edition or a workflow.</param>
    /// <param name="problems">Receives the syntax problem of a file that is not JSON.</param>
    internal static string? FormatText(string text, string path, ProblemList problems)
    {
        var root = ParseRepairingCommas(ref text, path, problems);
        if (root is null)
        {
            return null;
        }

        var workflow = path.Split('/')[..^1].Contains(PackReader.WorkflowFolder.TrimEnd('/'), StringComparer.Ordinal);
        var formatted = CanonicalJson.Write(root, Template(text, path, workflow), token => workflow && IsRuleBlock(token));
        // Layout and order only: the values must read back the same, or the file is left alone.
        return JToken.DeepEquals(root, JsonText.Parse(formatted, path, new ProblemList()))
            ? formatted
            : throw new InvalidOperationException($"Formatting {path} would change its values; the file was left as it is.");
    }

    /// <summary>
    /// Parses <paramref name="text"/>, first removing each trailing comma (the one a member or
    /// item deleted by hand leaves); any other syntax problem is reported and nothing is changed.
    /// </summary>
    private static JToken? ParseRepairingCommas(ref string text, string path, ProblemList problems)
    {
        while (true)
        {
            var attempt = new ProblemList();
            if (JsonText.Parse(text, path, attempt) is { } root)
            {
                return root;
            }

            if (attempt.Items is [var only] && TrailingComma(text, only) is { } comma)
            {
                text = text.Remove(comma, 1);
                continue;
            }

            foreach (var problem in attempt.Items)
            {
                problems.Add(problem);
            }

            return null;
        }
    }

    /// <summary>Returns the offset of the comma <paramref name="problem"/> points at when only white space follows it before a closing bracket; null otherwise.</summary>
    private static int? TrailingComma(string text, Problem problem)
    {
        var lineStart = 0;
        for (var line = 1; line < problem.Line && lineStart >= 0; line++)
        {
            lineStart = text.IndexOf('\n', lineStart) is var next and >= 0 ? next + 1 : -1;
        }

        var at = lineStart + problem.Column - 1;
        if (lineStart < 0 || problem.Column < 1 || at >= text.Length || text[at] != ',')
        {
            return null;
        }

        var after = at + 1;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        return after < text.Length && text[after] is ']' or '}' ? at : null;
    }

    /// <summary>Returns the canonical writer's text of the same definitions, whose member order the file takes; null when the file is not an edition or workflow, or does not read.</summary>
    private static JToken? Template(string text, string path, bool workflow)
    {
        // Problems of meaning are lint's to report; the formatter only orders what it can read.
        var ignored = new ProblemList();
        string? canonical = null;
        if (workflow)
        {
            canonical = PackReader.ReadWorkflow(text, path, ignored) is { } definition ? PackWriter.Workflow(definition) : null;
        }
        else if (Path.GetFileName(path) == PackReader.EditionFile)
        {
            var draft = PackReader.ReadEdition("", new Dictionary<string, string> { [PackReader.EditionFile] = text }, ignored);
            canonical = draft.Edition is { } edition ? PackWriter.Edition(edition) : null;
        }

        return canonical is null ? null : JToken.Parse(canonical);
    }

    /// <summary>Returns whether <paramref name="token"/> is one rule of a workflow (an item of the root's <c>Rules</c>) or its <c>Properties</c>: each is a block of its own.</summary>
    private static bool IsRuleBlock(JToken token) =>
        token is JObject && (IsRule(token) || (token.Parent is JProperty { Name: "Properties", Parent: { } rule } && IsRule(rule)));

    private static bool IsRule(JToken token) =>
        token is JObject && token.Parent is JArray { Parent: JProperty { Name: "Rules", Parent: JObject { Parent: null } } };
}
