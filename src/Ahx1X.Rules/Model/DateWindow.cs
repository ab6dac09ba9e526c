using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>Holds a window of whole calendar days in China Standard Time; both end days are inside, and the end is never before the start.</summary>
public sealed record DateWindow
{
    /// <summary>Creates the window from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day of the window.</param>
    /// <param name="end">The last day of the window, inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateWindow(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end,
                $"The window ends ({Text.Format.Date(end)}) before it starts ({Text.Format.Date(start)}); swap or correct the dates.");
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first day of the window.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the window, inclusive.</summary>
    public LocalDate End { get; }

    /// <summary>Returns true when <paramref name="date"/> lies in the window, end days included.</summary>
    /// <param name="date">The date to test.</param>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Returns the window as <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    public override string ToString() => $"{Text.Format.Date(Start)}..{Text.Format.Date(End)}";
}
