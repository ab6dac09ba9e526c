namespace Ahx1X.Rules.Expressions;

/// <summary>Tells the failures a caller may turn into a problem from those it must let end the process.</summary>
internal static class Failures
{
    /// <summary>
    /// Returns true for failures of the process rather than of the text being handled: out of
    /// memory, and a thread being interrupted. (A stack overflow cannot be caught at all; the
    /// nesting bound on expressions keeps the parser from reaching one.)
    /// </summary>
    public static bool IsFatal(Exception exception) =>
        exception is OutOfMemoryException or ThreadInterruptedException;
}
