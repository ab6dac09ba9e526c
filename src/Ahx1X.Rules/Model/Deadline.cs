using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>
/// Holds a deadline such as "3月25日前". Whether the day itself still counts is data, not code,
/// so that staff can change the reading without a rebuild.
/// </summary>
/// <param name="Date">The deadline day.</param>
/// <param name="Inclusive">True when something on <paramref name="Date"/> itself is in time.</param>
public sealed record Deadline(LocalDate Date, bool Inclusive)
{
    /// <summary>Returns true when something done on <paramref name="date"/> meets the deadline.</summary>
    /// <param name="date">The date something was done.</param>
    public bool IsMetBy(LocalDate date) => Inclusive ? date <= Date : date < Date;

    /// <summary>Returns the deadline as <c>yyyy-MM-dd</c> followed by whether the day is included.</summary>
    public override string ToString() => $"{Text.Format.Date(Date)} ({(Inclusive ? "inclusive" : "exclusive")})";
}
