using System.CommandLine;
using Ahx1X.Rules;
using Ahx1X.Rules.Results;

namespace Ahx1X.Demo.Commands;

/// <summary>The options every evaluating command takes, and how they turn into an engine.</summary>
internal sealed class CommonOptions
{
    public Option<DirectoryInfo?> Rules { get; } = CreateRules();

    public Option<FileInfo?> Catalogue { get; } = new("--catalogue")
    {
        Description = "A certificate catalogue file (JSON, or a 证书目录 workbook or CSV file) to use instead of the edition's sample catalogue.",
    };

    public Option<bool> Explain { get; } = new("--explain")
    {
        Description = "Show every rule's verdict and the values it read, not only the findings.",
    };

    public Option<string> Format { get; } = CreateFormat();

    public Option<string> Language { get; } = CreateLanguage();

    public void AddTo(Command command)
    {
        command.Add(Rules);
        command.Add(Catalogue);
        command.Add(Format);
        command.Add(Language);
    }

    /// <summary>Loads the engine the options ask for; throws the library's exceptions on bad rules or catalogue.</summary>
    public PolicyEngine LoadEngine(ParseResult parsed)
    {
        var catalogue = parsed.GetValue(Catalogue) is { } file ? InputFiles.LoadCatalogue(file.FullName) : null;
        // The console may read the clock; it stamps each receipt with today's date.
        var options = new PolicyEngineOptions { Catalogue = catalogue, Clock = NodaTime.SystemClock.Instance, Explain = parsed.GetValue(Explain) };
        return parsed.GetValue(Rules) is { } folder
            ? PolicyEngine.LoadFromDirectory(folder.FullName, options)
            : new PolicyEngine(EmbeddedPack.Load(), options);
    }

    public static IReadOnlyList<Language> Languages(string value) => value switch
    {
        "zh" => [Ahx1X.Rules.Results.Language.Chinese],
        "en" => [Ahx1X.Rules.Results.Language.English],
        _ => [Ahx1X.Rules.Results.Language.Chinese, Ahx1X.Rules.Results.Language.English],
    };

    /// <summary>Returns <c>zh</c> for a Chinese culture and <c>en</c> for any other.</summary>
    internal static string DefaultLanguage(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? "zh" : "en";

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format")
        {
            Description = "How to print results: table for people, json for machines, xlsx for a workbook (with --output FILE).",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json", "xlsx");
        return option;
    }

    /// <summary>Creates the <c>--rules DIR</c> option every command that reads rules shares.</summary>
    public static Option<DirectoryInfo?> CreateRules() => new("--rules")
    {
        HelpName = "DIR",
        Description = "A rules folder to use instead of the pack built into the library (such as a copy of rules/).",
    };

    /// <summary>Creates the <c>--lang zh|en|both</c> option; both by default.</summary>
    public static Option<string> CreateLanguage()
    {
        var option = new Option<string>("--lang")
        {
            Description = "The language of messages in tables: zh, en or both. Defaults to zh when the system language is Chinese, otherwise en.",
            DefaultValueFactory = _ => DefaultLanguage(System.Globalization.CultureInfo.CurrentUICulture),
        };
        option.AcceptOnlyFromAmong("zh", "en", "both");
        return option;
    }
}
