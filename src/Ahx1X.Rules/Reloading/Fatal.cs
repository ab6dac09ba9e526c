using System.Runtime.InteropServices;

namespace Ahx1X.Rules.Reloading;

/// <summary>Tells the exceptions after which a process cannot be trusted to go on from the ones a reload turns into a refusal.</summary>
internal static class Fatal
{
    /// <summary>Returns whether <paramref name="exception"/> must end the process rather than be reported.</summary>
    public static bool Is(Exception exception) =>
        exception is OutOfMemoryException or AccessViolationException or SEHException;
}
