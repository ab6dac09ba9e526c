using System.Text.RegularExpressions;
using Ahx1X.Rules.Tests.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Schemas;

/// <summary>
/// The schemas and the loader agree: every mutation of a shipped file that its schema refuses,
/// the library refuses too. Where the library refuses more than a JSON Schema can state, each
/// case is listed here by name and shown to be refused by the library alone.
/// </summary>
public sealed partial class SchemaLoaderAgreementTests
{
    /// <summary>At most this many mutations per pack file kind: each needs a pack load. Documents and catalogues take them all.</summary>
    private const int PackMutations = 30;

    public static TheoryData<JsonFileKind> Kinds() => new(JsonFiles.Kinds);

    /// <summary>Cases the library refuses and no JSON Schema can express, each a change to a shipped file.</summary>
    public static TheoryData<string> LoaderOnly() => new(LoaderOnlyCases.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, (JsonFileKind Kind, Func<string, string> Change, string Code)> LoaderOnlyCases = new(StringComparer.Ordinal)
    {
        // JSON Schema's "integer" is a mathematical integer: 45.0 is one.
        ["integer written with a decimal point (45.0 candidates)"] = (JsonFileKind.Document, t => Once(t, "\"candidates\": 45", "\"candidates\": 45.0"), ProblemCodes.InvalidValue),
        // A schema sees one value after parsing, as most JSON readers do; the strict reading refuses it before any schema.
        ["duplicate member"] = (JsonFileKind.Document, t => Once(t, "\"kind\": \"applications\",", "\"kind\": \"applications\", \"kind\": \"applications\","), ProblemCodes.Syntax),
        // uniqueItems compares whole items; no keyword makes one member of the items unique.
        ["duplicate catalogue code"] = (JsonFileKind.Catalogue, DuplicateCatalogueCode, ProblemCodes.Duplicate),
        ["duplicate record id in a document"] = (JsonFileKind.Document, t => Once(t, "\"id\": \"ACC-02\"", "\"id\": \"ACC-01\""), ProblemCodes.Duplicate),
        // A schema cannot read another file.
        ["citation not found in notice.txt"] = (JsonFileKind.Workflow, t => FirstCitation().Replace(t, "\"citation\": \"这句话不在通知里\"", 1), ProblemCodes.CitationNotFound),
        ["rule naming a clause the edition does not define"] = (JsonFileKind.Workflow, t => FirstClause().Replace(t, "\"clause\": \"ZZZ-99\"", 1), ProblemCodes.UnknownClause),
        ["expression outside the allow-list"] = (JsonFileKind.Workflow, t => FirstExpression().Replace(t, "\"Expression\": \"institution.GetType() != null\"", 1), ProblemCodes.ForbiddenMember),
        // Comparing two values of one file is beyond JSON Schema.
        ["window that ends before it starts"] = (JsonFileKind.Edition, t => Once(t, "\"cityReview\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-05\" }", "\"cityReview\": { \"start\": \"2024-04-05\", \"end\": \"2024-03-22\" }"), ProblemCodes.InconsistentParameters),
        // The date is well formed, but in Asia/Shanghai it falls after 9999-12-31.
        ["moment past the calendar's end in China Standard Time"] = (JsonFileKind.Document, t => SubmittedAt().Replace(t, "\"submittedAt\": \"9999-12-31T20:00:00Z\"", 1), ProblemCodes.InvalidValue),
        ["number too long to hold (101 digits)"] = (JsonFileKind.Document, t => Once(t, "\"candidates\": 45", "\"candidates\": 1" + new string('0', 100)), ProblemCodes.InvalidValue),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryMutationTheSchemaRefuses_TheLoaderRefusesToo(JsonFileKind kind)
    {
        var mutations = Mutations(JObject.Parse(JsonFiles.Shipped(kind))).ToList();
        if (kind is not (JsonFileKind.Document or JsonFileKind.Catalogue))
        {
            // A fixed spread of the mutations, the same every run.
            var step = Math.Max(1, mutations.Count / PackMutations);
            mutations = [.. mutations.Where((_, i) => i % step == 0).Take(PackMutations)];
        }

        var disagreements = new List<string>();
        var refusedByBoth = 0;
        foreach (var (name, json) in mutations)
        {
            var text = json.ToString();
            var schemaRefuses = SchemaTests.Validate(kind, json).Count > 0;
            if (!schemaRefuses)
            {
                continue;
            }

            var loader = JsonFiles.Problems(kind, text);
            if (loader.Count == 0)
            {
                disagreements.Add(name);
            }
            else
            {
                refusedByBoth++;
            }
        }

        Assert.True(disagreements.Count == 0, $"{kind}: the schema refuses and the loader accepts:\n{string.Join("\n", disagreements)}");
        Assert.True(refusedByBoth >= 10, $"{kind}: only {refusedByBoth} mutations were refused by the schema");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void MutationsTheLoaderAloneRefuses_AreOnlyThoseNoSchemaCanExpress(JsonFileKind kind)
    {
        if (kind is not (JsonFileKind.Document or JsonFileKind.Catalogue))
        {
            return; // Pack files are loaded once per mutation: the sample above is enough for them.
        }

        var loaderOnly = Mutations(JObject.Parse(JsonFiles.Shipped(kind)))
            .Where(m => SchemaTests.Validate(kind, m.Json).Count == 0 && JsonFiles.Problems(kind, m.Json.ToString()).Count > 0)
            .Select(m => m.Name)
            .ToList();

        Assert.True(loaderOnly.Count == 0, $"{kind}: the loader refuses and the schema accepts (fix the schema, or list the case in LoaderOnly with why):\n{string.Join("\n", loaderOnly)}");
    }

    [Theory]
    [MemberData(nameof(LoaderOnly))]
    public void LoaderOnlyCase_IsAcceptedByTheSchemaAndRefusedByTheLoader(string name)
    {
        var (kind, change, code) = LoaderOnlyCases[name];
        var text = change(JsonFiles.Shipped(kind));
        Assert.NotEqual(JsonFiles.Shipped(kind), text);

        var schema = SchemaCheck(kind, text);
        var loader = JsonFiles.Problems(kind, text);

        Assert.True(schema.Count == 0, $"The schema refuses \"{name}\" after all; drop it from LoaderOnly:\n{string.Join("\n", schema)}");
        Assert.True(loader.Any(p => p.Code == code), $"Expected {code} from the loader for \"{name}\"; found:\n{string.Join("\n", loader)}");
    }

    /// <summary>Checks raw text (not re-serialised, so duplicates and 45.0 survive) against the schema; the JSON reading itself does not count.</summary>
    private static IReadOnlyList<Problem> SchemaCheck(JsonFileKind kind, string text) =>
        [.. Ahx1X.Demo.Commands.SchemaCheck.CheckAgainstShipped(text, JsonFiles.FileName(kind), JsonFiles.SchemaName(kind))
            .Where(p => p.Code == ProblemCodes.SchemaMismatch)];

    /// <summary>Returns every single change of a file: each member dropped, each value of another type, an unknown member in each object, impossible dates and times, decimals for whole numbers, blank strings.</summary>
    private static IEnumerable<(string Name, JObject Json)> Mutations(JObject shipped)
    {
        var paths = shipped.DescendantsAndSelf().Select(t => t.Path).Distinct().ToList();
        foreach (var path in paths)
        {
            var token = path.Length == 0 ? shipped : shipped.SelectToken(Selector(path))!;
            if (token is JProperty)
            {
                continue;
            }

            if (token is JObject)
            {
                yield return ($"unknown member in {path}", Change(shipped, path, t => ((JObject)t)["zzUnknown"] = 1));
            }

            if (token.Parent is JProperty { Name: not "$schema" })
            {
                yield return ($"drop {path}", Change(shipped, path, t => t.Parent!.Remove()));
            }

            if (token.Parent is JProperty { Name: "$schema" })
            {
                continue;
            }

            var other = token.Type switch
            {
                JTokenType.String => (JToken)12345,
                JTokenType.Integer or JTokenType.Float => "12",
                JTokenType.Boolean => "yes",
                JTokenType.Array => new JObject(),
                JTokenType.Object => new JArray(),
                _ => null,
            };
            if (other is not null && path.Length > 0)
            {
                yield return ($"{token.Type} as {other.Type} at {path}", Change(shipped, path, t => t.Replace(other)));
            }

            if (token.Type == JTokenType.Integer)
            {
                yield return ($"decimal at {path}", Change(shipped, path, t => t.Replace((decimal)t + 0.5m)));
                yield return ($"negative at {path}", Change(shipped, path, t => t.Replace(-1 - (long)t)));
            }

            if (token.Type == JTokenType.String && (string)token! is var s)
            {
                yield return ($"blank at {path}", Change(shipped, path, t => t.Replace(" ")));
                if (DateLike().IsMatch(s))
                {
                    yield return ($"February 30 at {path}", Change(shipped, path, t => t.Replace("2024-02-30" + s[10..])));
                    yield return ($"month 13 at {path}", Change(shipped, path, t => t.Replace(s[..5] + "13" + s[7..])));
                    if (s.Length > 10)
                    {
                        yield return ($"hour 25 at {path}", Change(shipped, path, t => t.Replace(s[..11] + "25" + s[13..])));
                        yield return ($"no offset at {path}", Change(shipped, path, t => t.Replace(s[..19])));
                    }
                }
            }
        }
    }

    private static JObject Change(JObject shipped, string path, Action<JToken> change)
    {
        var copy = (JObject)shipped.DeepClone();
        change(path.Length == 0 ? copy : copy.SelectToken(Selector(path))!);
        return copy;
    }

    /// <summary>Writes a token's path as a selector: a name such as <c>$schema</c> needs brackets.</summary>
    private static string Selector(string path) => path.StartsWith("['", StringComparison.Ordinal) || path.Contains(".$", StringComparison.Ordinal)
        ? path.Replace(".$schema", "['$schema']", StringComparison.Ordinal)
        : path;

    private static string Once(string text, string oldText, string newText)
    {
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{oldText}\" not found");
        return text[..at] + newText + text[(at + oldText.Length)..];
    }

    private static string DuplicateCatalogueCode(string text)
    {
        var json = JObject.Parse(text);
        var certificates = (JArray)json["certificates"]!;
        var copy = (JObject)certificates[0].DeepClone();
        copy["name"] = "另一个证书";
        certificates.Add(copy);
        return json.ToString();
    }

    [GeneratedRegex("^\\d{4}-\\d{2}-\\d{2}")]
    private static partial Regex DateLike();

    [GeneratedRegex("\"citation\": \"[^\"]*\"")]
    private static partial Regex FirstCitation();

    [GeneratedRegex("\"clause\": \"[^\"]*\"")]
    private static partial Regex FirstClause();

    [GeneratedRegex("\"Expression\": \"[^\"]*\"")]
    private static partial Regex FirstExpression();

    [GeneratedRegex("\"submittedAt\": \"[^\"]*\"")]
    private static partial Regex SubmittedAt();
}
