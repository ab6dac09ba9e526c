namespace Ahx1X.Rules.Results;

/// <summary>
/// Holds the verdict on one document and the clauses behind it, with no message, fact or
/// receipt: what a batch or a dashboard counts. <see cref="PolicyEngine.Check"/> returns it;
/// <see cref="PolicyEngine.Evaluate(Model.ApplicationRequest)"/> gives the same outcome and clauses with every finding.
/// </summary>
public sealed record CheckResult
{
    internal CheckResult(Outcome outcome, IReadOnlyList<string> clauseIds)
    {
        Outcome = outcome;
        ClauseIds = clauseIds;
    }

    /// <summary>Gets the result of a document that meets every clause, shared by all of them.</summary>
    internal static CheckResult Accepted { get; } = new(Outcome.Accepted, []);

    /// <summary>Gets the verdict, the one <see cref="EvaluationResult.Outcome"/> gives for the same document.</summary>
    public Outcome Outcome { get; }

    /// <summary>Gets the clause id of every finding, in the order of the rules, without repeats; empty when none fired.</summary>
    public IReadOnlyList<string> ClauseIds { get; }

    /// <summary>Returns true when the document may go ahead: accepted, with or without warnings.</summary>
    public bool IsAccepted => Outcome.IsAccepted();

    /// <summary>Returns true when <paramref name="other"/> has the same outcome and the same clauses in the same order.</summary>
    /// <param name="other">The result to compare with.</param>
    public bool Equals(CheckResult? other) =>
        other is not null && Outcome == other.Outcome && ClauseIds.SequenceEqual(other.ClauseIds, StringComparer.Ordinal);

    /// <summary>Returns a hash of the outcome and the clauses.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Outcome);
        foreach (var clause in ClauseIds)
        {
            hash.Add(clause, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the verdict and clauses of <paramref name="findings"/>.</summary>
    internal static CheckResult Of(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return Accepted;
        }

        var clauses = new List<string>(findings.Count);
        foreach (var finding in findings)
        {
            if (!clauses.Contains(finding.ClauseId))
            {
                clauses.Add(finding.ClauseId);
            }
        }

        return new CheckResult(EvaluationResult.OutcomeOf(findings), clauses.ToArray());
    }
}
