using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Demo.Output;

/// <summary>
/// The JSON every command writes with <c>--format json</c>: indented, Chinese left readable
/// (control characters still escaped), and one shape for a problem wherever it is printed.
/// </summary>
internal static class MachineJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions OneLine = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="report"/> as one indented JSON document.</summary>
    public static void Write(TextWriter output, JsonNode report) => output.WriteLine(report.ToJsonString(Indented));

    /// <summary>Returns <paramref name="node"/> on one line, as a problem on standard error is written.</summary>
    public static string Line(JsonNode node) => node.ToJsonString(OneLine);

    /// <summary>Returns a problem as the object machine output gives it: code, file, line, column, path, subject and message.</summary>
    public static JsonObject Of(Problem problem, Func<string, string>? shorten = null) => new()
    {
        ["code"] = problem.Code,
        ["file"] = shorten is null ? problem.File : shorten(problem.File),
        ["line"] = problem.Line,
        ["column"] = problem.Column,
        ["path"] = problem.JsonPath,
        ["subject"] = problem.Subject,
        ["message"] = problem.Message,
    };

    /// <summary>Returns the problems as a JSON array.</summary>
    public static JsonArray Of(IEnumerable<Problem> problems, Func<string, string>? shorten = null) => [.. problems.Select(p => (JsonNode)Of(p, shorten))];
}
