using Ahx1X.Rules.Results;

namespace Ahx1X.Demo.Output;

/// <summary>One judged record of a document, as the renderers print it.</summary>
/// <param name="File">The document it came from.</param>
/// <param name="Id">The record's id in the document.</param>
/// <param name="Subject">Who the record is about, such as the institution's name.</param>
/// <param name="Item">What the record is about, such as the certificate code.</param>
/// <param name="Result">The verdict.</param>
/// <param name="City">The city of the institution or sender, when known.</param>
internal sealed record Verdict(string File, string Id, string Subject, string Item, EvaluationResult Result, string? City = null);

/// <summary>A record that could not be judged, such as one for a year no edition covers.</summary>
internal sealed record Refusal(string File, string Id, string Reason);

/// <summary>Names the values the renderers print, the same in tables and JSON.</summary>
internal static class Names
{
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => "accepted",
        Outcome.AcceptedWithWarnings => "acceptedWithWarnings",
        Outcome.Rejected => "rejected",
        Outcome.NotApplicable => "notApplicable",
        _ => "indeterminate",
    };

    /// <summary>Returns the word that introduces the contact for a record's findings, in each language asked for.</summary>
    public static string Contact(IReadOnlyList<Language> languages) =>
        string.Join(" ", languages.Select(l => l == Language.Chinese ? "咨询" : "contact"));

    /// <summary>Says that a verdict was made against a sample catalogue, so that nobody takes it for an official one.</summary>
    public static string SampleCatalogue(Language language) => language == Language.Chinese
        ? "证书目录：样例（开考最低人数等为占位值）— 非正式结论"
        : "catalogue: SAMPLE (placeholder minimums) — not official";

    public static string Of(FindingSeverity severity) => severity == FindingSeverity.Error ? "error" : "warning";

    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.Violation => "violation",
        FindingKind.MissingFacts => "missingFacts",
        FindingKind.RuleFailed => "ruleFailed",
        _ => "notApplicable",
    };
}
