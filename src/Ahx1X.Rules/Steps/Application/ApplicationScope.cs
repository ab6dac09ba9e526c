using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// The inputs of the <c>Application</c> workflow. Each property is one input of the rule
/// expressions, named in camel case: <c>institution</c>, <c>application</c>, <c>certificate</c>
/// (null when the code is not in the catalogue), <c>history</c>, <c>season</c> (the calendar of
/// the season applied for) and <c>edition</c>.
/// </summary>
internal sealed class ApplicationScope : Scope
{
    public required Institution Institution { get; init; }

    public required Application Application { get; init; }

    public required CatalogueEntry? Certificate { get; init; }

    public required ApplicationHistory History { get; init; }

    public required SeasonCalendar? Season { get; init; }

    public required EditionParameters Edition { get; init; }
}

/// <summary>What the institution already applied for, as far as the notice cares.</summary>
/// <param name="SameCertificateLevelSeason">
/// Earlier applications for the same certificate, level and season; null when that cannot be
/// told, because this application's level or season is not given, or an earlier one's is not.
/// </param>
internal readonly record struct ApplicationHistory(int? SameCertificateLevelSeason);
