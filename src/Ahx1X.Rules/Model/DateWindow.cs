using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>Holds a window of whole calendar days in China Standard Time; both end days are inside.</summary>
/// <param name="Start">The first day of the window.</param>
/// <param name="End">The last day of the window, inclusive.</param>
public sealed record DateWindow(LocalDate Start, LocalDate End)
{
    /// <summary>Returns true when <paramref name="date"/> lies in the window, end days included.</summary>
    /// <param name="date">The date to test.</param>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Returns the window as <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    public override string ToString() => $"{Text.Format.Date(Start)}..{Text.Format.Date(End)}";
}
