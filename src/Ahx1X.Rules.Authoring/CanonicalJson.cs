using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Writes a JSON tree in the pack's canonical layout: two-space indent, one member or item per
/// line, <c>"$schema"</c> first, then the members the canonical writer knows in its order. A
/// container written on one line in the source stays on one line (<c>{ "a": 1 }</c>,
/// <c>["x", "y"]</c>); one that spans lines gets one member per line. Members the writer does not
/// know keep their place, so nothing is ever dropped.
/// </summary>
internal static class CanonicalJson
{
    private const string SchemaMember = "$schema";

    /// <summary>Returns the canonical text of <paramref name="root"/>, ordered as <paramref name="template"/> (the canonical writer's output for the same definitions; null keeps the source order).</summary>
    /// <param name="root">The tree, read with line information.</param>
    /// <param name="template">The canonical writer's tree, or null.</param>
    /// <param name="isBlock">Says which containers must span lines whatever the source did (each rule of a workflow).</param>
    public static string Write(JToken root, JToken? template, Func<JToken, bool> isBlock)
    {
        var text = new StringBuilder();
        Write(root, template, 0, text, isBlock, block: true);
        return text.Append('\n').ToString();
    }

    private static void Write(JToken token, JToken? template, int indent, StringBuilder text, Func<JToken, bool> isBlock, bool block)
    {
        switch (token)
        {
            case JObject obj:
                var members = Ordered(obj, template as JObject);
                Container(text, '{', '}', indent, members.Count, block || SpansLines(obj, isBlock), padded: true, (i, inner) =>
                {
                    text.Append(JsonConvert.ToString(members[i].Name)).Append(": ");
                    Write(members[i].Value, (template as JObject)?[members[i].Name], inner, text, isBlock, block: false);
                });
                break;
            case JArray array:
                Container(text, '[', ']', indent, array.Count, block || SpansLines(array, isBlock), padded: false, (i, inner) =>
                    Write(array[i], template is JArray t && i < t.Count ? t[i] : null, inner, text, isBlock, block: false));
                break;
            default:
                text.Append(token.ToString(Formatting.None));
                break;
        }
    }

    private static void Container(StringBuilder text, char open, char close, int indent, int count, bool multiline, bool padded, Action<int, int> item)
    {
        if (count == 0)
        {
            text.Append(open).Append(close);
            return;
        }

        text.Append(open);
        for (var i = 0; i < count; i++)
        {
            if (multiline)
            {
                text.Append('\n').Append(' ', indent + 2);
            }
            else
            {
                // Objects on one line are padded, { "a": 1 }; arrays are not, ["x"].
                text.Append(i == 0 ? (padded ? " " : "") : ", ");
            }

            item(i, indent + 2);
            if (multiline && i < count - 1)
            {
                text.Append(',');
            }
        }

        text.Append(multiline ? "\n" + new string(' ', indent) : padded ? " " : "").Append(close);
    }

    /// <summary>Returns the members of <paramref name="obj"/>: <c>$schema</c> first, then the members <paramref name="template"/> knows sorted into the places they hold, the others where they are.</summary>
    private static List<JProperty> Ordered(JObject obj, JObject? template)
    {
        var members = obj.Properties().ToList();
        var schema = members.FirstOrDefault(m => m.Name == SchemaMember);
        if (schema is not null)
        {
            members.Remove(schema);
        }

        if (template is not null)
        {
            var rank = template.Properties().Select((p, i) => (p.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
            var known = members.Where(m => rank.ContainsKey(m.Name)).OrderBy(m => rank[m.Name]).ToList();
            var next = 0;
            for (var i = 0; i < members.Count; i++)
            {
                if (rank.ContainsKey(members[i].Name))
                {
                    members[i] = known[next++];
                }
            }
        }

        if (schema is not null)
        {
            members.Insert(0, schema);
        }

        return members;
    }

    /// <summary>Returns whether <paramref name="container"/> is written over several lines: the source did so, it must be a block, or something in it is.</summary>
    private static bool SpansLines(JContainer container, Func<JToken, bool> isBlock) =>
        isBlock(container) || !OnOneLine(container) || container.Descendants().OfType<JContainer>().Any(isBlock);

    /// <summary>Returns whether the source wrote <paramref name="container"/> on one line: its last value is on the line it starts on.</summary>
    private static bool OnOneLine(JContainer container)
    {
        var last = container.DescendantsAndSelf().Last();
        return container is IJsonLineInfo start && last is IJsonLineInfo end && start.HasLineInfo() && end.HasLineInfo()
            && start.LineNumber == end.LineNumber;
    }
}
