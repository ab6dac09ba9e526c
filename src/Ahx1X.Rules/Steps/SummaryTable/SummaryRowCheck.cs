using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// One line of a summary table's reconciliation with the applications (PROC-04), as the
/// <c>row</c> input: a row paired with the application it lists, a row with no application,
/// or an application with no row.
/// </summary>
internal sealed record SummaryRowCheck
{
    /// <summary>Gets the row's number in the table, from 1; null for an application the table does not list.</summary>
    public int? Number { get; init; }

    public required string Institution { get; init; }

    public required string CertificateCode { get; init; }

    /// <summary>Gets whether the table lists the line.</summary>
    public required bool Listed { get; init; }

    /// <summary>Gets whether an application of the season matches the line.</summary>
    public required bool Applied { get; init; }

    /// <summary>Gets the level the row lists.</summary>
    public CertificateLevel? Level { get; init; }

    /// <summary>Gets the candidates the row lists.</summary>
    public int? Candidates { get; init; }

    /// <summary>Gets the level applied for.</summary>
    public CertificateLevel? AppliedLevel { get; init; }

    /// <summary>Gets the candidates applied for.</summary>
    public int? AppliedCandidates { get; init; }
}
