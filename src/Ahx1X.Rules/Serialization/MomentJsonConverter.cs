using System.Text.Json;
using System.Text.Json.Serialization;
using Ahx1X.Rules.Model;
using NodaTime.Text;

namespace Ahx1X.Rules.Serialization;

/// <summary>Reads and writes a <see cref="Moment"/> as documents do: a date, or a date-time with its offset.</summary>
internal sealed class MomentJsonConverter : JsonConverter<Moment>
{
    /// <summary>Writes an instant at China Standard Time's offset, with the offset always in full (<c>+08:00</c>), as documents write it.</summary>
    private static readonly OffsetDateTimePattern Written =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    public override Moment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"A moment is a string, not {reader.TokenType}: a date (\"2024-03-22\") or a date-time with its offset (\"2024-03-22T09:30:00+08:00\").");
        if (Moment.Parse(text, out var outsideCalendar) is { } moment)
        {
            return moment;
        }

        if (outsideCalendar)
        {
            throw new JsonException($"The moment \"{text}\" falls outside the calendar.");
        }

        throw new JsonException($"\"{text}\" is not a moment: write a date (\"2024-03-22\") or a date-time with its offset (\"2024-03-22T09:30:00+08:00\" or \"2024-03-22T01:30:00Z\").");
    }

    public override void Write(Utf8JsonWriter writer, Moment value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Instant is { } instant
            ? Written.Format(instant.InZone(Moment.ChinaStandardTime).ToOffsetDateTime())
            : Text.Format.Date(value.Date));
}
