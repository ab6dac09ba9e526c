using Ahx1X.Rules.Model;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// One record read from a document: its id, what output names it by, and the typed request;
/// for a summary table mail, the applications its document gives to reconcile it with (PROC-04).
/// </summary>
internal sealed record StepRecord(string Id, JToken? IdToken, string Subject, string? City, string Item, object Request)
{
    /// <summary>Gets the applications judged together with the record, or null when its document gives none.</summary>
    public IReadOnlyList<ApplicationRequest>? JudgedWith { get; init; }
}
