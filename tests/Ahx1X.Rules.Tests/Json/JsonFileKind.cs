using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Json;

/// <summary>The kinds of JSON file the library reads.</summary>
public enum JsonFileKind
{
    Document,
    Workflow,
    Edition,
    Catalogue,
    Scenario,
}

/// <summary>Reads a text as one kind of file, the way the library reads that kind, and returns what it refuses.</summary>
internal static class JsonFiles
{
    public static IReadOnlyList<JsonFileKind> Kinds { get; } = Enum.GetValues<JsonFileKind>();

    /// <summary>Returns the shipped file of <paramref name="kind"/> that tests start from.</summary>
    public static string ShippedPath(JsonFileKind kind) => kind switch
    {
        JsonFileKind.Document => "samples/documents/applications-accepted.json",
        JsonFileKind.Workflow => "rules/2024/workflows/application.json",
        JsonFileKind.Edition => "rules/2024/edition.json",
        JsonFileKind.Catalogue => "rules/2024/catalogue.json",
        JsonFileKind.Scenario => "rules/2024/scenarios/applications.json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string SchemaName(JsonFileKind kind) => kind switch
    {
        JsonFileKind.Document => "document.schema.json",
        JsonFileKind.Workflow => "workflow.schema.json",
        JsonFileKind.Edition => "edition.schema.json",
        JsonFileKind.Catalogue => "catalogue.schema.json",
        JsonFileKind.Scenario => "scenarios.schema.json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Shipped(JsonFileKind kind) => File.ReadAllText(Repository.PathOf(ShippedPath(kind)));

    /// <summary>Returns the name of the file a problem about <paramref name="kind"/> ends with.</summary>
    public static string FileName(JsonFileKind kind) => kind switch
    {
        JsonFileKind.Document => "document.json",
        JsonFileKind.Catalogue => "catalogue.json",
        _ => ShippedPath(kind)["rules/2024/".Length..],
    };

    /// <summary>Returns every problem the library reports reading <paramref name="text"/> as <paramref name="kind"/>; none when it is accepted.</summary>
    public static IReadOnlyList<Problem> Problems(JsonFileKind kind, string text)
    {
        switch (kind)
        {
            case JsonFileKind.Document:
                return Document.ParseRecords(text, FileName(kind)).Problems;
            case JsonFileKind.Catalogue:
                try
                {
                    Catalogue.Parse(text, FileName(kind));
                    return [];
                }
                catch (DocumentException ex)
                {
                    return ex.Problems;
                }

            default:
                using (var pack = new TempRulePack())
                {
                    pack.Write(FileName(kind), text);
                    try
                    {
                        return kind == JsonFileKind.Scenario
                            ? ScenarioRunner.RunFolder(pack.Root).Problems
                            : LoadPack(pack.Root);
                    }
                    catch (RulePackException ex)
                    {
                        return ex.Problems;
                    }
                }
        }
    }

    private static IReadOnlyList<Problem> LoadPack(string root)
    {
        RulePack.LoadFromDirectory(root);
        return [];
    }
}
