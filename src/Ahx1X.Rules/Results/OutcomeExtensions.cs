namespace Ahx1X.Rules.Results;

/// <summary>Answers questions about an <see cref="Outcome"/>.</summary>
public static class OutcomeExtensions
{
    /// <summary>Returns whether the outcome lets the document through: <see cref="Outcome.Accepted"/> or <see cref="Outcome.AcceptedWithWarnings"/>.</summary>
    /// <param name="outcome">The outcome.</param>
    public static bool IsAccepted(this Outcome outcome) => outcome is Outcome.Accepted or Outcome.AcceptedWithWarnings;
}
