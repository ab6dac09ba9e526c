using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>
/// One row of a monthly progress report (附件5): an approved certificate, its approved candidates,
/// and how many have been examined and certified so far. A figure left null is a missing fact.
/// </summary>
public sealed record CertificateProgress
{
    /// <summary>Gets the certificate approved.</summary>
    public required string CertificateCode { get; init; }

    /// <summary>Gets the day the certificate's plan was approved.</summary>
    public LocalDate? ApprovedOn { get; init; }

    /// <summary>Gets the number of candidates approved.</summary>
    public int? Approved { get; init; }

    /// <summary>Gets the number of candidates examined so far.</summary>
    public int? Examined { get; init; }

    /// <summary>Gets the number of candidates certified so far.</summary>
    public int? Certified { get; init; }
}
