using System.Text.Json;
using System.Text.Json.Serialization;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Serialization;

/// <summary>
/// Reads and writes a <see cref="MailRecipient"/> as documents do: a mailbox as its address, a
/// city bureau as <c>{ "cityBureau": "合肥" }</c>; <c>{ "mailbox": "…" }</c> is read too.
/// </summary>
internal sealed class MailRecipientJsonConverter : JsonConverter<MailRecipient>
{
    public override MailRecipient Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return MailRecipient.ToMailbox(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A recipient is a mail address or {{ \"cityBureau\": \"合肥\" }}, not {reader.TokenType}.");
        }

        string? member = null;
        string? value = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            if (member is not null || name is not ("mailbox" or "cityBureau") || !reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("A recipient object names one member, \"mailbox\" or \"cityBureau\", with a text value.");
            }

            member = name;
            value = reader.GetString();
        }

        return member switch
        {
            "mailbox" => MailRecipient.ToMailbox(value!),
            "cityBureau" => MailRecipient.ToCityBureau(value!),
            _ => throw new JsonException("A recipient object names one member, \"mailbox\" or \"cityBureau\"."),
        };
    }

    public override void Write(Utf8JsonWriter writer, MailRecipient value, JsonSerializerOptions options)
    {
        if (value.Mailbox is { } mailbox)
        {
            writer.WriteStringValue(mailbox);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("cityBureau", value.CityBureau);
        writer.WriteEndObject();
    }
}
