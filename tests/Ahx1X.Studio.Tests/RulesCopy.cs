namespace Ahx1X.Studio.Tests;

/// <summary>A throw-away copy of the repository's <c>rules/</c> folder that a test may edit; deleted on dispose.</summary>
internal sealed class RulesCopy : IDisposable
{
    public RulesCopy()
    {
        var rules = System.IO.Path.Combine(Root, "rules");
        foreach (var file in Directory.GetFiles(rules, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(rules, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Gets the repository's root folder.</summary>
    public static string Root { get; } = FindRoot();

    public string Path { get; } = Directory.CreateTempSubdirectory("ahx1x-studio-").FullName;

    public string Edition => System.IO.Path.Combine(Path, "2024", "edition.json");

    public string CityReview => System.IO.Path.Combine(Path, "2024", "workflows", "city-review.json");

    /// <summary>Returns the text of every file of the copy, by path, to compare before and after.</summary>
    public IReadOnlyDictionary<string, string> Texts() =>
        Directory.GetFiles(Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a server being stopped; the temp folder is cleaned up eventually.
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Ahx1X.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Ahx1X.sln) is not above the test's folder.");
    }
}
