namespace Ahx1X.Studio;

/// <summary>A request the studio refuses before it reads or writes anything, with the HTTP status to answer.</summary>
internal sealed class StudioRefusal(int status, string message) : Exception(message)
{
    /// <summary>Gets the HTTP status code to answer with.</summary>
    public int Status { get; } = status;
}
