namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// Joins the pieces of a rendered message with one allocation, the message itself: the pieces
/// go into an array kept per thread, and are joined at their exact length.
/// </summary>
internal static class MessageBuffer
{
    [ThreadStatic]
    private static string[]? _pieces;

    /// <summary>Returns this thread's array of pieces, at least <paramref name="count"/> long.</summary>
    public static string[] Pieces(int count)
    {
        var pieces = _pieces;
        if (pieces is null || pieces.Length < count)
        {
            _pieces = pieces = new string[Math.Max(count, 16)];
        }

        return pieces;
    }

    /// <summary>Joins the first <paramref name="count"/> pieces and clears them, so the array holds no text after.</summary>
    public static string Join(string[] pieces, int count)
    {
        var text = string.Concat(pieces.AsSpan(0, count)!);
        Array.Clear(pieces, 0, count);
        return text;
    }
}
