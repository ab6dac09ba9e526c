using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Tells where a token of a parsed tree starts: its first character, as an editor puts the
/// cursor. <see cref="StrictJson"/> gives each token its start as it reads it; a token made
/// while reading, such as the array a document's records are streamed from, is given one with
/// <see cref="Set{T}(T, Start)"/>.
/// </summary>
internal static class TokenStart
{
    /// <summary>Returns the 1-based line and column where <paramref name="token"/> starts, or (0, 0) when it has no position.</summary>
    public static (int Line, int Column) Of(JToken token)
    {
        if (token.Annotation<Start>() is { } start)
        {
            return (start.Line, start.Column);
        }

        return token is IJsonLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
    }

    /// <summary>Places <paramref name="token"/> where <paramref name="reader"/>'s current token starts.</summary>
    public static T Set<T>(T token, IJsonLineInfo reader)
        where T : JToken => Set(token, At(reader));

    /// <summary>Places <paramref name="token"/> at <paramref name="start"/>.</summary>
    public static T Set<T>(T token, Start start)
        where T : JToken
    {
        token.AddAnnotation(start);
        return token;
    }

    /// <summary>Returns where <paramref name="reader"/>'s current token starts.</summary>
    public static Start At(IJsonLineInfo reader) => new(reader.LineNumber, reader.LinePosition);

    /// <summary>Where a token starts.</summary>
    public sealed record Start(int Line, int Column);
}
