namespace Ahx1X.Rules.Results;

/// <summary>Holds the verdict on one document and every finding behind it.</summary>
public sealed record EvaluationResult
{
    /// <summary>Gets the verdict.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>Gets the findings, in the order of the rules in the workflow.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Gets every rule's verdict and the values it read when the engine explains (<see cref="PolicyEngineOptions.Explain"/>); empty otherwise.</summary>
    public IReadOnlyList<RuleVerdict> Verdicts { get; init; } = [];

    /// <summary>Gets what a dispute needs to replay the decision exactly: edition, rule pack, catalogue, placeholder parameters, library version, date and clauses.</summary>
    public required DecisionReceipt Receipt { get; init; }

    /// <summary>Gets the year of the edition that judged the document.</summary>
    public int Edition => Receipt.Edition;

    /// <summary>Gets the workflow that ran, such as <c>Application</c>.</summary>
    public string Workflow => Receipt.Workflow;

    /// <summary>Gets the clause ids of every rule that was evaluated, fired or not, without repeats.</summary>
    public IReadOnlyList<string> ClausesEvaluated => Receipt.ClausesEvaluated;

    /// <summary>Gets the SHA-256 fingerprint of the rule pack's files.</summary>
    public string PackFingerprint => Receipt.PackFingerprint;

    /// <summary>
    /// Gets whether the verdict was made against a sample catalogue, whose minimums and rates are
    /// placeholders (<see cref="DecisionReceipt.CatalogueIsSample"/>): such a verdict is not an official
    /// one, and should be shown as such. False for steps that read no catalogue.
    /// </summary>
    public bool UsedSampleCatalogue => Receipt.CatalogueIsSample;

    /// <summary>Returns true when the document may go ahead: accepted, with or without warnings.</summary>
    public bool IsAccepted => Outcome.IsAccepted();

    /// <summary>
    /// Computes the outcome of a set of findings: a step that does not apply makes the outcome not applicable,
    /// whatever else was found; otherwise an error rejects; otherwise a missing fact or a failed rule leaves it
    /// indeterminate; otherwise a warning accepts with warnings.
    /// </summary>
    /// <param name="findings">The findings.</param>
    public static Outcome OutcomeOf(IEnumerable<Finding> findings)
    {
        var tally = default(OutcomeTally);
        foreach (var finding in findings)
        {
            if (!tally.Add(finding.Kind, finding.Severity))
            {
                break;
            }
        }

        return tally.Outcome;
    }
}
