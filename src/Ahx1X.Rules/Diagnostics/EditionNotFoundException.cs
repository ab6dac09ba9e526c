namespace Ahx1X.Rules.Diagnostics;

/// <summary>Thrown when a document is for a year no loaded edition covers; the rules of another year are never applied instead.</summary>
public sealed class EditionNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="year">The year asked for.</param>
    /// <param name="available">The years the loaded pack covers.</param>
    public EditionNotFoundException(int year, IReadOnlyList<int> available)
        : base($"No rule edition covers the year {year}; the loaded pack covers {(available.Count == 0 ? "no year" : string.Join(", ", available))}. "
            + $"Load a rule pack with a {year} edition, or correct the year of the document.")
    {
        Year = year;
        Available = available;
    }

    /// <summary>Gets the year asked for.</summary>
    public int Year { get; }

    /// <summary>Gets the years the loaded pack covers.</summary>
    public IReadOnlyList<int> Available { get; }
}
