namespace Ahx1X.Rules.Results;

/// <summary>
/// Computes an outcome from findings' kinds and severities, one at a time: a step that does not
/// apply makes the outcome not applicable, whatever else was found; otherwise an error rejects;
/// otherwise a missing fact or a failed rule leaves it indeterminate; otherwise a warning accepts with warnings.
/// </summary>
internal struct OutcomeTally
{
    private bool _notApplicable;
    private bool _rejected;
    private bool _unknown;
    private bool _warned;

    /// <summary>Gets the outcome of the findings added so far.</summary>
    public readonly Outcome Outcome =>
        _notApplicable ? Outcome.NotApplicable
        : _rejected ? Outcome.Rejected
        : _unknown ? Outcome.Indeterminate
        : _warned ? Outcome.AcceptedWithWarnings
        : Outcome.Accepted;

    /// <summary>Adds a finding of <paramref name="kind"/> and <paramref name="severity"/>; returns false once the outcome can no longer change.</summary>
    public bool Add(FindingKind kind, FindingSeverity severity)
    {
        switch (kind)
        {
            case FindingKind.NotApplicable:
                // The step has no verdict to give on this record, so nothing else it found counts.
                _notApplicable = true;
                return false;
            case FindingKind.Violation when severity == FindingSeverity.Error:
                _rejected = true;
                break;
            case FindingKind.Violation:
                _warned = true;
                break;
            default:
                _unknown = true;
                break;
        }

        return true;
    }
}
