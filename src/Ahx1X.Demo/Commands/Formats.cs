using System.CommandLine;

namespace Ahx1X.Demo.Commands;

/// <summary>The <c>--format</c> option of the authoring commands, each with the formats it can write.</summary>
internal static class Formats
{
    /// <summary>Creates <c>--format</c> taking one of <paramref name="formats"/>, the first by default.</summary>
    public static Option<string> Create(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            HelpName = "FORMAT",
            Description = $"How to print results: {string.Join(", ", formats)} (json for machines; with json, problems on standard error are JSON objects too).",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
