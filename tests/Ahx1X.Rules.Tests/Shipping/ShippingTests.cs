using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Shipping;

/// <summary>
/// Keeps what ships in step with the code: the code shown in the READMEs is the file CI compiles
/// and runs (samples/Embedding/Program.cs, in a fresh console app, by .ci/run), and the portal
/// sample asks for the version the packages are packed with.
/// </summary>
public partial class ShippingTests
{
    public static TheoryData<string> Readmes => new() { "README.md", "src/Ahx1X.Rules/README.md" };

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Readme_CompiledCodeBlocks_EqualTheFilesCiCompiles(string readme)
    {
        var text = Normalise(File.ReadAllText(Repository.PathOf(readme)));

        var blocks = CompiledBlock().Matches(text);

        Assert.NotEmpty(blocks);
        foreach (Match block in blocks)
        {
            var file = Normalise(File.ReadAllText(Repository.PathOf(block.Groups["file"].Value)));
            Assert.Equal(file, block.Groups["code"].Value);
            Assert.True(file.TrimEnd('\n').Split('\n').Length <= 15, $"{block.Groups["file"].Value} is longer than the 15 lines a README example may have.");
        }
    }

    [Fact]
    public void PortalSample_PackageVersions_AreTheVersionThePackagesArePackedWith()
    {
        var version = XDocument.Load(Repository.PathOf("src/Directory.Build.props")).Descendants("VersionPrefix").Single().Value;

        // The portal's other packages (OpenTelemetry) keep their own versions.
        var wanted = XDocument.Load(Repository.PathOf("samples/Portal/Directory.Packages.props")).Descendants("PackageVersion")
            .Where(p => ((string)p.Attribute("Include")!).StartsWith("Ahx1X.", StringComparison.Ordinal)).ToList();

        Assert.Equal(["Ahx1X.Rules", "Ahx1X.Rules.Hosting"], wanted.Select(p => (string)p.Attribute("Include")!).Order());
        Assert.All(wanted, p => Assert.Equal(version, (string?)p.Attribute("Version")));
    }

    [Fact]
    public void Solution_LeavesTheSamplesOut()
    {
        var solution = File.ReadAllText(Repository.PathOf("Ahx1X.sln"));

        Assert.DoesNotContain("samples", solution, StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    // <!-- compiled in CI: path --> then a ```csharp block.
    [GeneratedRegex(@"<!-- compiled in CI: (?<file>\S+) -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CompiledBlock();
}
