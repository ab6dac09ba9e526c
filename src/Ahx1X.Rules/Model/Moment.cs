using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>
/// Holds when something happened, as the calendar date in China Standard Time that every
/// window of the notice is read against. A moment given as an instant or an offset date-time
/// is converted to its Asia/Shanghai date, whatever the machine's own time zone.
/// </summary>
public sealed record Moment
{
    /// <summary>
    /// The zone every date of the notice is read in: Asia/Shanghai, whatever the machine's zone.
    /// It reads the time zone database only for instants before 1991 (<see cref="ChinaStandardTimeZone"/>).
    /// </summary>
    internal static readonly DateTimeZone ChinaStandardTime = new ChinaStandardTimeZone();

    private Moment(LocalDate date, Instant? instant)
    {
        Date = date;
        Instant = instant;
    }

    /// <summary>Gets the Asia/Shanghai calendar date of the moment.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the exact instant, or null when the moment was given as a date only.</summary>
    public Instant? Instant { get; }

    /// <summary>Creates a moment from a calendar date that is already in China Standard Time.</summary>
    /// <param name="date">The date in Asia/Shanghai.</param>
    public static Moment FromDate(LocalDate date) => new(date, null);

    /// <summary>Creates a moment from an instant; its date is the Asia/Shanghai date of that instant.</summary>
    /// <param name="instant">The instant.</param>
    public static Moment FromInstant(Instant instant) =>
        new(instant.InZone(ChinaStandardTime).Date, instant);

    /// <summary>Creates a moment from an offset date-time; its date is the Asia/Shanghai date of the same instant, not the local date at the given offset.</summary>
    /// <param name="value">The offset date-time.</param>
    public static Moment FromOffsetDateTime(OffsetDateTime value) => FromInstant(value.ToInstant());

    /// <summary>
    /// Reads a moment as documents and request bodies write it: a date (<c>2024-03-22</c>) or a
    /// date-time with its offset (<c>2024-03-22T09:30:00+08:00</c>, <c>…Z</c>). Null when the
    /// text is neither, or when <paramref name="outsideCalendar"/>: the instant or its
    /// Asia/Shanghai date falls after 9999-12-31 or before -9998-01-01.
    /// </summary>
    internal static Moment? Parse(string text, out bool outsideCalendar)
    {
        outsideCalendar = false;
        if (!Text.IsoDate.HasTimeAfterDate(text) && Text.IsoDate.Parse(text) is { } date)
        {
            return FromDate(date);
        }

        if (NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(text) is not { Success: true } offset)
        {
            return null;
        }

        try
        {
            return FromOffsetDateTime(offset.Value);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            outsideCalendar = true;
            return null;
        }
    }

    /// <summary>Converts a date to a moment.</summary>
    /// <param name="date">The date in Asia/Shanghai.</param>
    public static implicit operator Moment(LocalDate date) => FromDate(date);

    /// <summary>Converts an instant to a moment.</summary>
    /// <param name="instant">The instant.</param>
    public static implicit operator Moment(Instant instant) => FromInstant(instant);

    /// <summary>Returns the date as <c>yyyy-MM-dd</c>, followed by the instant when one was given.</summary>
    public override string ToString() =>
        Instant is { } instant
            ? $"{Text.Format.Date(Date)} ({instant.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", null)})"
            : Text.Format.Date(Date);
}
