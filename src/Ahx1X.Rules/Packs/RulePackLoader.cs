using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs.Compilation;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.Packs.Validation;

namespace Ahx1X.Rules.Packs;

/// <summary>
/// Loads a rule pack from its files: finds its editions, then reads, validates and compiles each
/// (<see cref="PackReader"/>, <see cref="PackValidator"/>, <see cref="PackCompiler"/>). Every
/// problem is collected with its file, JSON path, line and rule before anything is thrown, so
/// one run shows them all.
/// </summary>
internal static class RulePackLoader
{
    /// <summary>The edition file, relative to its edition folder.</summary>
    public const string EditionFile = PackReader.EditionFile;

    /// <summary>The folder of an edition that holds scenario tests.</summary>
    public const string ScenarioFolder = PackReader.ScenarioFolder;

    public static RulePack Load(IReadOnlyList<PackFile> files, string source, CancellationToken cancellationToken = default)
    {
        var problems = new ProblemList();
        var pack = TryLoad(files, source, problems, cancellationToken: cancellationToken);
        return problems.HasAny || pack is null ? throw new RulePackException(problems.Items) : pack;
    }

    /// <summary>Loads what it can, adding every problem to <paramref name="problems"/>; null when any edition failed.</summary>
    /// <param name="files">The pack's files.</param>
    /// <param name="source">Where the files come from.</param>
    /// <param name="problems">Receives every problem.</param>
    /// <param name="forStyleChecks">
    /// True for <c>lint</c>: a clause without a rule is still reported, but the editions are built
    /// anyway so that the style checks can run over them. Never true for a pack that judges.
    /// </param>
    /// <param name="cancellationToken">Stops the load between editions and between their stages.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RulePack? TryLoad(IReadOnlyList<PackFile> files, string source, ProblemList problems, bool forStyleChecks = false, CancellationToken cancellationToken = default)
    {
        var editionFolders = files
            .Where(f => f.Path == EditionFile || f.Path.EndsWith("/" + EditionFile, StringComparison.Ordinal))
            .Select(f => f.Path[..^EditionFile.Length])
            .Order(StringComparer.Ordinal)
            .ToList();
        if (editionFolders.Count == 0)
        {
            problems.Add(ProblemCodes.Syntax, source, null,
                $"No {EditionFile} found. A rules folder holds one folder per year (such as 2024/), each with an {EditionFile}.");
        }

        var editions = new List<Edition>();
        var used = new List<PackFile>();
        var before = problems.Items.Count;
        // For style checks a clause without a rule is reported after the editions are built.
        var deferred = new ProblemList();
        foreach (var folder in editionFolders)
        {
            var own = files.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal)
                    && !editionFolders.Any(other => other.Length > folder.Length && other.StartsWith(folder, StringComparison.Ordinal) && f.Path.StartsWith(other, StringComparison.Ordinal)))
                .ToDictionary(f => f.Path[folder.Length..], f => f, StringComparer.Ordinal);
            used.AddRange(own.Where(f => !PackReader.IgnoredFolders.Any(f.Key.StartsWith)).Select(f => f.Value));
            if (LoadEdition(folder, own, problems, forStyleChecks ? deferred : problems, cancellationToken) is { } edition)
            {
                if (editions.Any(e => e.Year == edition.Year))
                {
                    problems.Add(ProblemCodes.Duplicate, folder + EditionFile, null, $"Two editions cover {edition.Year}; keep one folder per year.");
                }
                else
                {
                    editions.Add(edition);
                }
            }
        }

        var failed = problems.Items.Count > before || editions.Count == 0;
        problems.AddRange(deferred.Items);
        return failed ? null : new RulePack(source, editions.OrderBy(e => e.Year).ToArray(), RulePack.FingerprintOf(used));
    }

    /// <summary>Reads, validates and compiles one edition; null when any of the three found a problem.</summary>
    private static Edition? LoadEdition(string folder, Dictionary<string, PackFile> files, ProblemList problems, ProblemList incomplete, CancellationToken cancellationToken)
    {
        var before = problems.Items.Count;
        cancellationToken.ThrowIfCancellationRequested();
        var draft = PackReader.ReadEdition(folder, files.ToDictionary(f => f.Key, f => f.Value.Text, StringComparer.Ordinal), problems);
        cancellationToken.ThrowIfCancellationRequested();
        PackValidator.Validate(draft, problems, incomplete);
        cancellationToken.ThrowIfCancellationRequested();
        var compiled = PackCompiler.Compile(draft, problems);
        if (problems.Items.Count > before || draft.Edition is null || draft.Catalogue is null || compiled.Any(w => w is null))
        {
            return null;
        }

        return new Edition(draft.Edition, draft.Catalogue, new EditionWorkflows(compiled!), folder, files);
    }
}
