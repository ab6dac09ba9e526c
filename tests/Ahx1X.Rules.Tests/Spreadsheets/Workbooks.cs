using System.Text.Json.Nodes;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Spreadsheets;

/// <summary>Paths of the workbook fixtures, and the findings of a run in a form two runs can be compared by.</summary>
internal static class Workbooks
{
    public static string Sample(string name) => Repository.PathOf($"samples/workbooks/{name}.xlsx");

    public static string Document(string name) => Repository.PathOf($"samples/documents/{name}.json");

    public static string Corpus(string file) => Repository.PathOf($"tests/Ahx1X.Rules.Tests/Corpus/workbooks/{file}");

    /// <summary>Returns every result of <c>evaluate --format json</c> as id, outcome and each finding's clause, messages, facts and contact.</summary>
    public static List<string> Findings(ConsoleRun run)
    {
        var results = JsonNode.Parse(run.Output)!["results"]!.AsArray();
        return results.SelectMany(r =>
        {
            var findings = r!["findings"]!.AsArray();
            var head = $"{r["id"]} {r["outcome"]}";
            return findings.Count == 0
                ? [head]
                : findings.Select(f => $"{head} {f!["clauseId"]} {f["severity"]} {f["kind"]} | {f["message"]!["zh"]} | {f["message"]!["en"]} | "
                    + string.Join("; ", f["facts"]!.AsArray().Select(x => $"{x!["name"]}={x["value"]}")) + $" | {f["contact"]?["office"]}");
        }).ToList();
    }
}
