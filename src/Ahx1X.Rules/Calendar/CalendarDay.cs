using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Rules.Calendar;

/// <summary>
/// Holds the answer of <see cref="PolicyCalendar.On"/>: for one day, per party, the windows
/// open that day and what is still ahead with the days until each.
/// </summary>
public sealed record CalendarDay
{
    internal CalendarDay(int year, LocalDate date, InstitutionKind? kind, IReadOnlyList<PartyAgenda> parties)
    {
        Year = year;
        Date = date;
        Kind = kind;
        Parties = parties;
        Open = [.. parties.SelectMany(p => p.Open)];
        Upcoming = [.. parties.SelectMany(p => p.Upcoming).OrderBy(e => e, PolicyCalendar.EventOrder)];
    }

    /// <summary>Gets the year of the edition that answered.</summary>
    public int Year { get; }

    /// <summary>Gets the day asked about, a calendar day in China Standard Time.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the kind of institution asked about, or null when every party was asked about.</summary>
    public InstitutionKind? Kind { get; }

    /// <summary>
    /// Gets one agenda per party, in <see cref="CalendarParty"/> order: every party when
    /// <see cref="Kind"/> is null, else the parties an application of that kind passes through
    /// (see <see cref="PolicyCalendar.PartiesFor"/>).
    /// </summary>
    public IReadOnlyList<PartyAgenda> Parties { get; }

    /// <summary>Gets the open windows of every party, party by party; empty when nothing is open.</summary>
    public IReadOnlyList<OpenWindow> Open { get; }

    /// <summary>
    /// Gets what is still ahead for every party, in date order (then step, kind and party order).
    /// A step shared by several parties, such as the summary table, appears once per party.
    /// </summary>
    public IReadOnlyList<CalendarEvent> Upcoming { get; }

    /// <summary>Returns the agenda of <paramref name="party"/>, or null when the party is not among <see cref="Parties"/>.</summary>
    /// <param name="party">The party.</param>
    public PartyAgenda? For(CalendarParty party) => Parties.FirstOrDefault(p => p.Party == party);
}
