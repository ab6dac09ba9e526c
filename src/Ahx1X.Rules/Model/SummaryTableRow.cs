namespace Ahx1X.Rules.Model;

/// <summary>Describes one row of a summary table (附件3): one application it lists (PROC-04).</summary>
public sealed record SummaryTableRow
{
    /// <summary>Gets the applying institution's name, as its applications name it.</summary>
    public required string Institution { get; init; }

    /// <summary>Gets the code of the certificate applied for.</summary>
    public required string CertificateCode { get; init; }

    /// <summary>Gets the level the row lists.</summary>
    public CertificateLevel? Level { get; init; }

    /// <summary>Gets the number of candidates the row lists.</summary>
    public int? Candidates { get; init; }
}
