namespace Ahx1X.Rules.Results;

/// <summary>Names how much a fired clause weighs; set per rule in the rule data.</summary>
public enum FindingSeverity
{
    /// <summary>The document may not go ahead.</summary>
    Error,

    /// <summary>The document may go ahead, but someone should look at it.</summary>
    Warning,
}
