namespace Ahx1X.Rules.Hosting.Tests;

/// <summary>A throw-away copy of the repository's <c>rules/</c> folder that a test may edit; deleted on dispose.</summary>
internal sealed class RulesCopy : IDisposable
{
    public const string SpringWindow = "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-02\" }";

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

    public string Path { get; } = Directory.CreateTempSubdirectory("ahx1x-hosting-").FullName;

    /// <summary>Replaces the spring application window of the 2024 edition.</summary>
    public void SetSpringWindow(string replacement)
    {
        var edition = System.IO.Path.Combine(Path, "2024", "edition.json");
        var text = File.ReadAllText(edition);
        Assert.Contains(SpringWindow, text, StringComparison.Ordinal);
        File.WriteAllText(edition, text.Replace(SpringWindow, replacement, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
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

        throw new InvalidOperationException("Ahx1X.sln not found above " + AppContext.BaseDirectory);
    }
}
