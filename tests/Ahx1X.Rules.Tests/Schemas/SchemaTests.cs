using System.Collections.Concurrent;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Tests.Demo;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Ahx1X.Rules.Tests.Schemas;

/// <summary>
/// Checks the JSON Schemas in rules/schemas that editors use: every shipped file names the
/// schema of its kind and passes it, and a broken file fails at the member that is wrong.
/// </summary>
public class SchemaTests
{
    private static readonly string[] SchemaFiles =
    [
        "workflow.schema.json", "edition.schema.json", "catalogue.schema.json", "document.schema.json", "scenarios.schema.json",
    ];

    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Loaded = new(StringComparer.Ordinal);

    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ShippedFilePaths())
        {
            data.Add(file);
        }

        return data;
    }

    public static TheoryData<string> Schemas() => new(SchemaFiles);

    [Fact]
    public void ShippedFiles_AreFound()
    {
        var files = ShippedFilePaths();

        Assert.Contains("rules/2024/edition.json", files);
        Assert.Contains("rules/2024/catalogue.json", files);
        Assert.Contains("rules/2024/workflows/application.json", files);
        Assert.Contains("samples/documents/applications-accepted.json", files);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_NamesTheSchemaOfItsKindFirst(string relative)
    {
        var root = JObject.Parse(File.ReadAllText(Repository.PathOf(relative)));

        var first = root.Properties().First();
        Assert.Equal("$schema", first.Name);
        Assert.Equal(ExpectedSchema(relative), (string?)first.Value);
        Assert.True(File.Exists(ResolveSchema(relative)), $"{relative} names a schema that does not exist: {first.Value}");
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public async Task ShippedFile_ValidatesAgainstTheSchemaItNames(string relative)
    {
        var schema = await Load(ResolveSchema(relative));

        var errors = schema.Validate(File.ReadAllText(Repository.PathOf(relative)));

        Assert.True(errors.Count == 0, $"{relative} does not match its schema:\n{Describe(Flatten(errors))}");
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Schema_IsValidJsonSchemaWithTitleAndDescriptions(string name)
    {
        var path = SchemaPath(name);
        var schema = await Load(path);

        Assert.False(string.IsNullOrWhiteSpace(schema.Title), $"{name} has no title.");
        Assert.False(string.IsNullOrWhiteSpace(schema.Description), $"{name} has no description.");
        var json = JObject.Parse(File.ReadAllText(path));
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)json["$schema"]);
        var undescribed = json.Descendants().OfType<JProperty>()
            .Where(p => p.Name is "properties" or "patternProperties" && p.Value is JObject)
            .SelectMany(p => ((JObject)p.Value).Properties())
            .Where(p => p.Value is not JObject member || string.IsNullOrWhiteSpace((string?)member["description"]))
            .Select(p => p.Path)
            .ToList();
        Assert.True(undescribed.Count == 0, $"{name} has properties without a description: {string.Join(", ", undescribed)}");
    }

    [Fact]
    public async Task WorkflowSchema_MisspeltExpression_FailsAtThatRule()
    {
        var json = Shipped("rules/2024/workflows/application.json");
        var rule = (JObject)json["Rules"]![2]!;
        rule.Property("Expression")!.Replace(new JProperty("Expresion", rule["Expression"]!));

        var errors = await Validate("workflow.schema.json", json);

        AssertError(errors, ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/Rules[2].Expresion");
        AssertError(errors, ValidationErrorKind.PropertyRequired, "#/Rules[2].Expression");
        AssertOnlyAt(errors, "#/Rules[2].Expression", "#/Rules[2].Expresion");
        AssertLoaderRefuses(LoadRulesWith("workflows/application.json", json), ProblemCodes.UnknownMember, "$.Rules[2].Expresion");
    }

    [Fact]
    public async Task EditionSchema_WindowWithoutEnd_FailsAtThatWindow()
    {
        var json = Shipped("rules/2024/edition.json");
        ((JObject)json["seasons"]!["autumn"]!["cityReview"]!).Remove("end");

        var errors = await Validate("edition.schema.json", json);

        AssertError(errors, ValidationErrorKind.PropertyRequired, "#/seasons.autumn.cityReview.end");
        AssertOnlyAt(errors, "#/seasons.autumn.cityReview.end");
        AssertLoaderRefuses(LoadRulesWith("edition.json", json), ProblemCodes.MissingMember, "$.seasons.autumn.cityReview");
    }

    [Fact]
    public async Task CatalogueSchema_BatchFive_FailsAtThatBatch()
    {
        var json = Shipped("rules/2024/catalogue.json");
        json["certificates"]![3]!["batch"] = 5;

        var errors = await Validate("catalogue.schema.json", json);

        AssertError(errors, ValidationErrorKind.NumberTooBig, "#/certificates[3].batch");
        AssertOnlyAt(errors, "#/certificates[3].batch");
        AssertLoaderRefuses(Assert.Throws<DocumentException>(() => Catalogue.Parse(json.ToString(), "catalogue.json")).Problems,
            ProblemCodes.InvalidValue, "$.certificates[3].batch");
    }

    [Fact]
    public async Task DocumentSchema_ApplicationInSummer_FailsAtThatSeason()
    {
        var json = Shipped("samples/documents/applications-accepted.json");
        json["institutions"]![0]!["applications"]![1]!["season"] = "summer";

        var errors = await Validate("document.schema.json", json);

        AssertError(errors, ValidationErrorKind.NotInEnumeration, "#/institutions[0].applications[1].season");
        AssertOnlyAt(InstitutionErrors(errors), "#/institutions[0].applications[1].season");
        AssertLoaderRefuses(Assert.Throws<DocumentException>(() => Document.Parse(json.ToString(), "summer.json")).Problems,
            ProblemCodes.InvalidValue, "$.institutions[0].applications[1].season");
    }

    [Fact]
    public async Task DocumentSchema_DateTimeWithoutOffset_FailsAtThatMoment()
    {
        var json = Shipped("samples/documents/applications-accepted.json");
        json["institutions"]![0]!["applications"]![0]!["submittedAt"] = "2024-04-02T23:30:00";

        var errors = await Validate("document.schema.json", json);

        AssertError(errors, ValidationErrorKind.PatternMismatch, "#/institutions[0].applications[0].submittedAt");
        AssertOnlyAt(InstitutionErrors(errors), "#/institutions[0].applications[0].submittedAt");
        AssertLoaderRefuses(Assert.Throws<DocumentException>(() => Document.Parse(json.ToString(), "local-time.json")).Problems,
            ProblemCodes.InvalidValue, "$.institutions[0].applications[0].submittedAt");
    }

    [Fact]
    public async Task DocumentSchema_MemberOfAnotherKind_IsRefused()
    {
        var json = Shipped("samples/documents/city-reviews.json");
        json["institutions"] = new JArray();

        var errors = await Validate("document.schema.json", json);

        AssertError(errors, ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/institutions");
        AssertLoaderRefuses(Assert.Throws<DocumentException>(() => Document.Parse(json.ToString(), "mixed.json")).Problems,
            ProblemCodes.UnknownMember, "$.institutions");
    }

    [Fact]
    public async Task DocumentSchema_UnknownFactsAsNull_AreAccepted()
    {
        var json = Shipped("samples/documents/summary-tables.json");
        var mail = (JObject)json["mails"]![0]!;
        foreach (var name in new[] { "season", "senderKind", "senderCity", "sentAt", "sealed", "recipient", "subject" })
        {
            mail[name] = JValue.CreateNull();
        }

        var errors = await Validate("document.schema.json", json);

        Assert.True(errors.Count == 0, Describe(errors));
        Assert.Single(Document.Parse(json.ToString(), "nulls.json").Entries, e => e.Id == (string)mail["id"]!);
    }

    [Fact]
    public async Task ScenariosSchema_ValidScenario_Passes()
    {
        var errors = await Validate("scenarios.schema.json", Scenario("rejected"));

        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Fact]
    public async Task ScenariosSchema_UnknownOutcome_FailsAtThatOutcome()
    {
        var errors = await Validate("scenarios.schema.json", Scenario("passed"));

        AssertError(errors, ValidationErrorKind.NotInEnumeration, "#/scenarios[0].expect.outcome");
        AssertOnlyAt(errors, "#/scenarios[0].expect.outcome");
    }

    [Fact]
    public async Task ScenariosSchema_BrokenDocumentOrClauseId_FailsAtThatMember()
    {
        var json = Scenario("rejected");
        json["scenarios"]![0]!["document"]!["institutions"]![0]!["applications"]![0]!["season"] = "summer";
        json["scenarios"]![0]!["expect"]!["fires"] = new JArray("scale-01");

        var errors = await Validate("scenarios.schema.json", json);

        AssertError(errors, ValidationErrorKind.NotInEnumeration, "#/scenarios[0].document.institutions[0].applications[0].season");
        AssertError(errors, ValidationErrorKind.PatternMismatch, "#/scenarios[0].expect.fires[0]");
    }

    [Fact]
    public void RulesFolder_WithSchemas_StillLoads()
    {
        var pack = RulePack.LoadFromDirectory(Repository.PathOf("rules"));

        Assert.NotNull(pack.For(2024));
        Assert.True(Directory.GetFiles(Repository.PathOf("rules/schemas"), "*.schema.json").Length == SchemaFiles.Length);
    }

    [Fact]
    public void EmbeddedPack_LeavesSchemasOut()
    {
        var names = typeof(RulePack).Assembly.GetManifestResourceNames();

        Assert.Contains("rules/2024/edition.json", names);
        Assert.DoesNotContain(names, n => n.StartsWith("rules/schemas/", StringComparison.Ordinal));
        Assert.NotNull(RulePack.LoadEmbedded().For(2024));
    }

    [Fact]
    public void SampleDocuments_WithSchemaMember_StillLoad()
    {
        foreach (var file in Directory.GetFiles(Repository.PathOf("samples/documents"), "*.json"))
        {
            Assert.NotEmpty(Document.Load(file).Entries);
        }
    }

    private static List<string> ShippedFilePaths()
    {
        var folders = new[] { "rules/2024", "rules/2024/workflows", "rules/2024/scenarios", "samples/documents" };
        return folders
            .Where(f => Directory.Exists(Repository.PathOf(f)))
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

    /// <summary>Resolves the file's <c>$schema</c> relative to the file, as editors do.</summary>
    private static string ResolveSchema(string relative)
    {
        var file = Repository.PathOf(relative);
        var named = (string?)JObject.Parse(File.ReadAllText(file))["$schema"]
            ?? throw new InvalidOperationException($"{relative} names no schema.");
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, named));
    }

    private static string SchemaPath(string name) => Repository.PathOf(Path.Combine("rules", "schemas", name));

    private static Task<JsonSchema> Load(string path) =>
        Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromFileAsync(p))).Value;

    private static JObject Shipped(string relative) => JObject.Parse(File.ReadAllText(Repository.PathOf(relative)));

    private static async Task<List<ValidationError>> Validate(string schemaName, JObject json) =>
        Flatten((await Load(SchemaPath(schemaName))).Validate(json.ToString()));

    /// <summary>Keeps the errors inside the records, leaving out the other document kinds' complaints about the root.</summary>
    private static List<ValidationError> InstitutionErrors(List<ValidationError> errors) =>
        errors.Where(e => e.Path is { } p && p.StartsWith("#/institutions[", StringComparison.Ordinal)).ToList();

    private static JObject Scenario(string outcome)
    {
        var document = Shipped("samples/documents/applications-rejected.json");
        document.Remove("$schema");
        return new JObject
        {
            ["$schema"] = "../../schemas/scenarios.schema.json",
            ["description"] = "Applications below the minimum number of candidates.",
            ["year"] = 2024,
            ["scenarios"] = new JArray(new JObject
            {
                ["name"] = "Too few candidates",
                ["document"] = document,
                ["asOf"] = "2024-04-01",
                ["expect"] = new JObject
                {
                    ["outcome"] = outcome,
                    ["fires"] = new JArray("SCALE-01"),
                    ["doesNotFire"] = new JArray("REQ-03"),
                },
            }),
        };
    }

    /// <summary>Lists the errors with, after each, those found inside its branches (oneOf, allOf, array items, several types).</summary>
    private static List<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        var all = new List<ValidationError>();
        foreach (var error in errors)
        {
            all.Add(error);
            var inner = error switch
            {
                ChildSchemaValidationError child => child.Errors.Values.SelectMany(e => e),
                MultiTypeValidationError multi => multi.Errors.Values.SelectMany(e => e),
                _ => [],
            };
            all.AddRange(Flatten(inner));
        }

        return all;
    }

    private static void AssertError(List<ValidationError> errors, ValidationErrorKind kind, string path) =>
        Assert.True(errors.Any(e => e.Kind == kind && e.Path == path), $"Expected {kind} at {path}; found:\n{Describe(errors)}");

    /// <summary>Asserts every error is at one of <paramref name="paths"/> or at an object or array holding it.</summary>
    private static void AssertOnlyAt(List<ValidationError> errors, params string[] paths) =>
        Assert.True(errors.All(e => e.Path is { } p && paths.Any(path => p == path || path.StartsWith(p.TrimEnd('/'), StringComparison.Ordinal))),
            $"Expected errors only at {string.Join(", ", paths)}; found:\n{Describe(errors)}");

    /// <summary>Asserts the library's own reader refuses the same file at the same place.</summary>
    private static void AssertLoaderRefuses(IReadOnlyList<Problem> problems, string code, string jsonPath) =>
        Assert.True(problems.Any(p => p.Code == code && p.JsonPath == jsonPath),
            $"Expected the reader to report {code} at {jsonPath}; it reported:\n{string.Join("\n", problems)}");

    /// <summary>Loads a copy of the rules folder with one file of the 2024 edition replaced.</summary>
    private static IReadOnlyList<Problem> LoadRulesWith(string file, JObject json)
    {
        using var rules = Repository.CopyRules();
        File.WriteAllText(Path.Combine(rules.Path, "2024", file), json.ToString());
        return Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(rules.Path)).Problems;
    }

    private static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join("\n", errors.Select(e => $"  {e.Kind} at {e.Path} (line {e.LineNumber})"));
}
