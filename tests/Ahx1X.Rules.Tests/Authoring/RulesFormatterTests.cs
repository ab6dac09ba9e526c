using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Tests.Demo;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Authoring;

public class RulesFormatterTests
{
    [Fact]
    public void ShippedRules_AreInCanonicalForm()
    {
        var result = RulesFormatter.Format(Repository.PathOf("rules"), write: false);

        Assert.True(result.IsCanonical, "Not in canonical form (run ahx1x fmt rules): " + string.Join(", ", result.Changed.Concat(result.Problems.Select(p => p.ToString()))));
    }

    [Fact]
    public void FormatText_RuleMembersOutOfOrder_TakesTheWritersOrderAndKeepsUnknownMembersInPlace()
    {
        const string text = """
            {
              "Rules": [ { "Properties": { "message": { "zh": "甲", "en": "a" }, "severity": "error", "citation": "c", "section": "一", "clause": "SCOPE-01" }, "Expression": "true", "RuleName": "r" } ],
              "comment": "kept here",
              "WorkflowName": "Application"
            }
            """;

        var formatted = RulesFormatter.FormatText(text, "2024/workflows/application.json", new ProblemList());

        Assert.Equal("""
            {
              "WorkflowName": "Application",
              "comment": "kept here",
              "Rules": [
                {
                  "RuleName": "r",
                  "Expression": "true",
                  "Properties": {
                    "clause": "SCOPE-01",
                    "section": "一",
                    "citation": "c",
                    "severity": "error",
                    "message": { "zh": "甲", "en": "a" }
                  }
                }
              ]
            }

            """.ReplaceLineEndings("\n"), formatted);
    }

    [Fact]
    public void FormatText_KeepsOneLineContainersOnOneLine_AndSpreadsTheOthers()
    {
        const string text = "{\"$schema\":\"x\",\"kind\": \"a\" ,\"list\" : [1,\n 2], \"one\": {\"a\":0.70, \"b\" : [ \"x\" ]} }";

        var formatted = RulesFormatter.FormatText(text, "2024/scenarios/x.json", new ProblemList());

        Assert.Equal("{\n  \"$schema\": \"x\",\n  \"kind\": \"a\",\n  \"list\": [\n    1,\n    2\n  ],\n  \"one\": { \"a\": 0.70, \"b\": [\"x\"] }\n}\n", formatted);
        Assert.Equal(formatted, RulesFormatter.FormatText(formatted!, "2024/scenarios/x.json", new ProblemList()));
    }

    [Fact]
    public void FormatText_TrailingCommaOfADeletedMember_IsRemoved()
    {
        const string text = "{\n  \"clauses\": [\n    { \"id\": \"A\" },\n    { \"id\": \"B\" },\n  ],\n  \"x\": 1,\n}\n";
        var problems = new ProblemList();

        var formatted = RulesFormatter.FormatText(text, "2024/scenarios/x.json", problems);

        Assert.Empty(problems.Items);
        Assert.Equal("{\n  \"clauses\": [\n    { \"id\": \"A\" },\n    { \"id\": \"B\" }\n  ],\n  \"x\": 1\n}\n", formatted);
    }

    [Fact]
    public void FormatText_OtherSyntaxProblem_IsReportedAndNothingIsWritten()
    {
        var problems = new ProblemList();

        var formatted = RulesFormatter.FormatText("{ \"a\": [1, 2 }", "2024/x.json", problems);

        Assert.Null(formatted);
        var problem = Assert.Single(problems.Items);
        Assert.Equal(ProblemCodes.Syntax, problem.Code);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Format_WritesTheSameValues()
    {
        using var rules = Repository.CopyRules();
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        var original = File.ReadAllText(edition);
        File.WriteAllText(edition, JToken.Parse(original).ToString(Newtonsoft.Json.Formatting.None));

        var result = RulesFormatter.Format(rules.Path, write: true);

        Assert.Equal([edition], result.Changed);
        Assert.True(JToken.DeepEquals(JToken.Parse(original), JToken.Parse(File.ReadAllText(edition))));
        Assert.True(RulesFormatter.Format(rules.Path, write: false).IsCanonical);
    }
}
