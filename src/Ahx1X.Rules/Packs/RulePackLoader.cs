using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Evaluation;
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

    /// <summary>Loads a pack, throwing every problem at once.</summary>
    /// <param name="files">The pack's files.</param>
    /// <param name="source">Where the files come from.</param>
    /// <param name="cancellationToken">Stops the load between editions and between their stages.</param>
    /// <param name="checkedWhenBuilt">
    /// True only for the embedded pack, which its tests load in full: each workflow's expressions
    /// are parsed and compiled at its first use instead of now (<see cref="PackCompiler.Defer"/>).
    /// Reading and validation still run.
    /// </param>
    public static RulePack Load(IReadOnlyList<PackFile> files, string source, CancellationToken cancellationToken = default, bool checkedWhenBuilt = false)
    {
        var problems = new ProblemList();
        var pack = TryLoad(files, source, problems, cancellationToken: cancellationToken, checkedWhenBuilt: checkedWhenBuilt);
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
    /// <param name="checkedWhenBuilt">True only for the embedded pack: see <see cref="Load"/>.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RulePack? TryLoad(IReadOnlyList<PackFile> files, string source, ProblemList problems, bool forStyleChecks = false, CancellationToken cancellationToken = default, bool checkedWhenBuilt = false)
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
            // Loops, not LINQ, over the dictionary's pairs: LINQ over them is framework code the JIT compiles at every first load.
            foreach (var (relative, file) in own)
            {
                if (!PackReader.IgnoredFolders.Any(relative.StartsWith))
                {
                    used.Add(file);
                }
            }

            if (LoadEdition(folder, own, problems, forStyleChecks ? deferred : problems, checkedWhenBuilt, cancellationToken) is { } edition)
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

    /// <summary>Reads, validates and compiles one edition (compiling at first use when <paramref name="checkedWhenBuilt"/>); null when any of the three found a problem.</summary>
    private static Edition? LoadEdition(string folder, Dictionary<string, PackFile> files, ProblemList problems, ProblemList incomplete, bool checkedWhenBuilt, CancellationToken cancellationToken)
    {
        var before = problems.Items.Count;
        cancellationToken.ThrowIfCancellationRequested();
        var texts = new Dictionary<string, string>(files.Count, StringComparer.Ordinal);
        foreach (var (relative, file) in files)
        {
            texts.Add(relative, file.Text);
        }

        var draft = PackReader.ReadEdition(folder, texts, problems);
        cancellationToken.ThrowIfCancellationRequested();
        PackValidator.Validate(draft, problems, incomplete);
        cancellationToken.ThrowIfCancellationRequested();
        var compiled = checkedWhenBuilt
            ? PackCompiler.Defer(draft)
            : PackCompiler.Compile(draft, problems).Select(w => w is null ? null : new Lazy<IWorkflowInfo>(w)).ToArray();
        if (problems.Items.Count > before || draft.Edition is null || draft.Catalogue is null || compiled.Any(w => w is null))
        {
            return null;
        }

        return new Edition(draft.Edition, draft.Catalogue, new EditionWorkflows(compiled!, EditionWorkflows.RulesOf(draft)), folder, files);
    }
}
