using Xunit;

namespace Ahx1X.Tests.Shared;

/// <summary>
/// A throw-away copy of the repository's <c>rules/</c> folder that a test may edit; deleted on
/// dispose. One file, compiled into each test project that needs it.
/// </summary>
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

    public string Path { get; } = Directory.CreateTempSubdirectory("ahx1x-rules-").FullName;

    /// <summary>Gets the 2024 edition file of the copy.</summary>
    public string Edition => System.IO.Path.Combine(Path, "2024", "edition.json");

    /// <summary>Gets the 2024 city review workflow of the copy.</summary>
    public string CityReview => System.IO.Path.Combine(Path, "2024", "workflows", "city-review.json");

    /// <summary>Replaces the spring application window of the 2024 edition.</summary>
    public void SetSpringWindow(string replacement)
    {
        var text = File.ReadAllText(Edition);
        Assert.Contains(SpringWindow, text, StringComparison.Ordinal);
        File.WriteAllText(Edition, text.Replace(SpringWindow, replacement, StringComparison.Ordinal));
    }

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
            // A file still open by a server being stopped: a leftover temp folder must not fail a test.
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
