using Ahx1X.Rules;
using Ahx1X.Rules.Model;
using NodaTime;

var engine = PolicyEngine.LoadEmbedded();   // the 2024 notice, built into the package; build once and share
var result = engine.Evaluate(new ApplicationRequest
{
    Institution = new Institution { Name = "安徽示范职业技术学院", Kind = InstitutionKind.HigherVocational, MajorsOffered = ["软件技术"],
        RegisteredOn = new LocalDate(2021, 5, 10), OfficeMeetingApprovedOn = new LocalDate(2024, 3, 12), StandardsInTrainingPlan = true, FundingBudgeted = true },
    Application = new Application { Year = 2024, CertificateCode = "B1-WEB", Level = CertificateLevel.Junior, AssessedMajors = ["软件技术"],
        Candidates = 23, Season = Season.Spring, SubmittedAt = new LocalDate(2024, 3, 25), JustificationPresent = true, FormPresent = true },
});
Console.WriteLine(result.Outcome);   // Rejected
foreach (var finding in result.Findings)
    Console.WriteLine($"{finding.ClauseId} {finding.Message.En}");   // SCALE-01 23 candidates applied for, below the certificate's minimum of 30 ...
