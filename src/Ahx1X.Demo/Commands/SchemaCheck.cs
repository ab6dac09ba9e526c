using Ahx1X.Rules;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// Checks every JSON file of a folder that names a local schema with <c>$schema</c> against it,
/// as an editor would: the library checks the same rules when it loads, and this catches what
/// only the schema states, in scenario files too.
/// </summary>
internal static class SchemaCheck
{
    public const string Code = "AHX1015";

    public static IReadOnlyList<Problem> Check(string folder)
    {
        var problems = new List<Problem>();
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text;
            string? named;
            try
            {
                text = File.ReadAllText(file);
                named = (string?)Newtonsoft.Json.Linq.JObject.Parse(text)["$schema"];
            }
            catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or InvalidCastException or IOException)
            {
                continue; // Not readable JSON: the rule checks report it with its position.
            }

            if (named is null || named.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, named));
            if (!File.Exists(path))
            {
                problems.Add(new Problem(Code, file, "$.$schema", 0, 0, null, $"The schema \"{named}\" does not exist; correct the path."));
                continue;
            }

            if (!schemas.TryGetValue(path, out var schema))
            {
                schema = JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
                schemas[path] = schema;
            }

            problems.AddRange(Leaves(schema.Validate(text)).Select(e => new Problem(
                Code,
                file,
                "$" + (e.Path ?? "#").TrimStart('#').Replace('/', '.'),
                e.HasLineInfo ? e.LineNumber : 0,
                e.HasLineInfo ? e.LinePosition : 0,
                null,
                $"Does not match {Path.GetFileName(path)}: {e.Kind}{(e.Property is null ? "" : $" ({e.Property})")}.")));
        }

        return problems;
    }

    /// <summary>Keeps the innermost errors, which point at the offending member.</summary>
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Leaves(child.Errors.SelectMany(c => c.Value))
            : [e]).DistinctBy(e => (e.Path, e.Kind));
}
