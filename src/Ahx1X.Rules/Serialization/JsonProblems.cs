using System.Text.Json;
using System.Text.RegularExpressions;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Serialization;

/// <summary>
/// Turns System.Text.Json's refusals of the contract into the library's problems: the code a
/// document would get and a message that names the member, without .NET type names.
/// </summary>
internal static partial class JsonProblems
{
    public static Problem Of(JsonException exception, string source)
    {
        var path = string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path;
        var line = exception.LineNumber is { } l ? (int)Math.Min(l + 1, int.MaxValue) : 0;
        var column = exception.BytePositionInLine is { } c ? (int)Math.Min(c + 1, int.MaxValue) : 0;
        var (code, message) = Classify(exception, path);
        return new Problem(code, source, path, line, column, null, message);
    }

    private static (string Code, string Message) Classify(JsonException exception, string path)
    {
        var text = WithoutLocation(exception.Message);
        var member = LastMember(path);
        // The reader's own refusals: the text is not JSON.
        if (exception.InnerException?.GetType().Name == "JsonReaderException")
        {
            return (ProblemCodes.Syntax, $"{text} Correct the JSON syntax.");
        }

        if (UnmappedMember().IsMatch(text))
        {
            return (ProblemCodes.UnknownMember, $"\"{member}\" is not a member here: remove it or correct its spelling (members are camelCase).");
        }

        if (MissingRequired().Match(text) is { Success: true } missing)
        {
            return (ProblemCodes.MissingMember, $"Required member(s) missing: {missing.Groups["names"].Value.Replace("'", "\"", StringComparison.Ordinal)}.");
        }

        if (text.Contains("doesn't allow setting null values", StringComparison.Ordinal))
        {
            return (ProblemCodes.InvalidValue, $"\"{member}\" may not be null: give a value, or leave out a member that is optional.");
        }

        if (text.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return (ProblemCodes.Duplicate, $"\"{member}\" is written twice: keep one.");
        }

        if (ConvertedTo().Match(text) is { Success: true } converted)
        {
            return (ProblemCodes.InvalidValue, $"The value at {path} is not {Expected(converted.Groups["type"].Value)}.");
        }

        // The contract's own converters say what to write.
        return (ProblemCodes.InvalidValue, text);
    }

    private static string Expected(string type)
    {
        var inner = NullableOf().Match(type) is { Success: true } nullable ? nullable.Groups["type"].Value : type;
        return inner switch
        {
            "System.Int32" or "System.Int64" or "System.Int16" or "System.Byte" => "a whole number (written without quotes)",
            "System.Double" or "System.Decimal" or "System.Single" => "a number (written without quotes)",
            "System.Boolean" => "true or false",
            "System.String" => "a string",
            _ when inner.Contains("List", StringComparison.Ordinal) || inner.EndsWith("[]", StringComparison.Ordinal) => "an array",
            _ => "an object of the shape the contract gives here",
        };
    }

    /// <summary>Drops the " Path: $.x | LineNumber: 0 | BytePositionInLine: 5." the serializer appends: the problem carries them.</summary>
    private static string WithoutLocation(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message[..at];
    }

    private static string LastMember(string path)
    {
        var dot = path.LastIndexOf('.');
        var name = dot < 0 ? path : path[(dot + 1)..];
        return name.StartsWith("['", StringComparison.Ordinal) && name.EndsWith("']", StringComparison.Ordinal) ? name[2..^2] : name;
    }

    [GeneratedRegex(@"^The JSON property '.*' could not be mapped to any \.NET member")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"was missing required properties including: (?<names>.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>\S+?)\.?$")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<type>.+)\]$")]
    private static partial Regex NullableOf();
}
