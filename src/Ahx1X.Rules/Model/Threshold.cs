namespace Ahx1X.Rules.Model;

/// <summary>Holds a numeric limit that staff set, and whether it is still a placeholder.</summary>
/// <param name="Value">The limit.</param>
/// <param name="IsPlaceholder">True when the value is not set by policy yet and must not be relied on.</param>
public sealed record Threshold(decimal Value, bool IsPlaceholder) : IPlaceholderValue
{
    /// <summary>Returns the value, marked when it is a placeholder.</summary>
    public override string ToString() =>
        IsPlaceholder ? $"{Text.Format.Number(Value)} (placeholder)" : Text.Format.Number(Value);

    /// <inheritdoc />
    IEnumerable<(string Member, string Value)> IPlaceholderValue.Values =>
        [("value", Value.ToString("G29", System.Globalization.CultureInfo.InvariantCulture))];
}
