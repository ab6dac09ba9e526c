using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests;

/// <summary>
/// A throw-away copy of the repository's <c>rules/2024</c> folder that a test may edit; the
/// folder is deleted on dispose.
/// </summary>
internal sealed class TempRulePack : IDisposable
{
    public const string WorkflowFile = "workflows/application.json";
    public const string EditionFile = "edition.json";

    public TempRulePack()
    {
        Root = Path.Combine(Path.GetTempPath(), "ahx1x-tests-" + Guid.NewGuid().ToString("N"));
        Edition = Path.Combine(Root, "2024");
        Copy(Demo.Repository.PathOf(Path.Combine("rules", "2024")), Edition);
    }

    /// <summary>Gets the temporary rules folder (holding <c>2024/</c>).</summary>
    public string Root { get; }

    /// <summary>Gets the copied edition folder.</summary>
    public string Edition { get; }

    public string PathOf(string relative) => Path.Combine(Edition, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    /// <summary>Replaces one exact piece of a file; fails the test if it is not there exactly once.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{oldText}\" not found in {relative}");
        Assert.True(text.IndexOf(oldText, at + 1, StringComparison.Ordinal) < 0, $"\"{oldText}\" found twice in {relative}");
        Write(relative, text[..at] + newText + text[(at + oldText.Length)..]);
    }

    /// <summary>Edits the workflow file as JSON and writes it back indented, so every token keeps a line of its own.</summary>
    public void EditWorkflow(Action<JObject> edit)
    {
        var root = JObject.Parse(Read(WorkflowFile));
        edit(root);
        Write(WorkflowFile, root.ToString(Newtonsoft.Json.Formatting.Indented));
    }

    /// <summary>Returns the rule object named <paramref name="name"/> in a parsed workflow.</summary>
    public static JObject Rule(JObject workflow, string name) =>
        (JObject)((JArray)workflow["Rules"]!).Single(r => (string?)r["RuleName"] == name);

    /// <summary>Sets the expression of the rule named <paramref name="rule"/>.</summary>
    public void SetExpression(string rule, string expression) =>
        EditWorkflow(w => Rule(w, rule)["Expression"] = expression);

    /// <summary>Returns the shipped rules without their list of cities, so a city outside it reaches the output instead of being refused.</summary>
    public static TempRulePack CitiesUnchecked()
    {
        var rules = new TempRulePack();
        var edition = JObject.Parse(rules.Read(EditionFile));
        edition.Remove("cities");
        rules.Write(EditionFile, edition.ToString());
        return rules;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
