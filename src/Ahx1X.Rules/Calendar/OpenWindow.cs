using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Calendar;

/// <summary>Holds a window that is open on the day asked about, for one party.</summary>
/// <param name="Party">Who acts in the window.</param>
/// <param name="Season">The season of the window.</param>
/// <param name="Step">The step the window is for.</param>
/// <param name="Name">The window's name with its season, in Chinese and English.</param>
/// <param name="ClauseId">The clause that sets the window (TIME-01, TIME-02 or TIME-03).</param>
/// <param name="Start">The window's first day.</param>
/// <param name="End">The window's last day, inclusive.</param>
/// <param name="DaysLeft">
/// The days the window is still open, counting the day asked about: 1 on its last day,
/// the window's full length on its first day. Never less than 1.
/// </param>
public sealed record OpenWindow(
    CalendarParty Party,
    Season Season,
    CalendarStep Step,
    LocalizedText Name,
    string ClauseId,
    LocalDate Start,
    LocalDate End,
    int DaysLeft);
