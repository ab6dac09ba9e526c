using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Parses JSON text keeping line numbers. The text must first pass <see cref="StrictJson"/>
/// (RFC 8259 exactly, no duplicate members, bounded depth); the tree reader, lenient by
/// itself, then only builds the tree the readers walk.
/// </summary>
internal static class JsonText
{
    private const int MaxDepth = StrictJson.MaxDepth;

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>Parses <paramref name="text"/>; on failure adds one problem and returns null.</summary>
    public static JToken? Parse(string text, string file, ProblemList problems)
    {
        // A byte-order mark is tolerated, as when reading files: editors on Windows add one.
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        if (!StrictJson.Check(text, file, problems))
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(text))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                MaxDepth = MaxDepth,
            };
            var token = JToken.ReadFrom(reader, LoadSettings);
            TokenStart.Keep(token, text);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    problems.Add(new Problem(ProblemCodes.Syntax, file, "", reader.LineNumber, reader.LinePosition, null,
                        "Unexpected content after the end of the JSON value; remove it."));
                    return null;
                }
            }

            return token;
        }
        catch (JsonReaderException ex)
        {
            problems.Add(new Problem(ProblemCodes.Syntax, file, string.IsNullOrEmpty(ex.Path) ? "" : "$." + ex.Path,
                ex.LineNumber, ex.LinePosition, null, Describe(ex)));
            return null;
        }
    }

    private static string Describe(JsonReaderException ex)
    {
        // Json.NET appends "Path '...', line n, position m." which the Problem already carries.
        var message = ex.Message;
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        message = cut > 0 ? message[..cut] : message;
        return $"The file is not valid JSON: {message.TrimEnd('.')}. Fix the JSON syntax at this position.";
    }
}
