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
