using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>
/// The members of an object still in the text, read only when asked for: the root of a document,
/// whose records are taken one at a time (<see cref="Stream"/>) while the other members, small,
/// are read into <see cref="Object"/> as they come.
/// </summary>
internal sealed class PendingMembers
{
    private readonly StrictJson _reader;
    private bool _ended;
    private bool _inArray;
    private (string Name, TokenStart.Start At)? _next;

    /// <summary>Takes the object <paramref name="reader"/> stands at the start of.</summary>
    public PendingMembers(StrictJson reader)
    {
        _reader = reader;
        Object = TokenStart.Set(new JObject(), reader);
    }

    /// <summary>Gets the members read so far, in text order.</summary>
    public JObject Object { get; }

    /// <summary>Reads members until <paramref name="name"/> is read, or to the end of the object.</summary>
    public void ReadUntil(string name)
    {
        while (Object.Property(name, StringComparison.Ordinal) is null && NextName() is not null)
        {
            ReadNext();
        }
    }

    /// <summary>Reads every member left.</summary>
    public void ReadAll()
    {
        while (NextName() is not null)
        {
            ReadNext();
        }
    }

    /// <summary>
    /// Returns the items of the array member <paramref name="name"/> one at a time, each read from
    /// the text only when asked for and given the path it has in the document; none are kept.
    /// Returns null when the member is not an array, or was already read (it came before the
    /// member that says how to read it, or twice), and then reads it into <see cref="Object"/>.
    /// </summary>
    public IEnumerable<JToken>? Stream(string name)
    {
        while (NextName() is { } next && next != name)
        {
            ReadNext();
        }

        if (_next?.Name != name || Object.ContainsKey(name))
        {
            return null;
        }

        _reader.Read();
        if (_reader.TokenType != JsonToken.StartArray)
        {
            ReadNext();
            return null;
        }

        // The array stays in the tree, empty, to place a problem about it as a whole.
        Object.Add(TokenStart.Set(new JProperty(name, TokenStart.Set(new JArray(), _reader)), _next.Value.At));
        _next = null;
        _inArray = true;
        return Items("$" + ProblemList.PathSegment(name));
    }

    private IEnumerable<JToken> Items(string path)
    {
        for (var index = 0; _inArray && _reader.Read(); index++)
        {
            if (_reader.TokenType == JsonToken.EndArray)
            {
                _inArray = false;
                yield break;
            }

            var item = JToken.ReadFrom(_reader, JsonText.LoadSettings);
            item.AddAnnotation(new JsonPaths.Prefix($"{path}[{index}]"));
            yield return item;
        }
    }

    /// <summary>Returns the name of the next member, reading up to it; null at the end of the object.</summary>
    private string? NextName()
    {
        if (_next is not null || _ended)
        {
            return _next?.Name;
        }

        // Items left unread by whoever streamed them are skipped, still scanned.
        while (_inArray && _reader.Read() && _reader.TokenType != JsonToken.EndArray)
        {
            _reader.Skip();
        }

        _inArray = false;
        _reader.Read();
        if (_reader.TokenType == JsonToken.PropertyName)
        {
            _next = ((string)_reader.Value!, TokenStart.At(_reader));
            return _next.Value.Name;
        }

        _ended = true;
        return null;
    }

    /// <summary>Reads the value of the member <see cref="NextName"/> returned, from its name or from its value's first token.</summary>
    private void ReadNext()
    {
        var (name, at) = _next!.Value;
        _next = null;
        if (_reader.TokenType == JsonToken.PropertyName)
        {
            _reader.Read();
        }

        var value = JToken.ReadFrom(_reader, JsonText.LoadSettings);
        if (!Object.ContainsKey(name))
        {
            // A member given twice was refused by the scan; the first is kept.
            Object.Add(TokenStart.Set(new JProperty(name, value), at));
        }
    }
}
