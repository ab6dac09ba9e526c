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
    public Institution Institution { get; private set; } = null!;

    public Application Application { get; private set; } = null!;

    public CatalogueEntry? Certificate { get; private set; }

    public ApplicationHistory History { get; private set; }

    public SeasonCalendar? Season { get; private set; }

    public EditionParameters Edition { get; private set; } = null!;

    /// <summary>
    /// Sets every input for one request and returns this scope. Only a new scope, or one that no
    /// finding keeps (<see cref="ApplicationStep"/> hands each thread its spare), is filled: a
    /// finding renders its text later from the scope it saw.
    /// </summary>
    internal ApplicationScope Fill(Institution institution, Application application, CatalogueEntry? certificate, ApplicationHistory history, SeasonCalendar? season, EditionParameters edition)
    {
        Institution = institution;
        Application = application;
        Certificate = certificate;
        History = history;
        Season = season;
        Edition = edition;
        return this;
    }
}

/// <summary>What the institution already applied for, as far as the notice cares.</summary>
/// <param name="SameCertificateLevelSeason">
/// Earlier applications for the same certificate, level and season; null when that cannot be
/// told, because this application's level or season is not given, or an earlier one's is not.
/// </param>
internal readonly record struct ApplicationHistory(int? SameCertificateLevelSeason);
