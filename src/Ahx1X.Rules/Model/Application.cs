namespace Ahx1X.Rules.Model;

/// <summary>
/// Describes one institution's plan to examine candidates for one certificate at one level in
/// one season (申报). Facts left null make the clauses that need them report them as missing.
/// </summary>
public sealed record Application
{
    /// <summary>Gets the year of the notice the application answers; it selects the edition of the rules.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the code of the certificate applied for, as listed in the catalogue.</summary>
    public required string CertificateCode { get; init; }

    /// <summary>Gets the level applied for.</summary>
    public CertificateLevel? Level { get; init; }

    /// <summary>Gets the majors whose students are assessed (考核专业).</summary>
    public IReadOnlyList<string>? AssessedMajors { get; init; }

    /// <summary>Gets the number of candidates (申报人数).</summary>
    public int? Candidates { get; init; }

    /// <summary>Gets the season applied for.</summary>
    public Season? Season { get; init; }

    /// <summary>Gets when the application was submitted on the platform.</summary>
    public Moment? SubmittedAt { get; init; }

    /// <summary>Gets whether the application has its own justification (论证).</summary>
    public bool? JustificationPresent { get; init; }

    /// <summary>Gets whether the application form (附件2) is uploaded.</summary>
    public bool? FormPresent { get; init; }
}
