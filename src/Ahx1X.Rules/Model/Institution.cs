using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>
/// Describes one applying school as the notice needs to know it. Every fact but the name may
/// be left null: a null fact is never read as yes or no, it makes the clauses that need it
/// report the fact as missing.
/// </summary>
public sealed record Institution
{
    /// <summary>Gets the school's name (单位名称), as used in mail subjects.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the kind of school.</summary>
    public InstitutionKind? Kind { get; init; }

    /// <summary>Gets the city whose education bureau the school belongs to, such as 合肥.</summary>
    public string? City { get; init; }

    /// <summary>
    /// Gets whether the school is registered on the national certificate platform: false when it is known not to be
    /// (PROC-01 then fails: register first, then apply), true when it is, null when unknown. A school known not to be
    /// registered has no <see cref="RegisteredOn"/>.
    /// </summary>
    public bool? Registered { get; init; }

    /// <summary>Gets the date the school registered on the national certificate platform, or null when unknown or not registered.</summary>
    public LocalDate? RegisteredOn { get; init; }

    /// <summary>Gets the majors the school offers (开设专业).</summary>
    public IReadOnlyList<string>? MajorsOffered { get; init; }

    /// <summary>Gets the date the principal's office meeting (校长办公会) approved this year's applications.</summary>
    public LocalDate? OfficeMeetingApprovedOn { get; init; }

    /// <summary>Gets whether X certificate standards are written into the talent training plan.</summary>
    public bool? StandardsInTrainingPlan { get; init; }

    /// <summary>Gets whether certificate funding is in the school's annual budget.</summary>
    public bool? FundingBudgeted { get; init; }
}
