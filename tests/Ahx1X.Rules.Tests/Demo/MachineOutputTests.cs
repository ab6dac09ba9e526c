using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using Json.Schema;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>Output for machines: JSON on every authoring command, SARIF from lint, JUnit XML from test, and problems on standard error as JSON objects.</summary>
public class MachineOutputTests
{
    private const string Application29 = """
        { "kind": "applications", "institutions": [ { "name": "安徽示范职业技术学院", "kind": "higherVocational", "registeredOn": "2021-05-10",
            "majorsOffered": ["软件技术"], "officeMeetingApprovedOn": "2024-03-12", "standardsInTrainingPlan": true, "fundingBudgeted": true,
            "applications": [ { "id": "A1", "year": 2024, "certificate": "B1-WEB", "level": "intermediate", "assessedMajors": ["软件技术"],
              "candidates": 29, "season": "spring", "submittedAt": "2024-03-28", "justificationPresent": true, "formPresent": true } ] } ] }
        """;

    private static readonly Lazy<JsonSchema> Sarif = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.PathOf("tests/Ahx1X.Rules.Tests/Schemas/Sarif"), "sarif-schema-2.1.0.json"))));

    [Fact]
    public void LintSarif_ShippedRules_IsValidSarif210_WithEveryProblemCodeAsARule()
    {
        var run = ConsoleRun.Of("lint", Repository.PathOf("rules"), "--format", "sarif");

        Assert.Equal(0, run.ExitCode);
        AssertValidSarif(run.Output);
        using var log = JsonDocument.Parse(run.Output);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var codes = typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.All(codes, code => Assert.Contains(code, rules));
        Assert.Contains("AHX1015", rules);
        Assert.Contains(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("level").GetString() == "note");
    }

    [Fact]
    public void LintSarif_AProblem_IsAnErrorAtItsFileLineAndColumn()
    {
        using var rules = Repository.CopyRules();
        var workflow = Path.Combine(rules.Path, "2024", "workflows", "application.json");
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace("\"Expression\": \"institution.FundingBudgeted == true\"", "\"Expresion\": \"institution.FundingBudgeted == true\"", StringComparison.Ordinal));

        var run = ConsoleRun.Of("lint", rules.Path, "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        AssertValidSarif(run.Output);
        using var log = JsonDocument.Parse(run.Output);
        var result = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "AHX1002");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0];
        Assert.EndsWith("2024/workflows/application.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.True(location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() > 1);
        Assert.EndsWith(".Expresion", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Lint_AMisspeltMember_IsReportedOnce_NotAgainByTheSchema()
    {
        using var rules = Repository.CopyRules();
        var workflow = Path.Combine(rules.Path, "2024", "workflows", "application.json");
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace("\"Expression\": \"institution.FundingBudgeted == true\"", "\"Expresion\": \"institution.FundingBudgeted == true\"", StringComparison.Ordinal));

        var run = ConsoleRun.Of("lint", rules.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var problems = report.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Single(problems, p => p.GetProperty("path").GetString()!.EndsWith(".Expresion", StringComparison.Ordinal));
        Assert.Single(problems, p => p.GetProperty("path").GetString()!.EndsWith("$.Rules[12]", StringComparison.Ordinal));
        Assert.False(report.RootElement.GetProperty("clean").GetBoolean());
    }

    [Fact]
    public void TestJUnit_AFailingScenario_IsAFailureInParsedJUnitXml()
    {
        using var rules = WithScenario("""{ "outcome": "accepted", "doesNotFire": ["SCALE-01"] }""");

        var run = ConsoleRun.Of("test", rules.Path, "--format", "junit");

        Assert.Equal(1, run.ExitCode);
        var xml = XDocument.Parse(run.Output);
        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var cases = root.Descendants("testcase").ToList();
        Assert.Equal(int.Parse((string)root.Attribute("tests")!, System.Globalization.CultureInfo.InvariantCulture), cases.Count);
        var failing = Assert.Single(cases, c => c.Element("failure") is not null);
        Assert.Equal("29 candidates", (string)failing.Attribute("name")!);
        Assert.EndsWith("probe.json", (string)failing.Attribute("file")!);
        Assert.Contains("outcome: expected Accepted, actual Rejected", failing.Element("failure")!.Value);
        Assert.Equal("1", (string)root.Attribute("failures")!);
    }

    [Fact]
    public void TestFilter_RunsOnlyTheMatchingScenarios_AndTheFailureTableSaysWhatFired()
    {
        using var rules = WithScenario("""{ "outcome": "rejected", "doesNotFire": ["SCALE-01"] }""");

        var table = ConsoleRun.Of("test", rules.Path, "--filter", "PROBE.json");
        var json = ConsoleRun.Of("test", rules.Path, "--filter", "probe", "--format", "json");

        Assert.Equal(1, table.ExitCode);
        Assert.Contains("0 passed, 1 failed", table.Output);
        Assert.Contains("must not fire", table.Output);
        Assert.True(table.Output.Contains("fired: SCALE-01", StringComparison.Ordinal), table.Output);
        Assert.DoesNotMatch(@"does not fire\s*│\s*SCALE-01\s*│\s*SCALE-01", table.Output);
        using var report = JsonDocument.Parse(json.Output);
        var result = Assert.Single(report.RootElement.GetProperty("results").EnumerateArray());
        Assert.False(result.GetProperty("passed").GetBoolean());
        Assert.Equal("rejected", result.GetProperty("actual").GetProperty("outcome").GetString());
        Assert.Contains("SCALE-01", result.GetProperty("actual").GetProperty("fired").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("batch")]
    public void FormatJson_ProblemsOnStandardError_AreJsonObjectsWithTheirPosition(string command)
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.json", "{ \"kind\": \"applications\",\n  \"institutions\": [ { \"name\": \"x\", \"applications\": [ { \"id\": \"A\", \"year\": 2024, \"certificat\": \"B1-WEB\" } ] } ] }");

        var run = ConsoleRun.Of(command, file, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        var problem = lines.Select(l => JsonDocument.Parse(l).RootElement).First(p => p.GetProperty("code").GetString() == "AHX1002");
        Assert.Equal(file, problem.GetProperty("file").GetString());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.True(problem.GetProperty("column").GetInt32() > 0);
        Assert.EndsWith("certificat", problem.GetProperty("path").GetString());
        Assert.Contains("certificat", problem.GetProperty("message").GetString());
    }

    [Fact]
    public void FormatJson_ABadCommandLine_IsAJsonErrorToo()
    {
        var run = ConsoleRun.Of("lint", "--format", "json", "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.All(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line));
        Assert.Contains("--no-such-option", run.Error);
    }

    [Theory]
    [MemberData(nameof(ConsoleCommands.WithResults), MemberType = typeof(ConsoleCommands))]
    public void EveryCommand_TakesFormatJson(params string[] command)
    {
        var run = ConsoleRun.Of([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"--format\b[^\n]*json|--format <FORMAT>[\s\S]*json", run.Output);
    }

    [Fact]
    public void CalendarAndGenerate_FormatJson_AreJsonDocuments()
    {
        using var temp = new TempFolder();

        var calendar = ConsoleRun.Of("calendar", "--date", "2024-03-30", "--format", "json");
        var generate = ConsoleRun.Of("generate", "--count", "3", "--output", Path.Combine(temp.Path, "g.json"), "--format", "json");

        Assert.Equal(0, calendar.ExitCode);
        using var day = JsonDocument.Parse(calendar.Output);
        Assert.Equal("2024-03-30", day.RootElement.GetProperty("date").GetString());
        Assert.Contains(day.RootElement.GetProperty("parties").EnumerateArray(), p => p.GetProperty("open").EnumerateArray().Any(w => w.GetProperty("clauseId").GetString() == "TIME-01"));
        Assert.Equal(0, generate.ExitCode);
        Assert.Equal(3, JsonDocument.Parse(generate.Output).RootElement.GetProperty("applications").GetInt32());
    }

    private static void AssertValidSarif(string output)
    {
        using var log = JsonDocument.Parse(output);
        var results = Sarif.Value.Evaluate(log.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static TempFolder WithScenario(string expect)
    {
        var rules = Repository.CopyRules();
        rules.Write("2024/scenarios/probe.json", $$"""{ "year": 2024, "scenarios": [ { "name": "29 candidates", "document": {{Application29}}, "expect": {{expect}} } ] }""");
        return rules;
    }
}
