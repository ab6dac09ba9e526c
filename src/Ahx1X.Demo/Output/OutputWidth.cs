using System.Globalization;

namespace Ahx1X.Demo.Output;

/// <summary>
/// How wide tables are drawn. A terminal's own width, as the console finds it; when output is
/// piped (<c>| head</c>, <c>| less</c>), the width of the terminal the pipe ends in, which
/// <c>COLUMNS</c> or the window still tell; only output that reaches no terminal at all (a file,
/// a log) is drawn wide, so its rows stay whole.
/// </summary>
internal static class OutputWidth
{
    /// <summary>The width of output that reaches no terminal.</summary>
    public const int Unbounded = 160;

    /// <summary>Returns the width to draw at, or null to let the console find it.</summary>
    /// <param name="redirected">Whether standard output is redirected.</param>
    /// <param name="columns">The <c>COLUMNS</c> environment variable, if set.</param>
    /// <param name="window">Asks the terminal its width; null or 0 when there is none.</param>
    public static int? Of(bool redirected, string? columns, Func<int?> window)
    {
        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var set) && set is >= 20 and <= 1000)
        {
            return set;
        }

        if (!redirected)
        {
            return null;
        }

        return window() is > 0 and var width ? width : Unbounded;
    }

    /// <summary>Returns the width of the terminal the process writes to, or null when it has none.</summary>
    public static int? Window()
    {
        try
        {
            return Console.IsErrorRedirected && Console.IsInputRedirected ? null : Console.WindowWidth;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
