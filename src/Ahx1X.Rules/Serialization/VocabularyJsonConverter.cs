using System.Text.Json;
using System.Text.Json.Serialization;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Serialization;

/// <summary>Reads and writes an enum of the model by the names its <see cref="Vocabulary{TEnum}"/> gives documents.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class VocabularyJsonConverter<TEnum>(Vocabulary<TEnum> vocabulary) : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && vocabulary.ByWire.TryGetValue(reader.GetString()!, out var value))
        {
            return value;
        }

        var given = reader.TokenType == JsonTokenType.String ? $"\"{reader.GetString()}\"" : reader.TokenType.ToString();
        throw new JsonException($"{given} is not a {typeof(TEnum).Name}; write one of {string.Join(", ", vocabulary.ByWire.Keys.Select(k => $"\"{k}\""))}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(vocabulary.ByWire.Values.Contains(value)
            ? vocabulary.Wire(value)
            : throw new JsonException($"{typeof(TEnum).Name} {value} is not a defined value and has no name to write."));
}
