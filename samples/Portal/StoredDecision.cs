namespace Portal;

/// <summary>One row of the decision log: the request, what judged it with, the result and its receipt, as the JSON contract writes them.</summary>
internal sealed record StoredDecision(
    Guid Id,
    string StoredAt,
    string Kind,
    string? Record,
    string? Subject,
    string? Item,
    string Outcome,
    string PackFingerprint,
    string RequestJson,
    string? JudgedWithJson,
    string ResultJson,
    string ReceiptJson);
