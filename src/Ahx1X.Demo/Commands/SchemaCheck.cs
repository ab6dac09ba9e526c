using System.Text.Json;
using System.Text.RegularExpressions;
using Ahx1X.Rules;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.IO;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs;
using Json.Schema;
using Json.Schema.Keywords;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// Checks every JSON file of a folder that names a schema with <c>$schema</c> against it, as an
/// editor would: the library checks the same rules when it loads, and this catches what only
/// the schema states, in scenario files too. The schemas stay inside: only schemas in the rules
/// folder, or the shipped ones, are read; never a URL, an absolute path or a <c>$ref</c> out of
/// the folder; only regular files no larger than rule files; every pattern has a match timeout.
/// </summary>
internal static class SchemaCheck
{
    public const string Code = ProblemCodes.SchemaMismatch;

    /// <summary>The longest one pattern may take on one value: a pattern that backtracks without bound is cut off, not waited for.</summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private const string ShippedResource = "schemas/";

    private static readonly Uri InFolder = new("https://rules.ahx1x.invalid/");
    private static readonly Uri ShippedBase = new("https://shipped.ahx1x.invalid/schemas/");

    /// <summary>Gets the names of the schemas shipped inside the console.</summary>
    internal static IReadOnlyList<string> ShippedNames { get; } =
        [.. typeof(SchemaCheck).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ShippedResource, StringComparison.Ordinal))
            .Select(n => n[ShippedResource.Length..])
            .Order(StringComparer.Ordinal)];

    public static IReadOnlyList<Problem> Check(string folder)
    {
        var problems = new ProblemList();
        var schemas = new Schemas(RootOf(folder), problems);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            CheckFile(Path.GetFullPath(file), schemas, problems);
        }

        return problems.Items;
    }

    /// <summary>Returns the folder schemas may come from: the rules folder, also when lint is given one edition of it.</summary>
    private static string RootOf(string folder)
    {
        var full = Path.GetFullPath(folder);
        var root = File.Exists(Path.Combine(full, RulePackLoader.EditionFile)) ? Path.GetDirectoryName(full) ?? full : full;
        return Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
    }

    private static void CheckFile(string file, Schemas schemas, ProblemList problems)
    {
        // A file that cannot be read or is not strict JSON is reported, with its position, by the rule checks.
        var text = BoundedFile.Read(file, RulePack.MaxFileBytes, out _);
        if (text is null || JsonText.Parse(text, file, new ProblemList()) is not JObject root
            || root.Property("$schema", StringComparison.Ordinal)?.Value is not JValue { Type: JTokenType.String } named)
        {
            return;
        }

        if (schemas.For(file, (string)named!, named) is { } schema)
        {
            Evaluate(file, text, root, schema, problems);
        }
    }

    /// <summary>Checks <paramref name="text"/> against the shipped schema <paramref name="schemaName"/>, whatever its <c>$schema</c> says.</summary>
    internal static IReadOnlyList<Problem> CheckAgainstShipped(string text, string file, string schemaName)
    {
        var problems = new ProblemList();
        if (JsonText.Parse(text, file, problems) is JObject root
            && new Schemas(RootOf(Path.GetTempPath()), problems).Shipped(schemaName, file) is { } schema)
        {
            Evaluate(file, text, root, schema, problems);
        }

        return problems.Items;
    }

    private static void Evaluate(string file, string text, JObject root, (JsonSchema Schema, string Name) schema, ProblemList problems)
    {
        var named = root.Property("$schema", StringComparison.Ordinal)?.Value ?? root;
        using var instance = JsonDocument.Parse(text);
        EvaluationResults results;
        try
        {
            results = schema.Schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        }
        catch (RefResolutionException ex)
        {
            problems.Add(Code, file, named,
                $"{schema.Name} refers to \"{ProblemList.Cut(ex.BaseUri.ToString())}\", which lint does not read: every $ref must stay inside the rules folder, and lint never fetches a schema.");
            return;
        }
        catch (RegexMatchTimeoutException ex)
        {
            problems.Add(Code, file, named,
                $"A pattern of {schema.Name} took more than {MatchTimeout.TotalSeconds:0} s on one value (\"{ProblemList.Cut(ex.Pattern)}\"); the file was not checked further. Write the pattern so it cannot backtrack without bound.");
            return;
        }

        foreach (var (location, message) in Leaves(results))
        {
            problems.Add(Code, file, TokenAt(root, location), $"Does not match {schema.Name}: {message}");
        }
    }

    /// <summary>Keeps the errors of the keywords that judge a value, leaving out those that only say a subschema failed and those of conditions (<c>if</c>, <c>not</c>), whose failing is not an error.</summary>
    private static IEnumerable<(string Location, string Message)> Leaves(EvaluationResults results) =>
        (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 } && !InCondition(d.EvaluationPath.ToString()))
            .SelectMany(d => d.Errors!
                .Where(e => e.Key is not ("allOf" or "anyOf" or "oneOf" or "then" or "else" or "$ref" or "properties" or "items" or "patternProperties"))
                .Select(e => (d.InstanceLocation.ToString(), Readable(e.Value))))
            .Distinct();

    private static string Readable(string message) => message == "All values fail against the false schema"
        ? "this member is not allowed here."
        : message.Replace("\\u0022", "\"", StringComparison.Ordinal);

    private static bool InCondition(string evaluationPath)
    {
        var segments = evaluationPath.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i] is "if" or "not" && segments[i - 1] is not ("properties" or "patternProperties" or "$defs" or "definitions"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the token at a JSON Pointer, for its line and path; the nearest existing parent when the member is missing.</summary>
    private static JToken TokenAt(JToken root, string pointer)
    {
        var token = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            JToken? next = token switch
            {
                JObject o => o.Property(segment, StringComparison.Ordinal)?.Value,
                JArray a when int.TryParse(segment, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (next is null)
            {
                break;
            }

            token = next;
        }

        return token;
    }

    /// <summary>Finds, reads and builds the schemas a folder's files name, each once, reporting whatever is refused.</summary>
    private sealed class Schemas
    {
        private readonly string _root;
        private readonly ProblemList _problems;
        private readonly Dictionary<Uri, (JsonSchema Schema, string Name)?> _built = [];
        private readonly BuildOptions _options;

        public Schemas(string root, ProblemList problems)
        {
            _root = root;
            _problems = problems;
            var registry = new SchemaRegistry { Fetch = (uri, _) => Fetch(uri) };
            var dialects = new DialectRegistry();
            var strict = Strict(Dialect.Draft202012, "https://json-schema.org/draft/2020-12/schema");
            dialects.Register(strict);
            dialects.Register(Strict(Dialect.Draft07, "http://json-schema.org/draft-07/schema"));
            _options = new BuildOptions { SchemaRegistry = registry, DialectRegistry = dialects, Dialect = strict };
            // The global registry downloads what it does not know: never, here.
            SchemaRegistry.Global.Fetch = (_, _) => null;
        }

        /// <summary>Returns the schema <paramref name="named"/> names for <paramref name="file"/>, or null after reporting why it is not used.</summary>
        public (JsonSchema Schema, string Name)? For(string file, string named, JToken? at)
        {
            if (named.Contains(':', StringComparison.Ordinal) || named.StartsWith("//", StringComparison.Ordinal))
            {
                if (!IsMetaSchema(named))
                {
                    Refuse(file, at, $"\"$schema\" is the address \"{ProblemList.Cut(named)}\"; lint never fetches a schema. Name a schema inside the rules folder by a relative path, such as \"../schemas/workflow.schema.json\".");
                }

                // A file naming a JSON Schema dialect is itself a schema: nothing to check it against here.
                return null;
            }

            if (Path.IsPathRooted(named) || named.StartsWith('~'))
            {
                Refuse(file, at, $"\"$schema\" is the absolute path \"{ProblemList.Cut(named)}\"; lint only reads schemas inside the rules folder. Use a path relative to this file.");
                return null;
            }

            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, named));
            Uri uri;
            var shipped = ShippedNames.Contains(Path.GetFileName(path));
            if (path.StartsWith(_root, StringComparison.Ordinal) && (!shipped || File.Exists(path)))
            {
                uri = new Uri(InFolder, Uri.EscapeDataString(path[_root.Length..].Replace('\\', '/')).Replace("%2F", "/", StringComparison.Ordinal));
            }
            else if (shipped)
            {
                // Outside the folder (or missing from it) only the shipped schema of that name is used, never a file elsewhere.
                uri = new Uri(ShippedBase, Path.GetFileName(path));
            }
            else
            {
                Refuse(file, at, $"\"$schema\" names \"{ProblemList.Cut(named)}\", outside the rules folder; lint only uses the shipped schemas ({string.Join(", ", ShippedNames)}) and schemas inside the folder.");
                return null;
            }

            var schema = Build(uri, file, at);
            return schema;
        }

        /// <summary>Returns the shipped schema <paramref name="name"/>, built as lint builds every schema.</summary>
        public (JsonSchema Schema, string Name)? Shipped(string name, string file) => Build(new Uri(ShippedBase, name), file, null);

        private static bool IsMetaSchema(string named) =>
            Uri.TryCreate(named, UriKind.Absolute, out var uri) && uri.Host == "json-schema.org";

        private (JsonSchema Schema, string Name)? Build(Uri uri, string file, JToken? at)
        {
            if (_built.TryGetValue(uri, out var known))
            {
                return known;
            }

            _built[uri] = null;
            var name = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            var path = uri.Host == InFolder.Host ? Path.GetFullPath(Path.Combine(_root, name)) : null;
            string? text;
            string? error = null;
            if (path is not null && !Inside(path))
            {
                Refuse(file, at, $"The schema \"{ProblemList.Cut(name)}\" lies outside the rules folder (a link out of it, or a path climbing out); lint only reads schemas inside the folder.");
                return null;
            }

            if (path is null)
            {
                using var stream = typeof(SchemaCheck).Assembly.GetManifestResourceStream(ShippedResource + Path.GetFileName(name));
                text = stream is null ? null : new StreamReader(stream).ReadToEnd();
            }
            else
            {
                text = BoundedFile.Read(path, RulePack.MaxFileBytes, out error);
            }

            if (text is null)
            {
                Refuse(file, at, $"The schema \"{ProblemList.Cut(name)}\" cannot be used: {error ?? "it does not exist."}");
                return null;
            }

            var source = path ?? "schemas/" + Path.GetFileName(name);
            if (JsonText.Parse(text, source, _problems) is null)
            {
                return null;
            }

            try
            {
                var schema = JsonSchema.FromText(text, _options, uri);
                return _built[uri] = (schema, Path.GetFileName(name));
            }
            catch (Exception ex) when (ex is JsonSchemaException or RefResolutionException or JsonException or ArgumentException or InvalidOperationException or RegexParseException)
            {
                Refuse(source, null, $"The schema cannot be used: {ProblemList.Cut(ex.Message)} Only JSON Schema keywords are allowed, and every $ref must stay inside the rules folder.");
                return null;
            }
        }

        /// <summary>Resolves a <c>$ref</c> to another schema: inside the folder or shipped only, never over the network.</summary>
        private JsonSchema? Fetch(Uri uri)
        {
            if (uri.Host != InFolder.Host && uri.Host != ShippedBase.Host)
            {
                return null;
            }

            var target = new Uri(uri.GetLeftPart(UriPartial.Path));
            var path = uri.Host == InFolder.Host ? Path.Combine(_root, Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'))) : target.AbsolutePath;
            return Build(target, path, null)?.Schema;
        }

        /// <summary>Returns true when <paramref name="path"/>, and the file a link there leads to, are inside the rules folder.</summary>
        private bool Inside(string path)
        {
            if (!path.StartsWith(_root, StringComparison.Ordinal))
            {
                return false;
            }

            try
            {
                var file = new FileInfo(path);
                return file.LinkTarget is null
                    || file.ResolveLinkTarget(returnFinalTarget: true) is not { } target
                    || Path.GetFullPath(target.FullName).StartsWith(_root, StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false; // A link that cannot be followed (a loop) is not read.
            }
        }

        private void Refuse(string file, JToken? at, string message) => _problems.Add(Code, file, at, message);

        private static Dialect Strict(Dialect dialect, string id) =>
            // Keywords added replace those of the same name.
            dialect.With([new TimedPattern(), new TimedPatternProperties()], new Uri(id), allowUnknownKeywords: false);
    }

    /// <summary>Handles <c>pattern</c> with a match timeout.</summary>
    private sealed class TimedPattern : PatternKeyword
    {
        public override object? ValidateKeywordValue(JsonElement value) => Timed((Regex)base.ValidateKeywordValue(value)!);
    }

    /// <summary>Handles <c>patternProperties</c> with a match timeout.</summary>
    private sealed class TimedPatternProperties : PatternPropertiesKeyword
    {
        public override object? ValidateKeywordValue(JsonElement value) =>
            ((Dictionary<string, Regex>)base.ValidateKeywordValue(value)!).ToDictionary(p => p.Key, p => Timed(p.Value), StringComparer.Ordinal);
    }

    private static Regex Timed(Regex regex) => new(regex.ToString(), regex.Options & ~RegexOptions.Compiled, MatchTimeout);
}
