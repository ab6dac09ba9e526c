using Ahx1X.Rules.Json;
using Ahx1X.Rules.RuleModel;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Packs.Reading;

/// <summary>Records where a JSON value was read, as a problem about it would report it.</summary>
internal static class Spans
{
    /// <summary>Returns the span of <paramref name="token"/> in <paramref name="file"/>; the whole file when there is no token.</summary>
    public static SourceSpan Of(JToken? token, string file)
    {
        if (token is null)
        {
            return SourceSpan.OfFile(file);
        }

        var (line, column) = TokenStart.Of(token);
        var path = token.Path.Length == 0 ? "$" : "$." + token.Path;
        return new SourceSpan(file, path, line, column);
    }

    /// <summary>Returns the spans of <paramref name="root"/> and of each of <paramref name="members"/>, by their path under it.</summary>
    public static SourceMap Map(JToken root, string file, params IEnumerable<string> members)
    {
        // A loop, not LINQ over (member, token) tuples: that is framework code the JIT compiles at every first load.
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (root.SelectToken(member) is { } token)
            {
                spans[member] = Of(token, file);
            }
        }

        return new(Of(root, file), spans);
    }
}
