namespace Ahx1X.Rules.Results;

/// <summary>Holds the verdict on one document and every finding behind it.</summary>
public sealed record EvaluationResult
{
    /// <summary>Gets the verdict.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>Gets the findings, in the order of the rules in the workflow.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Gets the year of the edition that judged the document.</summary>
    public required int Edition { get; init; }

    /// <summary>Gets the workflow that ran, such as <c>Application</c>.</summary>
    public required string Workflow { get; init; }

    /// <summary>Gets the clause ids of every rule that was evaluated, fired or not, without repeats.</summary>
    public required IReadOnlyList<string> ClausesEvaluated { get; init; }

    /// <summary>Gets the SHA-256 fingerprint of the rule pack's files.</summary>
    public required string PackFingerprint { get; init; }

    /// <summary>Returns true when the document may go ahead: accepted, with or without warnings.</summary>
    public bool IsAccepted => Outcome is Outcome.Accepted or Outcome.AcceptedWithWarnings;

    /// <summary>Computes the outcome of a set of findings: an error rejects; otherwise a missing fact or a failed rule leaves it indeterminate; otherwise a warning accepts with warnings.</summary>
    /// <param name="findings">The findings.</param>
    public static Outcome OutcomeOf(IEnumerable<Finding> findings)
    {
        var rejected = false;
        var unknown = false;
        var warned = false;
        foreach (var finding in findings)
        {
            switch (finding.Kind)
            {
                case FindingKind.Violation or FindingKind.NotApplicable when finding.Severity == Severity.Error:
                    rejected = true;
                    break;
                case FindingKind.Violation or FindingKind.NotApplicable:
                    warned = true;
                    break;
                default:
                    unknown = true;
                    break;
            }
        }

        return rejected ? Outcome.Rejected : unknown ? Outcome.Indeterminate : warned ? Outcome.AcceptedWithWarnings : Outcome.Accepted;
    }
}
