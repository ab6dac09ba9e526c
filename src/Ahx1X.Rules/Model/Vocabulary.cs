using System.Runtime.CompilerServices;

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
    // Arrays and the library's own map, not dictionaries keyed by the enum: those are framework
    // code over this library's types, which ReadyToRun cannot compile, and every process paid
    // their JIT at its first load. A handful of values is found as fast by a scan.
    private readonly long[] _numbers;
    private readonly string[] _wires;
    private readonly string[] _zh;
    private readonly string[] _en;

    internal Vocabulary(params (TEnum Value, string Wire, string Zh, string En)[] terms)
    {
        _numbers = new long[terms.Length];
        _wires = new string[terms.Length];
        _zh = new string[terms.Length];
        _en = new string[terms.Length];
        var values = new TEnum[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            (values[i], _wires[i], _zh[i], _en[i]) = (terms[i].Value, terms[i].Wire, terms[i].Zh, terms[i].En);
            _numbers[i] = Number(values[i]);
        }

        ByWire = new WireNames<TEnum>(_wires, values);
        var missing = new List<string>();
        // Not Enum.GetValues<TEnum>: that too is framework code over the enum, compiled at each start.
        foreach (var defined in Enum.GetValuesAsUnderlyingType(typeof(TEnum)))
        {
            var value = (TEnum)Enum.ToObject(typeof(TEnum), defined);
            if (Find(Number(value)) < 0)
            {
                missing.Add(value.ToString());
            }
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The vocabulary of {typeof(TEnum).Name} lacks {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Gets each value by the name documents write.</summary>
    public IReadOnlyDictionary<string, TEnum> ByWire { get; }

    /// <summary>Returns the name documents write for <paramref name="value"/>.</summary>
    /// <param name="value">A defined value of the enum.</param>
    public string Wire(TEnum value) => _wires[IndexOf(value)];

    /// <summary>Returns how people read <paramref name="value"/>, in Chinese or in English.</summary>
    /// <param name="value">A defined value of the enum.</param>
    /// <param name="chinese">True for Chinese, false for English.</param>
    public string Text(TEnum value, bool chinese) => chinese ? _zh[IndexOf(value)] : _en[IndexOf(value)];

    /// <summary>Returns how people read <paramref name="value"/>, in both languages.</summary>
    /// <param name="value">A defined value of the enum.</param>
    public Results.LocalizedText Text(TEnum value)
    {
        var index = IndexOf(value);
        return new(_zh[index], _en[index]);
    }

    /// <summary>Returns the enum value as a number, without boxing for the enums of the usual sizes.</summary>
    private static long Number(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        1 => Unsafe.As<TEnum, byte>(ref value),
        2 => Unsafe.As<TEnum, short>(ref value),
        4 => Unsafe.As<TEnum, int>(ref value),
        _ => Unsafe.As<TEnum, long>(ref value),
    };

    private int IndexOf(TEnum value)
    {
        var index = Find(Number(value));
        return index >= 0 ? index : throw new KeyNotFoundException($"{value} is not a value of {typeof(TEnum).Name} in its vocabulary.");
    }

    /// <summary>Returns the index of the term whose value is <paramref name="number"/>, or -1.</summary>
    private int Find(long number)
    {
        for (var i = 0; i < _numbers.Length; i++)
        {
            if (_numbers[i] == number)
            {
                return i;
            }
        }

        return -1;
    }
}
