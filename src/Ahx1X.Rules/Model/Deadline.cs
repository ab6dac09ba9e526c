using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>
/// Holds a deadline such as "3月25日前". Whether the day itself still counts is data, not code,
/// so that staff can change the reading without a rebuild.
/// </summary>
public sealed record Deadline
{
    /// <summary>Creates the deadline.</summary>
    /// <param name="date">The deadline day, within the years a notice may name (2000..2100).</param>
    /// <param name="inclusive">True when something done on <paramref name="date"/> itself is in time.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years a notice may name.</exception>
    public Deadline(LocalDate date, bool inclusive)
    {
        if (date.Year < Bounds.Year.Min || date.Year > Bounds.Year.Max)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"A deadline falls in a notice's years, {Bounds.Year.Min} to {Bounds.Year.Max}; {Text.Format.Date(date)} does not.");
        }

        Date = date;
        Inclusive = inclusive;
    }

    /// <summary>Gets the deadline day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether something done on <see cref="Date"/> itself is in time.</summary>
    public bool Inclusive { get; }

    /// <summary>Returns true when something done on <paramref name="date"/> meets the deadline.</summary>
    /// <param name="date">The date something was done.</param>
    public bool IsMetBy(LocalDate date) => Inclusive ? date <= Date : date < Date;

    /// <summary>Returns the deadline as <c>yyyy-MM-dd</c> followed by whether the day is included.</summary>
    public override string ToString() => $"{Text.Format.Date(Date)} ({(Inclusive ? "inclusive" : "exclusive")})";
}
