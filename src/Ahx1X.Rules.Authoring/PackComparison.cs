using System.Globalization;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.RuleModel;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Compares two rule packs or editions by clause id: the edition's parameters and clauses, and
/// each rule's expression, message, severity, citation, section, finding kind and whether it is
/// enabled. Two packs of one edition each are compared edition to edition whatever their years,
/// with the older one's dates first moved to the newer one's year as <see cref="NewEdition"/>
/// moves them, so a new edition shows only what staff changed after copying it.
/// </summary>
public static class PackComparison
{
    private static readonly string[] KeyMembers = ["id", "code"];

    /// <summary>Compares the packs loaded from <paramref name="oldFolder"/> and <paramref name="newFolder"/>.</summary>
    /// <param name="oldFolder">The older rules folder or edition folder.</param>
    /// <param name="newFolder">The newer rules folder or edition folder.</param>
    /// <exception cref="Diagnostics.RulePackException">Either pack does not load.</exception>
    public static PackDiff Compare(string oldFolder, string newFolder) => Compare(RulePack.LoadFromDirectory(oldFolder), RulePack.LoadFromDirectory(newFolder));

    /// <summary>Compares two loaded packs.</summary>
    /// <param name="older">The older pack.</param>
    /// <param name="newer">The newer pack.</param>
    public static PackDiff Compare(RulePack older, RulePack newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = new List<PackChange>();
        var years = YearsBetween(older, newer);
        foreach (var (before, after) in Pairs(older, newer, years))
        {
            if (before is null || after is null)
            {
                var edition = (after ?? before)!;
                changes.Add(new PackChange(edition.Year, null, "edition", edition.Year.ToString(CultureInfo.InvariantCulture), before is null ? null : "present", after is null ? null : "present"));
                continue;
            }

            changes.AddRange(Parameters(before, after));
            changes.AddRange(Rules(before, after));
        }

        return new PackDiff(older.Source, newer.Source, years, changes);
    }

    /// <summary>Compares one edition with another as two packs of one edition each, so the older one's dates move to the newer one's year first.</summary>
    /// <param name="older">The older edition, such as a shipped one.</param>
    /// <param name="olderSource">Where the older edition was read.</param>
    /// <param name="newer">The newer edition, such as one a rules folder holds.</param>
    /// <param name="newerSource">Where the newer edition was read.</param>
    internal static PackDiff Compare(Edition older, string olderSource, Edition newer, string newerSource) =>
        Compare(new RulePack(olderSource, [older], ""), new RulePack(newerSource, [newer], ""));

    /// <summary>Returns how many years the older edition moves: between the editions when each pack holds one, otherwise none.</summary>
    internal static int YearsBetween(RulePack older, RulePack newer) =>
        older.Editions is [var before] && newer.Editions is [var after] ? after.Year - before.Year : 0;

    private static IEnumerable<(Edition? Before, Edition? After)> Pairs(RulePack older, RulePack newer, int years)
    {
        var after = newer.Editions.ToDictionary(e => e.Year);
        foreach (var before in older.Editions)
        {
            yield return (before, after.GetValueOrDefault(before.Year + years));
        }

        foreach (var added in newer.Editions.Where(e => !older.Editions.Any(o => o.Year + years == e.Year)))
        {
            yield return (null, added);
        }
    }

    /// <summary>Compares the edition and catalogue files value by value, items of a list matched by their id or code.</summary>
    private static IEnumerable<PackChange> Parameters(Edition before, Edition after)
    {
        foreach (var file in new[] { PackReader.EditionFile, PackReader.CatalogueFile })
        {
            var old = Flatten(Read(before, file, after.Year - before.Year));
            var now = Flatten(Read(after, file, 0));
            foreach (var path in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
            {
                var was = old.GetValueOrDefault(path);
                var value = now.GetValueOrDefault(path);
                if (was != value)
                {
                    var clause = path.StartsWith("$.clauses[", StringComparison.Ordinal) ? path[10..path.IndexOf(']', StringComparison.Ordinal)] : null;
                    yield return new PackChange(after.Year, clause, clause is null ? "parameter" : "clause", $"{file} {path}", was, value);
                }
            }
        }
    }

    private static JToken? Read(Edition edition, string file, int years)
    {
        if (!edition.Files.TryGetValue(file, out var text))
        {
            return null;
        }

        var root = JsonText.Parse(text.Text, file, new ProblemList());
        if (root is not null)
        {
            YearShift.Move(root, years, edition.Year, moved: null);
        }

        return root;
    }

    /// <summary>Maps each value's path to its JSON; items of an array that all carry an id (or code) are keyed by it, so a reordering is no change.</summary>
    private static Dictionary<string, string> Flatten(JToken? root)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JToken token, string path)
        {
            switch (token)
            {
                case JObject obj:
                    foreach (var member in obj.Properties().Where(p => p.Name != "$schema"))
                    {
                        Walk(member.Value, path + "." + member.Name);
                    }

                    break;
                case JArray array when KeyMembers.FirstOrDefault(k => array.Count > 0 && array.All(i => i is JObject o && o[k] is JValue { Type: JTokenType.String })) is { } key:
                    foreach (var item in array)
                    {
                        Walk(item, $"{path}[{(string)item[key]!}]");
                    }

                    break;
                case JArray array when array.All(i => i is JValue):
                    values[path] = array.ToString(Formatting.None);
                    break;
                case JArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{path}[{i}]");
                    }

                    break;
                default:
                    values[path] = token.ToString(Formatting.None);
                    break;
            }
        }

        if (root is not null)
        {
            Walk(root, "$");
        }

        return values;
    }

    /// <summary>Compares the rules of two editions by name.</summary>
    private static IEnumerable<PackChange> Rules(Edition before, Edition after)
    {
        var old = Definitions(before);
        var now = Definitions(after);
        foreach (var name in old.Keys.Union(now.Keys).OrderBy(n => (now.GetValueOrDefault(n) ?? old[n]).ClauseId, StringComparer.Ordinal).ThenBy(n => n, StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(name);
            var rule = now.GetValueOrDefault(name);
            if (was is null || rule is null)
            {
                yield return new PackChange(after.Year, (rule ?? was)!.ClauseId, "rule", name, was is null ? null : Quote(was.Expression), rule is null ? null : Quote(rule.Expression));
                continue;
            }

            foreach (var (what, a, b) in new (string, string, string)[]
            {
                ("expression", Quote(was.Expression), Quote(rule.Expression)),
                ("message", Quote(was.Message.Zh), Quote(rule.Message.Zh)),
                ("message", Quote(was.Message.En), Quote(rule.Message.En)),
                ("severity", Quote(was.Severity.ToString()), Quote(rule.Severity.ToString())),
                ("citation", Quote(was.CitationText), Quote(rule.CitationText)),
                ("section", Quote(was.Section), Quote(rule.Section)),
                ("finding", Quote(was.BrokenKind.ToString()), Quote(rule.BrokenKind.ToString())),
                ("enabled", was.Enabled ? "true" : "false", rule.Enabled ? "true" : "false"),
                ("clause", Quote(was.ClauseId), Quote(rule.ClauseId)),
            })
            {
                if (a != b)
                {
                    yield return new PackChange(after.Year, rule.ClauseId, what, name, a, b);
                }
            }
        }
    }

    private static Dictionary<string, RuleDefinition> Definitions(Edition edition) =>
        edition.Workflows.All.SelectMany(w => w.Definitions).ToDictionary(r => r.Name, StringComparer.Ordinal);

    private static string Quote(string text) => JsonConvert.ToString(text);
}
