using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Calendar;

/// <summary>Holds, for one party and one day, the windows open that day and what is still ahead.</summary>
public sealed record PartyAgenda
{
    internal PartyAgenda(CalendarParty party, IReadOnlyList<OpenWindow> open, IReadOnlyList<CalendarEvent> upcoming)
    {
        Party = party;
        Name = party.Name();
        Open = open;
        Upcoming = upcoming;
    }

    /// <summary>Gets the party.</summary>
    public CalendarParty Party { get; }

    /// <summary>Gets the party's name in Chinese and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the party's windows that contain the day, in season and step order; empty when none is open.</summary>
    public IReadOnlyList<OpenWindow> Open { get; }

    /// <summary>
    /// Gets what is still ahead for the party until the end of the edition's year, in date order:
    /// openings after the day, and last days and deadlines on or after it that can still be met.
    /// Empty after the party's last event of the year.
    /// </summary>
    public IReadOnlyList<CalendarEvent> Upcoming { get; }

    /// <summary>Gets the first of <see cref="Upcoming"/>, or null when nothing is ahead.</summary>
    public CalendarEvent? Next => Upcoming.Count > 0 ? Upcoming[0] : null;

    /// <summary>Gets the first event of <see cref="Upcoming"/> by which something must be done (a window's last day or a deadline), or null.</summary>
    public CalendarEvent? NextDue => Upcoming.FirstOrDefault(e => e.IsDue);
}
