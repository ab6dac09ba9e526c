using System.Text.RegularExpressions;
using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Tests.Demo;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Authoring;

/// <summary>
/// The scenario runner: unmet expectations are reported with expected and actual, broken
/// scenario files are problems with a position, and an edition copied to the next year reruns
/// the same scenarios with their dates moved.
/// </summary>
public partial class ScenarioRunnerTests
{
    /// <summary>The shipped scenarios about the last day of the spring application window (2024: 04-02).</summary>
    private static readonly string[] SpringApplicationEnd =
    [
        "TIME-01: 2024-04-02 is the last day",
        "TIME-01: 04-02 23:30 +08:00 is still the last day",
    ];

    private const string Application29 = """
        {
          "kind": "applications",
          "institutions": [
            {
              "name": "安徽示范职业技术学院", "kind": "higherVocational", "registeredOn": "2021-05-10",
              "majorsOffered": ["软件技术"], "officeMeetingApprovedOn": "2024-03-12",
              "standardsInTrainingPlan": true, "fundingBudgeted": true,
              "applications": [
                {
                  "id": "A1", "year": 2024, "certificate": "B1-WEB", "level": "intermediate", "assessedMajors": ["软件技术"],
                  "candidates": 29, "season": "spring", "submittedAt": "2024-03-28", "justificationPresent": true, "formPresent": true
                }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void RunFolder_WrongExpectedOutcome_FailsNamingExpectedAndActual()
    {
        var run = RunWith(ScenarioFile(Application29, """{ "outcome": "accepted", "fires": ["SCALE-01"], "doesNotFire": ["TIME-01"] }"""));

        Assert.Empty(run.Problems);
        var result = Assert.Single(run.Results);
        Assert.False(result.Passed);
        Assert.False(run.Passed);
        Assert.Equal(Outcome.Rejected, result.Actual);
        Assert.Equal(["outcome: expected Accepted, actual Rejected"], result.Failures);
    }

    [Fact]
    public void RunFolder_ClauseExpectedToFireThatDoesNot_FailsNamingWhatFired()
    {
        var run = RunWith(ScenarioFile(Application29, """{ "outcome": "rejected", "fires": ["TIME-01"], "doesNotFire": ["SCALE-01"] }"""));

        var result = Assert.Single(run.Results);
        Assert.Equal(2, result.Failures.Count);
        Assert.Contains("fires: expected TIME-01 to fire, it did not (fired: SCALE-01)", result.Failures);
        Assert.Contains(result.Failures, f => f.StartsWith("doesNotFire: expected SCALE-01 not to fire, it fired: 29 candidates", StringComparison.Ordinal));
    }

    [Fact]
    public void RunFolder_MatchingExpectation_Passes()
    {
        var run = RunWith(ScenarioFile(Application29, """{ "outcome": "rejected", "fires": ["SCALE-01"], "doesNotFire": ["TIME-01"] }"""));

        Assert.True(run.Passed);
        Assert.Empty(Assert.Single(run.Results).Failures);
    }

    [Theory]
    [InlineData("syntax error", ProblemCodes.Syntax, "\"expect\": { \"outcome\": \"accepted\" } }\n  ]\n")]
    [InlineData("misspelt member", ProblemCodes.UnknownMember, "\"expects\": { \"outcome\": \"accepted\" } }\n  ]\n}\n")]
    public void RunFolder_BrokenScenarioFile_IsAProblemWithItsLine(string what, string code, string tail)
    {
        var text = "{\n  \"year\": 2024,\n  \"scenarios\": [\n    { \"name\": \"broken\",\n      \"document\": " + Application29 + ",\n      " + tail;

        var run = RunWith(text);

        Assert.NotEmpty(run.Problems);
        var problem = Assert.Single(run.Problems, p => p.Code == code);
        Assert.True(problem.Line > 0, $"{what}: the problem has no line: {problem}");
        Assert.All(run.Problems, p => Assert.EndsWith(Path.Combine("2024", "scenarios", "case.json"), p.File.Replace('/', Path.DirectorySeparatorChar), StringComparison.Ordinal));
        Assert.Empty(run.Results);
        Assert.False(run.Passed);
    }

    [Fact]
    public void RunFolder_AsOfOnAnApplicationsDocument_IsAProblem()
    {
        var scenario = JObject.Parse(ScenarioFile(Application29, """{ "outcome": "rejected" }"""));
        scenario["scenarios"]![0]!["asOf"] = "2024-04-01";

        var run = RunWith(scenario.ToString());

        var problem = Assert.Single(run.Problems);
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("the scenario", problem.Subject);
        Assert.Contains("\"asOf\" applies to monthlyReports documents only", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 0, problem.ToString());
        Assert.Empty(run.Results);
    }

    [Fact]
    public void RunFolder_EditionCopiedTo2025_FailsExactlyTheScenariosItsNewDatesBreak()
    {
        using var rules = Repository.CopyRules();
        var edition2025 = Path.Combine(rules.Path, "2025");
        CopyFolder(Path.Combine(rules.Path, "2024"), edition2025);
        var editionFile = Path.Combine(edition2025, "edition.json");
        var edition = JObject.Parse(File.ReadAllText(editionFile));
        edition["year"] = 2025;
        foreach (var value in edition.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String && Date2024().IsMatch((string)v!)).ToList())
        {
            value.Value = "2025" + ((string)value!)[4..];
        }

        Assert.Equal("2025-04-02", (string?)edition["seasons"]!["spring"]!["application"]!["end"]);
        edition["seasons"]!["spring"]!["application"]!["end"] = "2025-03-31";
        File.WriteAllText(editionFile, edition.ToString());

        var run = ScenarioRunner.RunFolder(rules.Path);

        Assert.True(run.Problems.Count == 0, string.Join("\n", run.Problems));
        var shipped = run.Results.Where(r => r.Scenario.Edition == 2024).ToList();
        var copied = run.Results.Where(r => r.Scenario.Edition == 2025).ToList();
        Assert.NotEmpty(shipped);
        Assert.Equal(shipped.Count, copied.Count);
        Assert.All(shipped, r => Assert.True(r.Passed, $"{r.Scenario.Name}: {string.Join("; ", r.Failures)}"));
        var failed = copied.Where(r => !r.Passed).ToList();
        Assert.Equal(SpringApplicationEnd.Order(StringComparer.Ordinal), failed.Select(r => r.Scenario.Name).Order(StringComparer.Ordinal));
        Assert.All(failed, r =>
        {
            Assert.Equal(Outcome.Rejected, r.Actual);
            Assert.Equal(["TIME-01"], r.Fired);
            Assert.Contains("2025-03-31", r.Result.Findings[0].Message.En, StringComparison.Ordinal);
        });
        Assert.All(copied, r => Assert.Equal(2025, r.Result.Edition));
    }

    /// <summary>Runs a copy of the rules folder whose 2024 scenarios are replaced by one file, <c>case.json</c>.</summary>
    private static ScenarioRun RunWith(string scenarioFile)
    {
        using var rules = Repository.CopyRules();
        var folder = Path.Combine(rules.Path, "2024", "scenarios");
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            File.Delete(file);
        }

        rules.Write(Path.Combine("2024", "scenarios", "case.json"), scenarioFile);
        return ScenarioRunner.RunFolder(rules.Path);
    }

    private static string ScenarioFile(string document, string expect) => $$"""
        {
          "year": 2024,
          "scenarios": [
            { "name": "the scenario", "document": {{document}}, "expect": {{expect}} }
          ]
        }
        """;

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^2024-\d{2}-\d{2}$")]
    private static partial Regex Date2024();
}
