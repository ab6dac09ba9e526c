using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs;

namespace Ahx1X.Rules.Authoring;

/// <summary>Finds where each placeholder of an edition is written, for <see cref="RulesLinter"/>.</summary>
internal static class LintPlaceholders
{
    public static IEnumerable<PlaceholderInForce> Of(Edition edition, IReadOnlyList<PackFile> files, string folder)
    {
        var file = edition.Definition.File;
        var text = files.FirstOrDefault(f => f.Path == file)?.Text;
        // The edition loaded, so its file parses; the problems of a second parse are not wanted.
        var root = text is null ? null : JsonText.Parse(text, file, new ProblemList());
        var shown = Path.IsPathRooted(file) ? file : Path.Combine(folder, file);
        foreach (var parameter in Receipts.Placeholders(edition.Parameters))
        {
            var (line, column) = root?.SelectToken(parameter.JsonPath) is { } token ? TokenStart.Of(token) : (0, 0);
            yield return new PlaceholderInForce(shown, line, column, parameter);
        }
    }
}
