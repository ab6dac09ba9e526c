using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ahx1X.Rules.Serialization;

/// <summary>
/// Reads and writes any other enum by its camelCase name, such as <c>acceptedWithWarnings</c>:
/// the names come from the enum itself, so a value added later is named without a change here.
/// </summary>
internal sealed class CamelCaseEnumJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(NamedEnumJsonConverter<>).MakeGenericType(typeToConvert), CamelCaseNames(typeToConvert))!;

    private static object CamelCaseNames(Type enumType)
    {
        var names = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), enumType), StringComparer.Ordinal)!;
        foreach (var value in Enum.GetValues(enumType))
        {
            names.Add(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()!), value);
        }

        return names;
    }
}
