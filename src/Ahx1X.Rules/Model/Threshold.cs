namespace Ahx1X.Rules.Model;

/// <summary>Holds a rate limit that staff set, between 0 and 1, and whether it is still a placeholder.</summary>
public sealed record Threshold : IPlaceholderValue
{
    /// <summary>Creates the threshold.</summary>
    /// <param name="value">The limit, a rate from 0 to 1.</param>
    /// <param name="isPlaceholder">True when the value is not set by policy yet and must not be relied on.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below 0 or above 1.</exception>
    public Threshold(decimal value, bool isPlaceholder)
    {
        if (value is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A rate threshold is between 0 and 1; {Text.Format.Number(value)} is not.");
        }

        Value = value;
        IsPlaceholder = isPlaceholder;
    }

    /// <summary>Gets the limit, a rate from 0 to 1.</summary>
    public decimal Value { get; }

    /// <summary>Gets whether the value is not set by policy yet and must not be relied on.</summary>
    public bool IsPlaceholder { get; }

    /// <summary>Returns the value, marked when it is a placeholder.</summary>
    public override string ToString() =>
        IsPlaceholder ? $"{Text.Format.Number(Value)} (placeholder)" : Text.Format.Number(Value);

    /// <inheritdoc />
    IEnumerable<(string Member, string Value)> IPlaceholderValue.Values =>
        [("value", Value.ToString("G29", System.Globalization.CultureInfo.InvariantCulture))];
}
