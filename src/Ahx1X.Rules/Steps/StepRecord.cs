using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// One record read from a document: its id, where it is written, what output names it by, and the
/// typed request; for a summary table mail, the applications its document gives to reconcile it
/// with (PROC-04). It holds no part of the document's tree, which can go once the record is read.
/// </summary>
internal sealed record StepRecord(string Id, RecordPlace Place, string Subject, string? City, string Item, object Request)
{
    /// <summary>Gets the applications judged together with the record, or null when its document gives none.</summary>
    public IReadOnlyList<ApplicationRequest>? JudgedWith { get; init; }
}
