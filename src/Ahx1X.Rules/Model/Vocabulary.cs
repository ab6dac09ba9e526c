namespace Ahx1X.Rules.Model;

/// <summary>
/// One table per enum: how documents write each value, and how messages and reports show it in
/// Chinese and English. Readers and renderers all go through it, so no raw identifier such as
/// <c>SecondaryVocational</c> reaches a message.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, (string Wire, string Zh, string En)> _byValue;

    internal Vocabulary(params (TEnum Value, string Wire, string Zh, string En)[] terms)
    {
        _byValue = terms.ToDictionary(t => t.Value, t => (t.Wire, t.Zh, t.En));
        ByWire = terms.ToDictionary(t => t.Wire, t => t.Value, StringComparer.Ordinal);
        var missing = Enum.GetValues<TEnum>().Where(v => !_byValue.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The vocabulary of {typeof(TEnum).Name} lacks {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Gets each value by the name documents write.</summary>
    public IReadOnlyDictionary<string, TEnum> ByWire { get; }

    /// <summary>Returns the name documents write for <paramref name="value"/>.</summary>
    /// <param name="value">A defined value of the enum.</param>
    public string Wire(TEnum value) => _byValue[value].Wire;

    /// <summary>Returns how people read <paramref name="value"/>, in Chinese or in English.</summary>
    /// <param name="value">A defined value of the enum.</param>
    /// <param name="chinese">True for Chinese, false for English.</param>
    public string Text(TEnum value, bool chinese) => chinese ? _byValue[value].Zh : _byValue[value].En;

    /// <summary>Returns how people read <paramref name="value"/>, in both languages.</summary>
    /// <param name="value">A defined value of the enum.</param>
    public Results.LocalizedText Text(TEnum value) => new(_byValue[value].Zh, _byValue[value].En);
}
