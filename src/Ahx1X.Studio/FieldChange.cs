using System.Globalization;
using Newtonsoft.Json;

namespace Ahx1X.Studio;

/// <summary>One value a form changed: the file, the JSON path of the value, what kind of value it is, and what was typed.</summary>
/// <param name="File">The file, relative to the rules folder, with <c>/</c> between folders.</param>
/// <param name="Path">The JSON path of the value, such as <c>$.seasons.spring.application.end</c>.</param>
/// <param name="Kind">How the typed text becomes JSON: <c>string</c>, <c>date</c>, <c>number</c>, <c>bool</c>, <c>strings</c> or <c>numbers</c> (a list, one item per line or comma).</param>
/// <param name="Value">What was typed.</param>
internal sealed record FieldChange(string File, string Path, string Kind, string Value)
{
    private static readonly char[] ListSeparators = [',', '，', '、', '\n', '\r'];

    /// <summary>Returns the typed text as JSON. A number that does not parse is written as text, so the library's reader says what is wrong, at the field.</summary>
    public string ToJson() => Kind switch
    {
        "number" => decimal.TryParse(Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : JsonConvert.ToString(Value),
        "bool" => Value.Trim() is "true" or "on" ? "true" : "false",
        "strings" => "[" + string.Join(", ", Items().Select(JsonConvert.ToString)) + "]",
        "numbers" => "[" + string.Join(", ", Items().Select(item => decimal.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : JsonConvert.ToString(item))) + "]",
        _ => JsonConvert.ToString(Value.Trim() is var trimmed && Kind == "date" ? trimmed : Value),
    };

    private IEnumerable<string> Items() =>
        Value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
