using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Calendar;

/// <summary>
/// Holds one dated step of one season as the edition sets it: a window of whole days
/// (<see cref="Window"/>) or a deadline (<see cref="Deadline"/>), never both.
/// </summary>
public sealed record SeasonStep
{
    internal SeasonStep(Season season, CalendarStep step, DateWindow? window, Deadline? deadline, IReadOnlyList<CalendarParty> parties)
    {
        if ((window is null) == (deadline is null))
        {
            throw new ArgumentException("A season step has either a window or a deadline.");
        }

        Season = season;
        Step = step;
        Window = window;
        Deadline = deadline;
        Name = step.Name(season);
        ClauseId = step.ClauseId();
        Parties = parties;
    }

    /// <summary>Gets the season the step belongs to.</summary>
    public Season Season { get; }

    /// <summary>Gets which step this is.</summary>
    public CalendarStep Step { get; }

    /// <summary>Gets the step's name with its season, in Chinese and English, such as 春季院校申报.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the id of the clause that sets the step's dates (TIME-01, TIME-02, TIME-03 or PROC-02).</summary>
    public string ClauseId { get; }

    /// <summary>Gets the parties that act in the step, in <see cref="CalendarParty"/> order.</summary>
    public IReadOnlyList<CalendarParty> Parties { get; }

    /// <summary>Gets the window, both end days inside; null when the step is a deadline.</summary>
    public DateWindow? Window { get; }

    /// <summary>Gets the deadline; null when the step is a window.</summary>
    public Deadline? Deadline { get; }

    /// <summary>Gets true when the step is a deadline rather than a window.</summary>
    public bool IsDeadline => Deadline is not null;

    /// <summary>
    /// Gets the last day on which the step can still be done in time: the window's end, the
    /// deadline's date when it is inclusive, or the day before it when it is exclusive.
    /// </summary>
    public LocalDate LastDay => Window?.End ?? (Deadline!.Inclusive ? Deadline.Date : Deadline.Date.PlusDays(-1));
}
