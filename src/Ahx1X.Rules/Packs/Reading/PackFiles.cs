using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Packs.Reading;

/// <summary>
/// Holds the one rule for which files of a rule pack are read, so reading, hashing and loading
/// agree: a file whose name ends in <c>.json</c> or <c>.txt</c> (lower case, compared
/// ordinally) is read; a name that ends so in another case, and anything in a
/// <c>workflows/</c> folder that is not <c>.json</c>, is refused as a problem, never skipped;
/// every other file is not part of the pack.
/// </summary>
internal static class PackFiles
{
    private const string Json = ".json";
    private const string Text = ".txt";
    private const string WorkflowFolder = "workflows";

    /// <summary>Returns whether <paramref name="path"/> names a JSON file by the pack's rule.</summary>
    public static bool IsJson(string path) => path.EndsWith(Json, StringComparison.Ordinal);

    /// <summary>Returns whether the file at <paramref name="relative"/> (with <c>/</c> between folders) is read; when it is not, <paramref name="refusal"/> says why it is refused, or is null when it is simply not part of the pack.</summary>
    public static bool IsRead(string relative, out string? refusal)
    {
        refusal = null;
        var inWorkflows = relative.Split('/')[..^1].Contains(WorkflowFolder, StringComparer.Ordinal);
        if (IsJson(relative) || (!inWorkflows && relative.EndsWith(Text, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var extension in new[] { Json, Text })
        {
            if (relative.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && !relative.EndsWith(extension, StringComparison.Ordinal))
            {
                refusal = $"The extension \"{relative[^extension.Length..]}\" is not lower case, so the file would not be read. Rename it to end in \"{extension}\".";
                return false;
            }
        }

        if (inWorkflows)
        {
            refusal = $"Only {Json} files belong in {WorkflowFolder}/, and this one would not be read. Move or remove it.";
        }

        return false;
    }

    /// <summary>Lists the files of the folder at <paramref name="root"/> that are read, by full path, and a problem for each refused one.</summary>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be listed.</exception>
    public static IReadOnlyList<string> List(string root, List<Problem> problems)
    {
        var read = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = RelativePath(root, file);
            if (IsRead(relative, out var refusal))
            {
                read.Add(file);
            }
            else if (refusal is not null)
            {
                problems.Add(Refused(relative, refusal));
            }
        }

        return read;
    }

    /// <summary>Returns the path of <paramref name="file"/> under <paramref name="root"/>, with <c>/</c> between folders.</summary>
    public static string RelativePath(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    /// <summary>Returns the problem for a file the rule refuses.</summary>
    public static Problem Refused(string relative, string refusal) =>
        new(ProblemCodes.UnknownWorkflow, relative, "", 0, 0, null, refusal);
}
