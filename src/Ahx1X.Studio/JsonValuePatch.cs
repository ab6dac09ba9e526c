using System.Text;
using System.Text.Json;

namespace Ahx1X.Studio;

/// <summary>
/// Replaces the value at one JSON path in a file's text and leaves every other byte as it was,
/// so a saved file differs from the one on disk only where staff changed a value. The library's
/// canonical writer lays a whole file out anew (and keeps no notes or <c>$schema</c>), which would
/// turn a one-date change into a rewrite of the file.
/// </summary>
internal static class JsonValuePatch
{
    /// <summary>Returns <paramref name="text"/> with the value at <paramref name="path"/> replaced by <paramref name="json"/>, or null when the file has no value there or is not JSON.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">A path such as <c>$.seasons.spring.application.end</c> or <c>$.Rules[3].Expression</c>.</param>
    /// <param name="json">The new value, as JSON.</param>
    public static string? Replace(string text, string path, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (Locate(bytes, path) is not { } range)
        {
            return null;
        }

        var replaced = new byte[bytes.Length - (range.End - range.Start) + Encoding.UTF8.GetByteCount(json)];
        bytes.AsSpan(0, range.Start).CopyTo(replaced);
        var written = range.Start + Encoding.UTF8.GetBytes(json, replaced.AsSpan(range.Start));
        bytes.AsSpan(range.End).CopyTo(replaced.AsSpan(written));
        return Encoding.UTF8.GetString(replaced);
    }

    /// <summary>Returns the byte range of the value at <paramref name="path"/>, or null.</summary>
    private static (int Start, int End)? Locate(byte[] utf8, string path)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var stack = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        stack[^1].Name = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        stack.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, ChildPath(stack), (int)reader.TokenStartIndex));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var closed = stack[^1];
                        stack.RemoveAt(stack.Count - 1);
                        if (closed.Path == path)
                        {
                            return (closed.Start, (int)reader.BytesConsumed);
                        }

                        AfterValue(stack);
                        break;
                    default:
                        if (ChildPath(stack) == path)
                        {
                            return ((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                        }

                        AfterValue(stack);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static string ChildPath(List<Frame> stack) =>
        stack.Count == 0 ? "$"
        : stack[^1].IsArray ? $"{stack[^1].Path}[{stack[^1].Index}]"
        : $"{stack[^1].Path}.{stack[^1].Name}";

    private static void AfterValue(List<Frame> stack)
    {
        if (stack.Count > 0 && stack[^1].IsArray)
        {
            stack[^1].Index++;
        }
    }

    private sealed class Frame(bool isArray, string path, int start)
    {
        public bool IsArray { get; } = isArray;

        public string Path { get; } = path;

        public int Start { get; } = start;

        public string? Name { get; set; }

        public int Index { get; set; }
    }
}
