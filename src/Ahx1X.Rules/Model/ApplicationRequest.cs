namespace Ahx1X.Rules.Model;

/// <summary>
/// Asks whether one application may be submitted: the application, the institution that makes
/// it, and the applications the same institution already made, which the notice's
/// "one certificate, one application" principle is checked against.
/// </summary>
public sealed record ApplicationRequest
{
    /// <summary>Gets the applying institution.</summary>
    public required Institution Institution { get; init; }

    /// <summary>Gets the application to judge.</summary>
    public required Application Application { get; init; }

    /// <summary>Gets the same institution's earlier applications; empty by default.</summary>
    public IReadOnlyList<Application> EarlierApplications { get; init; } = [];
}
