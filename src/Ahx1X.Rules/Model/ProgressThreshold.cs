namespace Ahx1X.Rules.Model;

/// <summary>
/// Holds what MON-01 reads as examinations progressing too slowly (考核进展缓慢), which the notice
/// leaves to staff: once <paramref name="MonthsAfterApproval"/> months have passed since a
/// certificate's approval, at least the share <paramref name="Value"/> of its approved candidates
/// is examined.
/// </summary>
/// <param name="Value">The least share of approved candidates examined, from 0 to 1.</param>
/// <param name="MonthsAfterApproval">The months after the day of approval from which the share is due.</param>
/// <param name="IsPlaceholder">True when the values are not set by policy yet and must not be relied on.</param>
public sealed record ProgressThreshold(decimal Value, int MonthsAfterApproval, bool IsPlaceholder) : IPlaceholderValue
{
    /// <summary>Returns the threshold as <c>0.5 after 3 months</c>, marked when it is a placeholder.</summary>
    public override string ToString() =>
        $"{Text.Format.Number(Value)} after {MonthsAfterApproval} months" + (IsPlaceholder ? " (placeholder)" : "");

    /// <inheritdoc />
    IEnumerable<(string Member, string Value)> IPlaceholderValue.Values =>
    [
        ("value", Value.ToString("G29", System.Globalization.CultureInfo.InvariantCulture)),
        ("monthsAfterApproval", MonthsAfterApproval.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
