using NodaTime;

namespace Ahx1X.Rules.Model;

/// <summary>Records one approved application, from whose month monthly reports are due.</summary>
/// <param name="CertificateCode">The certificate approved.</param>
/// <param name="ApprovedOn">The day of approval; null when not known, which REQ-04 reports as a missing fact.</param>
public sealed record Approval(string CertificateCode, LocalDate? ApprovedOn);
