using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Rules.Hosting.Tests;

/// <summary>Spring 2024 applications for B1-WEB (minimum 30 in the sample catalogue) from a college that meets every other clause.</summary>
internal static class Applications
{
    /// <summary>Returns the application with <paramref name="candidates"/> candidates, submitted on <paramref name="submittedOn"/>.</summary>
    public static ApplicationRequest ForWeb(int candidates, LocalDate submittedOn) => new()
    {
        Institution = new Institution
        {
            Name = "安徽示范职业技术学院", Kind = InstitutionKind.HigherVocational, RegisteredOn = new LocalDate(2021, 5, 10),
            MajorsOffered = ["软件技术"], OfficeMeetingApprovedOn = new LocalDate(2024, 3, 12), StandardsInTrainingPlan = true, FundingBudgeted = true,
        },
        Application = new Application
        {
            Year = 2024, CertificateCode = "B1-WEB", Level = CertificateLevel.Junior, AssessedMajors = ["软件技术"], Candidates = candidates,
            Season = Season.Spring, SubmittedAt = submittedOn, JustificationPresent = true, FormPresent = true,
        },
    };
}
