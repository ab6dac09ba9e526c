namespace Ahx1X.Rules.Results;

/// <summary>Names the verdict on one evaluated document.</summary>
public enum Outcome
{
    /// <summary>Every clause was checked and none fired.</summary>
    Accepted,

    /// <summary>Every clause was checked; only warnings fired.</summary>
    AcceptedWithWarnings,

    /// <summary>At least one error-severity clause fired.</summary>
    Rejected,

    /// <summary>No error fired, but a fact was missing or a rule could not run, so the verdict is not known.</summary>
    Indeterminate,
}
