using Ahx1X.Rules.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Ahx1X.Rules.Hosting;

/// <summary>The log messages of the hosting package, under the category <see cref="Category"/>.</summary>
internal static partial class Log
{
    /// <summary>The logger category of every message: filter on it to see or hide them.</summary>
    public const string Category = "Ahx1X.Rules";

    [LoggerMessage(EventId = 1, EventName = "PackLoaded", Level = LogLevel.Information,
        Message = "Loaded the rule pack {Source}: editions {Editions}, fingerprint {Fingerprint}")]
    public static partial void PackLoaded(ILogger logger, string source, string editions, string fingerprint);

    [LoggerMessage(EventId = 2, EventName = "PackReloaded", Level = LogLevel.Information,
        Message = "Reloaded the rule pack {Source}: now serving fingerprint {Fingerprint}")]
    public static partial void PackReloaded(ILogger logger, string source, string fingerprint);

    [LoggerMessage(EventId = 3, EventName = "PackRefused", Level = LogLevel.Warning,
        Message = "Refused the changed rule pack {Source}; still serving fingerprint {Fingerprint}. {ProblemCount} problem(s):\n{Problems}")]
    public static partial void PackRefused(ILogger logger, string source, string fingerprint, int problemCount, string problems);

    [LoggerMessage(EventId = 4, EventName = "PackLoadFailed", Level = LogLevel.Error,
        Message = "Cannot load the rule pack {Source}. {ProblemCount} problem(s):\n{Problems}")]
    public static partial void PackLoadFailed(ILogger logger, string source, int problemCount, string problems);

    [LoggerMessage(EventId = 5, EventName = "SampleCatalogue", Level = LogLevel.Warning,
        Message = "Judging against the SAMPLE catalogue {Catalogue} (placeholder minimums and rates) for edition(s) {Editions}: verdicts are not official. Set Ahx1X:CataloguePath to the official catalogue.json.")]
    public static partial void SampleCatalogue(ILogger logger, string catalogue, string editions);

    [LoggerMessage(EventId = 6, EventName = "CatalogueLoadFailed", Level = LogLevel.Error,
        Message = "Cannot load the catalogue {Source}. {ProblemCount} problem(s):\n{Problems}")]
    public static partial void CatalogueLoadFailed(ILogger logger, string source, int problemCount, string problems);

    /// <summary>Returns the problems one per line, as <see cref="Problem.ToString"/> writes them.</summary>
    public static string Lines(IReadOnlyList<Problem> problems) => string.Join("\n", problems.Select(p => "  " + p));
}
