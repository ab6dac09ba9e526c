namespace Ahx1X.Rules.Model;

/// <summary>
/// Describes one certificate of the Ministry's published batches, with the minimum number of
/// candidates for an exam to open and its historical rates in Anhui (附件1).
/// </summary>
public sealed record CatalogueEntry
{
    /// <summary>Gets the certificate code that applications refer to.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the certificate's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the Ministry batch (1 to 4) that published the certificate.</summary>
    public required int Batch { get; init; }

    /// <summary>Gets the minimum number of candidates for an exam to open (开考最低人数限额).</summary>
    public int? MinimumCandidates { get; init; }

    /// <summary>Gets the historical completion rate (完成率), from 0 to 1, or null when 附件1 gives none.</summary>
    public decimal? CompletionRate { get; init; }

    /// <summary>Gets the historical issuance rate (发证率), from 0 to 1, or null when 附件1 gives none.</summary>
    public decimal? IssuanceRate { get; init; }
}
