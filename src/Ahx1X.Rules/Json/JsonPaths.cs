using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Writes the JSON path of a token as problems give it (<c>$.institutions[0].name</c>), also for
/// a record read on its own from a streamed array, whose tree starts at the record.
/// </summary>
internal static class JsonPaths
{
    /// <summary>Returns the path of <paramref name="token"/> in its document.</summary>
    public static string Of(JToken token)
    {
        var relative = token.Path;
        if (token.Root.Annotation<Prefix>() is { } prefix)
        {
            return relative.Length == 0 ? prefix.Path : prefix.Path + (relative[0] == '[' ? "" : ".") + relative;
        }

        return relative switch
        {
            "" => "$",
            ['[', ..] => "$" + relative,
            _ => "$." + relative,
        };
    }

    /// <summary>The path of the root of a tree read on its own, such as <c>$.institutions[3]</c>.</summary>
    public sealed record Prefix(string Path);
}
