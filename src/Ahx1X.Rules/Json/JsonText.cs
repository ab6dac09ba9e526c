using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Builds trees from JSON text read by <see cref="StrictJson"/> (RFC 8259 exactly, no duplicate
/// members, bounded depth), each token placed where it starts.
/// </summary>
internal static class JsonText
{
    /// <summary>How trees are built from <see cref="StrictJson"/>'s tokens: with their positions.</summary>
    public static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        // A member given twice is refused by the scan, which goes on reading to list every problem.
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Ignore,
    };

    /// <summary>Parses <paramref name="text"/>; on failure adds its problems and returns null.</summary>
    public static JToken? Parse(string text, string file, ProblemList problems)
    {
        using var json = new StrictJson(new StringReader(text), file, problems);
        try
        {
            json.Read();
            var token = JToken.ReadFrom(json, LoadSettings);
            json.ReadToEnd();
            return json.Refused ? null : token;
        }
        catch (StrictJson.Refusal)
        {
            return null;
        }
    }
}
