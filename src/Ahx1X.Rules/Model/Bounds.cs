using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>
/// The bounds every request is held to, however it arrives: document readers refuse a value
/// outside them as bad input, and the facade refuses a typed request outside them. One
/// definition of each, so the two ways in cannot drift apart.
/// </summary>
internal static class Bounds
{
    /// <summary>The years a notice, an application or a check may name.</summary>
    public static readonly (int Min, int Max) Year = (2000, 2100);

    /// <summary>The number of candidates one application may name.</summary>
    public static readonly (int Min, int Max) Candidates = (0, 100_000);

    /// <summary>The years whose days, from the first to the last, a registration, a meeting or any other event may fall on.</summary>
    public static readonly (int Min, int Max) DateYears = (1900, 2100);

    /// <summary>The calendar days a registration, a meeting or any other event may fall on: whole years, so an ISO date is tested by its year.</summary>
    public static readonly (LocalDate Min, LocalDate Max) Dates = (new LocalDate(DateYears.Min, 1, 1), new LocalDate(DateYears.Max, 12, 31));

    /// <summary>The most items a list of names (majors, months) may hold.</summary>
    public const int ListItems = 1000;

    /// <summary>The most records one document may hold.</summary>
    public const int Records = 100_000;

    /// <summary>The farthest, in years, a check's dates may lie from the check's own year.</summary>
    public const int YearsFromCheck = 1;
}
