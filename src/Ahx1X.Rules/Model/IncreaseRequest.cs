namespace Ahx1X.Rules.Model;

/// <summary>Describes how a quota increase (指标调增, 附件4) was asked for.</summary>
public sealed record IncreaseRequest
{
    /// <summary>Gets whether the school's certificate pilot management department agreed.</summary>
    public bool? PilotDepartmentAgreed { get; init; }

    /// <summary>Gets whether the school leader in charge agreed.</summary>
    public bool? SchoolLeaderAgreed { get; init; }

    /// <summary>Gets whether the increase form (附件4) is filled in.</summary>
    public bool? FormPresent { get; init; }

    /// <summary>Gets whether the mailed scan bears the official seal.</summary>
    public bool? Sealed { get; init; }

    /// <summary>Gets the recipient mail address.</summary>
    public string? Recipient { get; init; }

    /// <summary>Gets the mail subject.</summary>
    public string? Subject { get; init; }
}
