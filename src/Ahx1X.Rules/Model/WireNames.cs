using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Ahx1X.Rules.Model;

/// <summary>
/// Maps the few names a file writes for an enum's values to the values, in the order given.
/// A <see cref="Dictionary{TKey, TValue}"/> over an enum of this library is framework code that
/// ReadyToRun cannot compile ahead of time, so each such map cost the first load its JIT; this
/// one is the library's own code, compiled with it, and a handful of names is searched in a glance.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class WireNames<TEnum> : IReadOnlyDictionary<string, TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _names;
    private readonly TEnum[] _values;

    /// <summary>Creates the map of <paramref name="names"/>[i] to <paramref name="values"/>[i].</summary>
    /// <param name="names">The names, each once, compared ordinally (the first of two alike wins).</param>
    /// <param name="values">The value of each name, in the same order.</param>
    public WireNames(string[] names, TEnum[] values)
    {
        if (names.Length != values.Length)
        {
            throw new ArgumentException("Give each name one value.", nameof(values));
        }

        _names = names;
        _values = values;
    }

    /// <inheritdoc/>
    public int Count => _names.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _names;

    /// <inheritdoc/>
    public IEnumerable<TEnum> Values => _values;

    /// <inheritdoc/>
    public TEnum this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"\"{key}\" names no {typeof(TEnum).Name}.");

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TEnum value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : default;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, TEnum>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            yield return new KeyValuePair<string, TEnum>(_names[i], _values[i]);
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
