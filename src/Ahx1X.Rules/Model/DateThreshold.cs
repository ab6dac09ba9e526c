using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>Holds a date limit that staff set, and whether it is still a placeholder.</summary>
/// <param name="Value">The limit.</param>
/// <param name="IsPlaceholder">True when the date is not set by policy yet and must not be relied on.</param>
public sealed record DateThreshold(LocalDate Value, bool IsPlaceholder) : IPlaceholderValue
{
    /// <summary>Returns the date, marked when it is a placeholder.</summary>
    public override string ToString() =>
        IsPlaceholder ? $"{Text.Format.Date(Value)} (placeholder)" : Text.Format.Date(Value);

    /// <inheritdoc />
    IEnumerable<(string Member, string Value)> IPlaceholderValue.Values => [("value", Text.Format.Date(Value))];
}
