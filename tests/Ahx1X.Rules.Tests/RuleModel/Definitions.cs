using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.RuleModel;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.RuleModel;

/// <summary>Reads the shipped definitions and compares definitions by value, leaving out where they were read.</summary>
internal static class Definitions
{
    public const string Folder = "2024/";

    /// <summary>Returns the files of the shipped 2024 edition, by path relative to its folder.</summary>
    public static IReadOnlyDictionary<string, string> ShippedFiles()
    {
        var root = Repository.PathOf("rules/2024");
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
    }

    /// <summary>Reads the shipped 2024 edition, asserting that reading found nothing wrong.</summary>
    public static EditionDraft Shipped()
    {
        var problems = new ProblemList();
        var draft = PackReader.ReadEdition(Folder, ShippedFiles(), problems);
        Assert.Empty(problems.Items);
        return draft;
    }

    /// <summary>Reads one workflow file, asserting that reading found nothing wrong.</summary>
    public static WorkflowDefinition ReadWorkflow(string text, string path)
    {
        var problems = new ProblemList();
        var workflow = PackReader.ReadWorkflow(text, path, problems);
        Assert.True(problems.Items.Count == 0, string.Join("\n", problems.Items));
        return Assert.IsType<WorkflowDefinition>(workflow);
    }

    /// <summary>Reads the shipped edition with its edition file replaced by <paramref name="text"/>, asserting that reading found nothing wrong.</summary>
    public static EditionDefinition ReadEdition(string text)
    {
        var files = new Dictionary<string, string>(ShippedFiles(), StringComparer.Ordinal) { [PackReader.EditionFile] = text };
        var problems = new ProblemList();
        var draft = PackReader.ReadEdition(Folder, files, problems);
        Assert.True(problems.Items.Count == 0, string.Join("\n", problems.Items));
        return Assert.IsType<EditionDefinition>(draft.Edition);
    }

    /// <summary>Returns whether two workflows hold the same rules, wherever they were written.</summary>
    public static bool Same(WorkflowDefinition a, WorkflowDefinition b) =>
        a.Name == b.Name && a.Rules.Select(Positionless).SequenceEqual(b.Rules.Select(Positionless));

    /// <summary>Returns whether two editions say the same, wherever they were written.</summary>
    public static bool Same(EditionDefinition a, EditionDefinition b) =>
        a.Parameters with { Cities = [], PublishedBatches = [], Contacts = [], Routes = [] } == b.Parameters with { Cities = [], PublishedBatches = [], Contacts = [], Routes = [] }
        && a.Parameters.Contacts.SequenceEqual(b.Parameters.Contacts)
        && a.Parameters.Cities.SequenceEqual(b.Parameters.Cities)
        && a.Parameters.PublishedBatches.SequenceEqual(b.Parameters.PublishedBatches) // a list compares by reference in a record's equality
        && a.NoticeFile == b.NoticeFile
        && a.Clauses.Select(c => c with { At = default }).SequenceEqual(b.Clauses.Select(c => c with { At = default }))
        && a.Texts.MissingFacts == b.Texts.MissingFacts
        && a.Texts.RuleFailed == b.Texts.RuleFailed
        && a.Texts.FactLabels.OrderBy(f => f.Key, StringComparer.Ordinal).SequenceEqual(b.Texts.FactLabels.OrderBy(f => f.Key, StringComparer.Ordinal));

    private static readonly SourceMap Nowhere = SourceMap.Unknown("");

    private static RuleDefinition Positionless(RuleDefinition rule) => rule with { At = Nowhere };
}
