using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>What a step needs besides the request: the edition's parameters and the catalogue in force.</summary>
internal sealed record StepContext(EditionParameters Edition, Catalogue Catalogue)
{
    /// <summary>Gets the edition's cities as an array, which the check of every request walks.</summary>
    public string[] Cities { get; } = [.. Edition.Cities];

    /// <summary>Returns the calendar of <paramref name="season"/>, or null when the season is not given.</summary>
    public SeasonCalendar? SeasonOf(Season? season) => season is { } value ? Edition.For(value) : null;
}
