namespace Ahx1X.Rules.Json;

/// <summary>
/// The part of a text that a scan still needs, read from a <see cref="TextReader"/> as the scan
/// moves on: characters are addressed by their offset in the whole text, and those before the
/// offset last given to <see cref="Release"/> may be dropped, so reading a long text holds only
/// the token being scanned and a chunk ahead.
/// </summary>
internal sealed class TextWindow(TextReader reader)
{
    private const int Chunk = 16 * 1024;

    private char[] _buffer = new char[2 * Chunk];
    private int _start;
    private int _count;
    private int _releasedBefore;
    private bool _ended;

    /// <summary>Returns the character at <paramref name="at"/>; <see cref="Has"/> must have said it is there.</summary>
    public char this[int at] => _buffer[at - _start];

    /// <summary>Returns true when the text has a character at <paramref name="at"/>, reading on as far as needed.</summary>
    public bool Has(int at)
    {
        while (at - _start >= _count)
        {
            if (!Fill())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns up to <paramref name="length"/> characters from <paramref name="at"/>, fewer where the text ends.</summary>
    public ReadOnlySpan<char> Span(int at, int length)
    {
        Has(at + length - 1);
        var available = Math.Clamp(_start + _count - at, 0, length);
        return _buffer.AsSpan(at - _start, available);
    }

    /// <summary>Returns the characters from <paramref name="start"/> up to <paramref name="end"/>, which the scan has read.</summary>
    public string Slice(int start, int end) => new(_buffer, start - _start, end - start);

    /// <summary>Says that the characters before <paramref name="before"/> are no longer needed.</summary>
    public void Release(int before) => _releasedBefore = Math.Max(_releasedBefore, before);

    private bool Fill()
    {
        if (_ended)
        {
            return false;
        }

        if (_count + Chunk > _buffer.Length)
        {
            // Drop what was released; grow only when the part still needed fills the buffer.
            var keep = Math.Max(0, _releasedBefore - _start);
            var needed = _count - keep;
            var target = needed + Chunk > _buffer.Length ? new char[Math.Max(_buffer.Length * 2, needed + Chunk)] : _buffer;
            Array.Copy(_buffer, keep, target, 0, needed);
            _buffer = target;
            _start += keep;
            _count = needed;
        }

        var read = reader.Read(_buffer, _count, _buffer.Length - _count);
        if (read == 0)
        {
            _ended = true;
            return false;
        }

        _count += read;
        return true;
    }
}
