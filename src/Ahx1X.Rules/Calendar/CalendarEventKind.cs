namespace Ahx1X.Rules.Calendar;

/// <summary>Names what happens on the date of a <see cref="CalendarEvent"/>.</summary>
public enum CalendarEventKind
{
    /// <summary>A window opens: the date is its first day.</summary>
    Opens,

    /// <summary>A window's last day: the date is still inside the window; it is closed from the next day.</summary>
    Closes,

    /// <summary>A deadline: the date is the deadline's day, which is in time only when <see cref="CalendarEvent.Inclusive"/> is true.</summary>
    Deadline,
}
