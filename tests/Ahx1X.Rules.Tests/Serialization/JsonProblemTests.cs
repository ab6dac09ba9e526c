using System.Text.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Serialization;

namespace Ahx1X.Rules.Tests.Serialization;

/// <summary>A refusal of the contract becomes the problem a document would get: its code, the member's path, and no .NET type name.</summary>
public class JsonProblemTests
{
    public static TheoryData<string, string, string, string> Refusals() => new()
    {
        { """{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1", "nickname": 1 } }""", ProblemCodes.UnknownMember, "$.application.nickname", "\"nickname\"" },
        { """{ "institution": { "name": "x" }, "application": { "year": 2024 } }""", ProblemCodes.MissingMember, "$.application", "\"certificate\"" },
        { """{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1", "candidates": "45" } }""", ProblemCodes.InvalidValue, "$.application.candidates", "whole number" },
        { """{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1", "level": 2 } }""", ProblemCodes.InvalidValue, "$.application.level", "\"junior\"" },
        { """{ "institution": { "name": null }, "application": { "year": 2024, "certificate": "B1" } }""", ProblemCodes.InvalidValue, "$.institution.name", "may not be null" },
        { """{ "institution": { "name": "x", "name": "y" }, "application": { "year": 2024, "certificate": "B1" } }""", ProblemCodes.Duplicate, "$.institution.name", "twice" },
        { """{ "institution": { "name": "x" } x """, ProblemCodes.Syntax, "$", "syntax" },
        { """[1]""", ProblemCodes.InvalidValue, "$", "object" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refusal_IsTheProblemADocumentGets(string json, string code, string path, string named)
    {
        var refused = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ApplicationRequest>(json, Ahx1XJson.Options));

        var problem = Ahx1XJson.ProblemOf(refused, "body");

        Assert.Equal((code, path, "body"), (problem.Code, problem.JsonPath, problem.File));
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 0 && problem.Column > 0);
        Assert.DoesNotContain("Ahx1X.Rules.Model", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.Message, StringComparison.Ordinal);
    }
}
