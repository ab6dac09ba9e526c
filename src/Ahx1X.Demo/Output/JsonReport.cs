using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Serialization;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Writes verdicts as one JSON document for machines. Each result is the library's JSON contract
/// (<see cref="Ahx1XJson"/>, rules/schemas/result.schema.json) with the record it judged named in front.
/// </summary>
internal static class JsonReport
{
    /// <summary>The contract's options, indented, leaving Chinese readable; control characters are still escaped.</summary>
    private static readonly JsonSerializerOptions Options = new(Ahx1XJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, RulePack pack, IReadOnlyList<Verdict> verdicts, IReadOnlyList<Refusal> refusals)
    {
        var report = new JsonObject
        {
            ["pack"] = new JsonObject { ["source"] = pack.Source, ["fingerprint"] = pack.Fingerprint },
            ["results"] = new JsonArray([.. verdicts.Select(Result)]),
            ["refused"] = new JsonArray([.. refusals.Select(r => new JsonObject { ["file"] = r.File, ["id"] = r.Id, ["reason"] = r.Reason })]),
            ["summary"] = Summary(verdicts),
        };
        output.WriteLine(report.ToJsonString(Options));
    }

    private static JsonObject Result(Verdict verdict)
    {
        var record = new JsonObject
        {
            ["file"] = verdict.File,
            ["id"] = verdict.Id,
            ["subject"] = verdict.Subject,
            ["item"] = verdict.Item,
        };
        var result = JsonSerializer.SerializeToNode(verdict.Result, Options)!.AsObject();
        foreach (var (name, value) in result.ToList())
        {
            result.Remove(name);
            record[name] = value;
        }

        return record;
    }

    private static JsonObject Summary(IReadOnlyList<Verdict> verdicts)
    {
        var summary = new JsonObject();
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            summary[JsonSerializer.Serialize(outcome, Options).Trim('"')] = verdicts.Count(v => v.Result.Outcome == outcome);
        }

        return summary;
    }
}
