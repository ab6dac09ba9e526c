using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Calendar;

/// <summary>Holds something still ahead on the day asked about, for one party: a window opening, a window's last day, or a deadline.</summary>
/// <param name="Party">Who acts in the step.</param>
/// <param name="Season">The season of the step.</param>
/// <param name="Step">The step.</param>
/// <param name="Kind">What happens on <paramref name="Date"/>.</param>
/// <param name="Name">The step's name with its season, in Chinese and English.</param>
/// <param name="ClauseId">The clause that sets the date (TIME-01, TIME-02, TIME-03 or PROC-02).</param>
/// <param name="Date">
/// The day of the event: a window's first day (<see cref="CalendarEventKind.Opens"/>), a window's
/// last day (<see cref="CalendarEventKind.Closes"/>) or the deadline's day
/// (<see cref="CalendarEventKind.Deadline"/>).
/// </param>
/// <param name="Inclusive">
/// True when <paramref name="Date"/> itself is inside the window or in time. Always true for
/// openings and last days; for a deadline, the edition's <see cref="Model.Deadline.Inclusive"/>.
/// </param>
/// <param name="DaysUntil">
/// The days from the day asked about to <paramref name="Date"/>: 0 when the event is on that
/// day (a window's last day, an inclusive deadline's day), 1 when it is the next day.
/// </param>
public sealed record CalendarEvent(
    CalendarParty Party,
    Season Season,
    CalendarStep Step,
    CalendarEventKind Kind,
    LocalizedText Name,
    string ClauseId,
    LocalDate Date,
    bool Inclusive,
    int DaysUntil)
{
    /// <summary>Gets true for a window's last day or a deadline: a day by which something must be done.</summary>
    public bool IsDue => Kind != CalendarEventKind.Opens;
}
