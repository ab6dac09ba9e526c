using System.Text.Json;
using System.Text.Json.Nodes;
using Ahx1X.Rules.Serialization;
using Json.Schema;

namespace Ahx1X.Rules.Tests.Serialization;

/// <summary>Serialises through the library's contract and checks JSON against the shipped schemas.</summary>
internal static class ContractJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Ahx1XJson.Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Ahx1XJson.Options)!;

    /// <summary>Writes <paramref name="value"/>, reads it back and writes it again: a lossless contract gives the same text.</summary>
    public static (string First, string Again) RoundTrip<T>(T value)
    {
        var first = Write(value);
        return (first, Write(Read<T>(first)));
    }

    /// <summary>
    /// Returns the problems of <paramref name="json"/> against the shipped schema <paramref name="schema"/>, or
    /// against its <c>$defs</c> entry <paramref name="definition"/>; empty when it passes. A validator of its own,
    /// not lint's, which lists the failing branches of an <c>anyOf</c> that passes.
    /// </summary>
    public static string Problems(string json, string schema, string? definition = null)
    {
        var root = JsonNode.Parse(File.ReadAllText(Demo.Repository.PathOf("rules/schemas/" + schema)))!.AsObject();
        if (definition is not null)
        {
            root.Remove("anyOf");
            root["$ref"] = "#/$defs/" + definition;
        }

        var built = JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://contract.ahx1x.invalid/" + schema));
        using var instance = JsonDocument.Parse(json);
        var results = built.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? ""
            : string.Join("\n", (results.Details ?? [results]).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
    }

    /// <summary>Returns the <c>$defs</c> entry of request.schema.json that describes <paramref name="type"/>, such as <c>cityReviewRequest</c>.</summary>
    public static string DefinitionOf(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name);

    /// <summary>Reads a sample document's records of one kind, each without its document id: the JSON of one typed request.</summary>
    public static IEnumerable<(string Id, JsonObject Request)> Records(string document)
    {
        var root = JsonNode.Parse(File.ReadAllText(Demo.Repository.PathOf(document)))!.AsObject();
        var records = root.Single(p => p.Key is not ("$schema" or "kind")).Value!.AsArray();
        foreach (var record in records.Select(r => r!.AsObject().DeepClone().AsObject()))
        {
            var id = (string)record["id"]!;
            record.Remove("id");
            yield return (id, record);
        }
    }
}
