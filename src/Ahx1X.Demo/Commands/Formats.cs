using System.CommandLine;

namespace Ahx1X.Demo.Commands;

/// <summary>The <c>--format</c> option of the authoring commands, each with the formats it can write.</summary>
internal static class Formats
{
    private const string Prefix = "How to print results: ";

    private const string Suffix = " (json for machines; with json, problems on standard error are JSON objects too).";

    /// <summary>Returns the list of formats a description of <c>--format</c> names, or null for another text.</summary>
    public static string? Describe(string description) =>
        description.StartsWith(Prefix, StringComparison.Ordinal) && description.EndsWith(Suffix, StringComparison.Ordinal)
            ? description[Prefix.Length..^Suffix.Length]
            : null;

    /// <summary>Creates <c>--format</c> taking one of <paramref name="formats"/>, the first by default.</summary>
    public static Option<string> Create(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            HelpName = "FORMAT",
            Description = Prefix + string.Join(", ", formats) + Suffix,
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
