using Ahx1X.Rules;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.RuleModel;

namespace Ahx1X.Studio;

/// <summary>
/// The rules folder as read at one moment: its files, what the library's reader makes of each
/// edition (shown even when the pack is broken), every problem loading finds, and an engine when
/// the pack loads.
/// </summary>
internal sealed class PackSnapshot
{
    private PackSnapshot(IReadOnlyList<PackFile> files, IReadOnlyList<EditionDraft> drafts, IReadOnlyList<Problem> problems, PolicyEngine? engine)
    {
        Files = files;
        Drafts = drafts;
        Problems = problems;
        Engine = engine;
    }

    /// <summary>Gets the pack's files, by path relative to the rules folder.</summary>
    public IReadOnlyList<PackFile> Files { get; }

    /// <summary>Gets each edition as the reader sees it, by folder.</summary>
    public IReadOnlyList<EditionDraft> Drafts { get; }

    /// <summary>Gets every problem of reading, validating and compiling the pack, with paths relative to the rules folder.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Gets the engine of the pack, or null when it does not load.</summary>
    public PolicyEngine? Engine { get; }

    /// <summary>Returns the text of <paramref name="path"/>, or null when the pack has no such file.</summary>
    public string? Text(string path) => Files.FirstOrDefault(f => f.Path == path)?.Text;

    /// <summary>Reads the folder at <paramref name="root"/>.</summary>
    public static PackSnapshot Read(string root)
    {
        try
        {
            return Of(RulePack.ReadDirectory(root));
        }
        catch (RulePackException ex)
        {
            return new PackSnapshot([], [], ex.Problems, null);
        }
    }

    /// <summary>Loads <paramref name="files"/> with the library's reader, validator and compiler: the checks every load of a pack makes.</summary>
    public static PackSnapshot Of(IReadOnlyList<PackFile> files)
    {
        var problems = new ProblemList();
        var pack = RulePackLoader.TryLoad(files, "rules", problems);
        var drafts = files
            .Where(f => f.Path == RulePackLoader.EditionFile || f.Path.EndsWith("/" + RulePackLoader.EditionFile, StringComparison.Ordinal))
            .Select(f => f.Path[..^RulePackLoader.EditionFile.Length])
            .Order(StringComparer.Ordinal)
            .Select(folder => PackReader.ReadEdition(
                folder,
                files.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal)).ToDictionary(f => f.Path[folder.Length..], f => f.Text, StringComparer.Ordinal),
                new ProblemList()))
            .ToList();
        PolicyEngine? engine = null;
        if (pack is not null && !problems.HasAny)
        {
            engine = new PolicyEngine(pack);
        }

        return new PackSnapshot(files, drafts, problems.Items, engine);
    }
}
