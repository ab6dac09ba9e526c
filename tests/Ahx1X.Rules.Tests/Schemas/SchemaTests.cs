using Ahx1X.Demo.Commands;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Tests.Demo;
using Ahx1X.Rules.Tests.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Schemas;

/// <summary>
/// The JSON Schemas in rules/schemas, which editors and <c>lint</c> use, are strict JSON Schema
/// 2020-12 (no keyword a strict validator does not know), every shipped file names the schema of
/// its kind and passes it, and a broken file fails at the member that is wrong.
/// </summary>
public class SchemaTests
{
    private static readonly string[] SchemaFiles =
    [
        "workflow.schema.json", "edition.schema.json", "catalogue.schema.json", "document.schema.json", "scenarios.schema.json",
        "request.schema.json", "result.schema.json",
    ];

    public static TheoryData<string> ShippedFiles() => new(ShippedFilePaths());

    public static TheoryData<string> Schemas() => new(SchemaFiles);

    [Fact]
    public void ShippedFiles_AreFound()
    {
        var files = ShippedFilePaths();

        Assert.Contains("rules/2024/edition.json", files);
        Assert.Contains("rules/2024/catalogue.json", files);
        Assert.Contains("rules/2024/workflows/application.json", files);
        Assert.Contains("rules/2024/scenarios/applications.json", files);
        Assert.Contains("samples/documents/applications-accepted.json", files);
    }

    [Fact]
    public void ShippedSchemas_AreTheOnesTheConsoleCarries()
    {
        Assert.Equal(SchemaFiles.Order(StringComparer.Ordinal), SchemaCheck.ShippedNames);
        Assert.Equal(SchemaFiles.Length, Directory.GetFiles(Repository.PathOf("rules/schemas"), "*.schema.json").Length);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_NamesTheSchemaOfItsKindFirst(string relative)
    {
        var root = JObject.Parse(File.ReadAllText(Repository.PathOf(relative)));

        var first = root.Properties().First();
        Assert.Equal("$schema", first.Name);
        Assert.Equal(ExpectedSchema(relative), (string?)first.Value);
        var named = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Repository.PathOf(relative))!, (string)first.Value!));
        Assert.Equal(Repository.PathOf(Path.Combine("rules", "schemas", Path.GetFileName(named))), named);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_PassesItsSchemaUnderAStrictValidator(string relative)
    {
        var problems = SchemaCheck.CheckAgainstShipped(File.ReadAllText(Repository.PathOf(relative)), relative, Path.GetFileName(ExpectedSchema(relative)));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Lint_OfTheRulesAndTheSamples_FindsNothingAgainstTheSchemas()
    {
        Assert.Empty(SchemaCheck.Check(Repository.PathOf("rules")));
        Assert.Empty(SchemaCheck.Check(Repository.PathOf("samples/documents")));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Schema_Is202012WithTitleAndDescriptionsAndNoUnknownKeyword(string name)
    {
        var json = JObject.Parse(File.ReadAllText(Repository.PathOf(Path.Combine("rules", "schemas", name))));

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)json["$schema"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)json["title"]), $"{name} has no title.");
        Assert.False(string.IsNullOrWhiteSpace((string?)json["description"]), $"{name} has no description.");
        var undescribed = json.Descendants().OfType<JProperty>()
            .Where(p => p.Name is "properties" or "patternProperties" && p.Value is JObject)
            .SelectMany(p => ((JObject)p.Value).Properties())
            .Where(p => p.Value is not JObject member || string.IsNullOrWhiteSpace((string?)member["description"]))
            .Select(p => p.Path)
            .ToList();
        Assert.True(undescribed.Count == 0, $"{name} has properties without a description: {string.Join(", ", undescribed)}");
        // Building the schema under the strict dialect refuses any keyword JSON Schema does not define.
        Assert.DoesNotContain(SchemaCheck.CheckAgainstShipped("{}", "empty.json", name), p => p.Message.Contains("cannot be used", StringComparison.Ordinal));
    }

    [Fact]
    public void WorkflowSchema_MisspeltExpression_FailsAtThatRule()
    {
        var json = Shipped("rules/2024/workflows/application.json");
        var rule = (JObject)json["Rules"]![2]!;
        rule.Property("Expression")!.Replace(new JProperty("Expresion", rule["Expression"]!));

        var problems = Validate(JsonFileKind.Workflow, json);

        AssertAt(problems, "$.Rules[2].Expresion", "not allowed here");
        AssertAt(problems, "$.Rules[2]", "Expression");
        AssertLoaderRefuses(JsonFileKind.Workflow, json, ProblemCodes.UnknownMember, "$.Rules[2].Expresion");
    }

    [Fact]
    public void EditionSchema_WindowWithoutEnd_FailsAtThatWindow()
    {
        var json = Shipped("rules/2024/edition.json");
        ((JObject)json["seasons"]!["autumn"]!["cityReview"]!).Remove("end");

        var problems = Validate(JsonFileKind.Edition, json);

        AssertAt(problems, "$.seasons.autumn.cityReview", "end");
        Assert.All(problems, p => Assert.Equal("$.seasons.autumn.cityReview", p.JsonPath));
        AssertLoaderRefuses(JsonFileKind.Edition, json, ProblemCodes.MissingMember, "$.seasons.autumn.cityReview");
    }

    [Fact]
    public void CatalogueSchema_BatchOutsideOneToHundred_FailsAtThatBatch()
    {
        var json = Shipped("rules/2024/catalogue.json");
        json["certificates"]![3]!["batch"] = 101;

        var problems = Validate(JsonFileKind.Catalogue, json);

        Assert.Equal("$.certificates[3].batch", Assert.Single(problems).JsonPath);
        AssertLoaderRefuses(JsonFileKind.Catalogue, json, ProblemCodes.InvalidValue, "$.certificates[3].batch");
    }

    [Fact]
    public void DocumentSchema_ApplicationInSummer_FailsAtThatSeasonOnly()
    {
        var json = Shipped("samples/documents/applications-accepted.json");
        json["institutions"]![0]!["applications"]![1]!["season"] = "summer";

        var problems = Validate(JsonFileKind.Document, json);

        // Only the branch of the document's kind applies: no complaint from the other kinds.
        Assert.Equal("$.institutions[0].applications[1].season", Assert.Single(problems).JsonPath);
        AssertLoaderRefuses(JsonFileKind.Document, json, ProblemCodes.InvalidValue, "$.institutions[0].applications[1].season");
    }

    [Theory]
    [InlineData("2024-04-02T23:30:00")]
    [InlineData("2024-04-02T25:30:00+08:00")]
    [InlineData("2024-02-30T10:00:00+08:00")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-02T10:00:00+19:00")]
    public void DocumentSchema_ImpossibleMoment_FailsAtThatMoment(string moment)
    {
        var json = Shipped("samples/documents/applications-accepted.json");
        json["institutions"]![0]!["applications"]![0]!["submittedAt"] = moment;

        var problems = Validate(JsonFileKind.Document, json);

        Assert.Equal("$.institutions[0].applications[0].submittedAt", Assert.Single(problems).JsonPath);
        AssertLoaderRefuses(JsonFileKind.Document, json, ProblemCodes.InvalidValue, "$.institutions[0].applications[0].submittedAt");
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("2024-12-31T23:59:59.123456789Z")]
    [InlineData("2024-04-02T10:00:00-18:00")]
    public void DocumentSchema_PossibleMoment_Passes(string moment)
    {
        var json = Shipped("samples/documents/applications-accepted.json");
        json["institutions"]![0]!["applications"]![0]!["submittedAt"] = moment;

        Assert.Empty(Validate(JsonFileKind.Document, json));
        Assert.Empty(JsonFiles.Problems(JsonFileKind.Document, json.ToString()));
    }

    [Fact]
    public void DocumentSchema_MemberOfAnotherKind_IsRefused()
    {
        var json = Shipped("samples/documents/city-reviews.json");
        json["institutions"] = new JArray();

        AssertAt(Validate(JsonFileKind.Document, json), "$.institutions", "not allowed here");
        AssertLoaderRefuses(JsonFileKind.Document, json, ProblemCodes.UnknownMember, "$.institutions");
    }

    [Fact]
    public void DocumentSchema_UnknownFactsAsNull_AreAccepted()
    {
        var json = Shipped("samples/documents/summary-tables.json");
        var mail = (JObject)json["mails"]![0]!;
        foreach (var name in new[] { "season", "senderKind", "senderCity", "sentAt", "sealed", "recipient", "subject" })
        {
            mail[name] = JValue.CreateNull();
        }

        Assert.Empty(Validate(JsonFileKind.Document, json));
        Assert.Single(Document.Parse(json.ToString(), "nulls.json").Entries, e => e.Id == (string)mail["id"]!);
    }

    [Fact]
    public void ScenariosSchema_UnknownOutcome_FailsAtThatOutcome()
    {
        var json = Shipped("rules/2024/scenarios/applications.json");
        json["scenarios"]![0]!["expect"]!["outcome"] = "passed";

        Assert.Equal("$.scenarios[0].expect.outcome", Assert.Single(Validate(JsonFileKind.Scenario, json)).JsonPath);
    }

    [Fact]
    public void ScenariosSchema_BrokenEmbeddedDocument_FailsAtThatMember()
    {
        var json = Shipped("rules/2024/scenarios/applications.json");
        json["scenarios"]![0]!["document"]!["institutions"]![0]!["applications"]![0]!["season"] = "summer";

        Assert.Equal("$.scenarios[0].document.institutions[0].applications[0].season", Assert.Single(Validate(JsonFileKind.Scenario, json)).JsonPath);
    }

    [Fact]
    public void RulesFolder_WithSchemas_StillLoads()
    {
        Assert.NotNull(RulePack.LoadFromDirectory(Repository.PathOf("rules")).For(2024));
    }

    [Fact]
    public void EmbeddedPack_LeavesSchemasOut()
    {
        var names = typeof(RulePack).Assembly.GetManifestResourceNames();

        Assert.Contains("rules/2024/edition.json", names);
        Assert.DoesNotContain(names, n => n.StartsWith("rules/schemas/", StringComparison.Ordinal));
        Assert.NotNull(RulePack.LoadEmbedded().For(2024));
    }

    internal static IReadOnlyList<Problem> Validate(JsonFileKind kind, JObject json) =>
        SchemaCheck.CheckAgainstShipped(json.ToString(), JsonFiles.FileName(kind), JsonFiles.SchemaName(kind));

    internal static JObject Shipped(string relative) => JObject.Parse(File.ReadAllText(Repository.PathOf(relative)));

    private static List<string> ShippedFilePaths()
    {
        var folders = new[] { "rules/2024", "rules/2024/workflows", "rules/2024/scenarios", "samples/documents" };
        return folders
            .SelectMany(f => Directory.GetFiles(Repository.PathOf(f), "*.json"))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string ExpectedSchema(string relative) => relative switch
    {
        "rules/2024/edition.json" => "../schemas/edition.schema.json",
        "rules/2024/catalogue.json" => "../schemas/catalogue.schema.json",
        _ when relative.StartsWith("rules/2024/workflows/", StringComparison.Ordinal) => "../../schemas/workflow.schema.json",
        _ when relative.StartsWith("rules/2024/scenarios/", StringComparison.Ordinal) => "../../schemas/scenarios.schema.json",
        _ when relative.StartsWith("samples/documents/", StringComparison.Ordinal) => "../../rules/schemas/document.schema.json",
        _ => throw new InvalidOperationException($"No schema is expected for {relative}; add it to the test."),
    };

    private static void AssertAt(IReadOnlyList<Problem> problems, string path, string says) =>
        Assert.True(problems.Any(p => p.JsonPath == path && p.Message.Contains(says, StringComparison.Ordinal)),
            $"Expected a schema problem at {path} saying \"{says}\"; found:\n{string.Join("\n", problems)}");

    /// <summary>Asserts the library's own reader refuses the same file at the same place.</summary>
    private static void AssertLoaderRefuses(JsonFileKind kind, JObject json, string code, string jsonPath)
    {
        var problems = JsonFiles.Problems(kind, json.ToString());
        Assert.True(problems.Any(p => p.Code == code && p.JsonPath == jsonPath),
            $"Expected the reader to report {code} at {jsonPath}; it reported:\n{string.Join("\n", problems)}");
    }
}
