namespace Ahx1X.Rules.Model;

/// <summary>Holds an exam plan for one certificate: as approved, or as a change asks for.</summary>
public sealed record ExamPlan
{
    /// <summary>Gets the certificate code.</summary>
    public required string CertificateCode { get; init; }

    /// <summary>Gets the exam level.</summary>
    public CertificateLevel? Level { get; init; }

    /// <summary>Gets the assessed majors.</summary>
    public IReadOnlyList<string>? AssessedMajors { get; init; }

    /// <summary>Gets the number of candidates.</summary>
    public int? Candidates { get; init; }
}

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

/// <summary>Asks whether a change to an approved exam plan is allowed (ADJ-01..04).</summary>
public sealed record AdjustmentRequest
{
    /// <summary>Gets the year of the notice the plan answers.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the institution that asks for the change.</summary>
    public required Institution Institution { get; init; }

    /// <summary>Gets the plan as approved.</summary>
    public required ExamPlan Approved { get; init; }

    /// <summary>Gets the plan as the change asks for it.</summary>
    public required ExamPlan Requested { get; init; }

    /// <summary>Gets how an increase was asked for; null when none was sent.</summary>
    public IncreaseRequest? Increase { get; init; }
}
