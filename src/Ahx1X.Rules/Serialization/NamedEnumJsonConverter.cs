using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ahx1X.Rules.Serialization;

/// <summary>Reads and writes an enum by one name per value, and by that name only: never a number, never another casing.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class NamedEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly IReadOnlyDictionary<string, TEnum> _values;
    private readonly Dictionary<TEnum, string> _names;

    /// <summary>Creates the converter from each value's name, such as a vocabulary's wire names.</summary>
    public NamedEnumJsonConverter(IReadOnlyDictionary<string, TEnum> values)
    {
        _values = values;
        _names = values.ToDictionary(p => p.Value, p => p.Key);
    }

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && _values.TryGetValue(reader.GetString()!, out var value))
        {
            return value;
        }

        var given = reader.TokenType == JsonTokenType.String ? $"\"{reader.GetString()}\"" : reader.TokenType.ToString();
        throw new JsonException($"{given} is not a {typeof(TEnum).Name}; write one of {string.Join(", ", _values.Keys.Select(k => $"\"{k}\""))}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(_names.TryGetValue(value, out var name)
            ? name
            : throw new JsonException($"{typeof(TEnum).Name} {value} is not a defined value and has no name to write."));
}
