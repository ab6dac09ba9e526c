using System.Buffers;
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

    /// <summary>
    /// Writes <paramref name="verdicts"/>, taking each as it is judged, then <paramref name="refusals"/>
    /// (which judging them may add to) and the count of each outcome; returns the outcomes written.
    /// </summary>
    public static IReadOnlyCollection<Outcome> Write(TextWriter output, RulePack pack, IEnumerable<Verdict> verdicts, IReadOnlyList<Refusal> refusals)
    {
        var counts = new Dictionary<Outcome, int>();
        // Written record by record, through a buffer passed on every few hundred kilobytes: the
        // report of a large batch is never held whole, as a tree or as one string.
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder }))
        {
            json.WriteStartObject();
            json.WritePropertyName("pack");
            new JsonObject { ["source"] = pack.Source, ["fingerprint"] = pack.Fingerprint }.WriteTo(json, Options);
            json.WriteStartArray("results");
            foreach (var verdict in verdicts)
            {
                counts[verdict.Result.Outcome] = counts.GetValueOrDefault(verdict.Result.Outcome) + 1;
                WriteResult(json, verdict);
                // The writer holds what it wrote until flushed: its pending bytes count too.
                if (json.BytesPending + buffer.WrittenCount > 1 << 18)
                {
                    json.Flush();
                    PassOn(buffer, output);
                }
            }

            json.WriteEndArray();
            json.WritePropertyName("refused");
            new JsonArray([.. refusals.Select(r => new JsonObject { ["file"] = r.File, ["id"] = r.Id, ["reason"] = r.Reason })]).WriteTo(json, Options);
            json.WritePropertyName("summary");
            Summary(counts).WriteTo(json, Options);
            json.WriteEndObject();
        }

        PassOn(buffer, output);
        output.WriteLine();
        return counts.Keys;
    }

    /// <summary>Writes one record: where it comes from, then every member of its result.</summary>
    private static void WriteResult(Utf8JsonWriter json, Verdict verdict)
    {
        json.WriteStartObject();
        json.WriteString("file", verdict.File);
        json.WriteString("id", verdict.Id);
        json.WriteString("subject", verdict.Subject);
        json.WriteString("item", verdict.Item);
        foreach (var member in JsonSerializer.SerializeToElement(verdict.Result, Options).EnumerateObject())
        {
            member.WriteTo(json);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the buffered UTF-8 to <paramref name="output"/> and empties the buffer.</summary>
    private static void PassOn(ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    private static JsonObject Summary(Dictionary<Outcome, int> counts)
    {
        var summary = new JsonObject();
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            summary[JsonSerializer.Serialize(outcome, Options).Trim('"')] = counts.GetValueOrDefault(outcome);
        }

        return summary;
    }
}
