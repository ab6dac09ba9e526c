namespace Ahx1X.Rules.Results;

/// <summary>
/// Names the verdict on one evaluated document. The values start at 1: the default value, 0,
/// names no verdict at all, so a result that was never filled in is not read as a pass.
/// </summary>
public enum Outcome
{
    /// <summary>Every clause was checked and none fired.</summary>
    Accepted = 1,

    /// <summary>Every clause was checked; only warnings fired.</summary>
    AcceptedWithWarnings = 2,

    /// <summary>At least one error-severity clause fired.</summary>
    Rejected = 3,

    /// <summary>No error fired, but a fact was missing or a rule could not run, so the verdict is not known.</summary>
    Indeterminate = 4,

    /// <summary>The step does not apply to the record (such as a city review of a college's application): neither accepted nor rejected.</summary>
    NotApplicable = 5,
}
