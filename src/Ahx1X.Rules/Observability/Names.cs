using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Observability;

/// <summary>Gives tag values as the JSON contract writes them, from constants, so tagging allocates no string.</summary>
internal static class Names
{
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => "accepted",
        Outcome.AcceptedWithWarnings => "acceptedWithWarnings",
        Outcome.Rejected => "rejected",
        Outcome.Indeterminate => "indeterminate",
        _ => "none",
    };

    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.Violation => "violation",
        FindingKind.MissingFacts => "missingFacts",
        FindingKind.RuleFailed => "ruleFailed",
        FindingKind.NotApplicable => "notApplicable",
        _ => "none",
    };
}
