using System.Globalization;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Results;

namespace Portal;

/// <summary>The answer to a check: the record, its outcome, every finding and the receipt to store with it.</summary>
internal sealed record CheckResponse(
    string Id,
    string Subject,
    string Item,
    Outcome Outcome,
    bool IsAccepted,
    IReadOnlyList<CheckResponse.FindingJson> Findings,
    CheckResponse.ReceiptJson Receipt)
{
    public static CheckResponse From(DocumentEntry entry, EvaluationResult result, Language language) => new(
        entry.Id,
        entry.Subject,
        entry.Item,
        result.Outcome,
        result.IsAccepted,
        [.. result.Findings.Select(f => new FindingJson(
            f.ClauseId,
            f.RuleName,
            f.Severity,
            f.Kind,
            f.Message.In(language),
            f.Message,
            f.Citation,
            [.. f.Facts.Select(fact => new FactJson(fact.Name, fact.Label, fact.Value))]))],
        new ReceiptJson(
            result.Receipt.Edition,
            result.Receipt.Workflow,
            result.Receipt.PackFingerprint,
            result.Receipt.LibraryVersion,
            result.Receipt.AsOf?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            result.Receipt.ClausesEvaluated));

    /// <summary>One finding; <c>message</c> is in the portal's language, <c>messages</c> has both.</summary>
    public sealed record FindingJson(
        string ClauseId,
        string Rule,
        Severity Severity,
        FindingKind Kind,
        string Message,
        LocalizedText Messages,
        Citation Citation,
        IReadOnlyList<FactJson> Facts);

    /// <summary>One value the rule read; a null value is a fact nobody supplied.</summary>
    public sealed record FactJson(string Name, LocalizedText Label, string? Value);

    /// <summary>What a dispute needs to replay the decision.</summary>
    public sealed record ReceiptJson(
        int Edition,
        string Workflow,
        string PackFingerprint,
        string LibraryVersion,
        string? AsOf,
        IReadOnlyList<string> ClausesEvaluated);
}
