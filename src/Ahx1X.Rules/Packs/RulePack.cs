using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Packs.Reading;

namespace Ahx1X.Rules.Packs;

/// <summary>
/// Holds a loaded, validated and compiled set of editions. Loading checks everything at once
/// (JSON members, duplicate names, every expression, the allow-list, parameters that make no
/// sense) and throws one <see cref="RulePackException"/> listing every problem.
/// </summary>
public sealed class RulePack
{
    /// <summary>The editions as an array, which <see cref="For"/> scans without allocating.</summary>
    private readonly Edition[] _editions;

    internal RulePack(string source, IReadOnlyList<Edition> editions, string fingerprint)
    {
        Source = source;
        Editions = editions;
        Fingerprint = fingerprint;
        _editions = [.. editions];
    }

    /// <summary>The largest rule file accepted, in bytes; rule files are small, a larger one is a mistake.</summary>
    internal const long MaxFileBytes = 4L * 1024 * 1024;

    /// <summary>Gets where the pack was loaded from: a folder path, or <c>embedded</c>.</summary>
    public string Source { get; }

    /// <summary>Gets the editions, by year.</summary>
    public IReadOnlyList<Edition> Editions { get; }

    /// <summary>Gets the SHA-256 of the files the rules are made of (paths and contents, not scenarios), in lower-case hex.</summary>
    public string Fingerprint { get; }

    /// <summary>Returns the edition for <paramref name="year"/>.</summary>
    /// <param name="year">The year of the notice.</param>
    /// <exception cref="EditionNotFoundException">No edition covers the year.</exception>
    public Edition For(int year)
    {
        // A scan of the few editions, not a dictionary by year: Dictionary<int, Edition> is framework
        // code the JIT compiles at every start, and one or two editions are found sooner this way.
        foreach (var edition in _editions)
        {
            if (edition.Year == year)
            {
                return edition;
            }
        }

        throw new EditionNotFoundException(year, Array.ConvertAll(_editions, e => e.Year));
    }

    /// <summary>
    /// Compiles every rule of every edition now. Loading checks every rule but compiles each
    /// workflow at its first use, so a process that judges one kind of document starts fast;
    /// a server can warm a pack before it serves.
    /// </summary>
    public void Warm()
    {
        foreach (var edition in Editions)
        {
            edition.Workflows.Warm();
        }
    }

    /// <summary>Loads the pack shipped inside this assembly (the 2024 notice).</summary>
    /// <exception cref="RulePackException">The embedded pack is broken; lists every problem.</exception>
    public static RulePack LoadEmbedded()
    {
        var assembly = typeof(RulePack).Assembly;
        var files = new List<PackFile>();
        var problems = new List<Problem>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)))
        {
            var relative = name["rules/".Length..].Replace('\\', '/');
            if (PackFiles.IsRead(relative, out var refusal))
            {
                files.Add(new PackFile(relative, ReadResource(assembly, name)));
            }
            else if (refusal is not null)
            {
                problems.Add(PackFiles.Refused(relative, refusal));
            }
        }

        return problems.Count > 0 ? throw new RulePackException(problems) : RulePackLoader.Load(files, "embedded", checkedWhenBuilt: true);
    }

    /// <summary>
    /// Loads a rules folder: either one edition folder (holding <c>edition.json</c>) or a folder
    /// of edition folders such as <c>rules/</c> with <c>2024/</c> inside.
    /// </summary>
    /// <param name="path">The folder.</param>
    /// <exception cref="RulePackException">The folder cannot be read or a file is invalid; lists every problem.</exception>
    public static RulePack LoadFromDirectory(string path) => LoadFromDirectory(path, CancellationToken.None);

    /// <summary>
    /// Loads a rules folder as <see cref="LoadFromDirectory(string)"/> does, stopping when
    /// <paramref name="cancellationToken"/> is cancelled: between files as they are read, and between
    /// editions and their stages (read, validate, compile).
    /// </summary>
    /// <param name="path">The folder.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <exception cref="RulePackException">The folder cannot be read or a file is invalid; lists every problem.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RulePack LoadFromDirectory(string path, CancellationToken cancellationToken)
    {
        try
        {
            return RulePackLoader.Load(ReadDirectory(path, cancellationToken), path, cancellationToken);
        }
        catch (RulePackException ex)
        {
            // Name files as the caller knows them, so editors can jump to them.
            throw new RulePackException(ex.Problems.Select(p => p.Under(path)).ToArray());
        }
    }

    /// <summary>Reads the files of a rules folder that <see cref="PackFiles"/> says are read, by path relative to it.</summary>
    /// <exception cref="RulePackException">The folder does not exist or cannot be read, or a file is refused or cannot be read.</exception>
    internal static IReadOnlyList<PackFile> ReadDirectory(string path, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(path);
        if (!Directory.Exists(root))
        {
            throw new RulePackException([new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, "The rules folder does not exist; check the path.")]);
        }

        var problems = new List<Problem>();
        IReadOnlyList<string> names;
        try
        {
            names = PackFiles.List(root, problems);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RulePackException([new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, $"The rules folder cannot be read: {ex.Message}")]);
        }

        var files = new List<PackFile>();
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = PackFiles.RelativePath(root, name);
            if (IO.BoundedFile.Read(name, MaxFileBytes, out var error) is { } text)
            {
                files.Add(new PackFile(relative, text));
            }
            else
            {
                problems.Add(new Problem(ProblemCodes.Syntax, relative, "", 0, 0, null, error!));
            }
        }

        return problems.Count > 0 ? throw new RulePackException(problems) : files;
    }

    internal static string FingerprintOf(IEnumerable<PackFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file.Path + "\0" + file.Text.ReplaceLineEndings("\n") + "\0"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>One file of a rule pack, by its path relative to the pack's root.</summary>
internal sealed record PackFile(string Path, string Text);
