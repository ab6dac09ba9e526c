using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Steps;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// Every way a step builds its findings gives each one the contact of its step and institution:
/// one scope, a series of scopes (months, certificates), facts missing before any scope (REQ-04),
/// a summary table's lines (PROC-04), and all of them again when explaining.
/// </summary>
public sealed class ContactOnEveryPathTests
{
    private static readonly PolicyEngine Explaining = PolicyEngine.LoadEmbedded(new PolicyEngineOptions { Explain = true });

    public static TheoryData<string> SampleDocuments { get; } = new(Directory.GetFiles(Repository.PathOf("samples/documents"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(SampleDocuments))]
    public void EvaluateWith_EverySampleRecord_EachFindingCarriesItsStepsContact(string file)
    {
        var parameters = TestData.Engine.Pack.For(2024).Parameters;
        var entries = JudgedTogether.Link(Document.Load(Repository.PathOf("samples/documents/" + file)).Entries);

        foreach (var engine in new[] { TestData.Engine, Explaining })
        {
            foreach (var entry in entries)
            {
                var result = entry.EvaluateWith(engine);
                var expected = RoleOf(entry.Request) is { } role ? parameters.ContactFor(role) : null;
                Assert.All(result.Findings, f => Assert.True(Equals(expected, f.Contact), $"{file} {entry.Id} {f.RuleName}: contact {f.Contact?.Office ?? "none"}, expected {expected?.Office ?? "none"}"));
            }
        }
    }

    [Fact]
    public void EvaluateWith_SampleDocuments_FindingsOnTheSeriesAndLinePathsCarryAContact()
    {
        // Guards the theory above against passing on findings that never reach these paths.
        foreach (var (file, clause) in new[] { ("monthly-reports-not-known.json", "REQ-04"), ("monthly-progress.json", "MON-01"), ("summary-reconciled.json", "PROC-04") })
        {
            var findings = JudgedTogether.Link(Document.Load(Repository.PathOf("samples/documents/" + file)).Entries)
                .SelectMany(e => e.EvaluateWith(TestData.Engine).Findings)
                .Where(f => f.ClauseId == clause)
                .ToList();

            Assert.True(findings.Count > 0, $"{file} gives no {clause} finding");
            Assert.All(findings, f => Assert.NotNull(f.Contact));
        }
    }

    [Fact]
    public void EvaluateMonthlyReports_MonthsMissing_EachMonthsFindingCarriesTheOfficeOfTheInstitutionsKind()
    {
        var request = new MonthlyReportsRequest
        {
            Year = 2024,
            Institution = StepData.College,
            AsOf = StepData.Date(7, 31),
            Approvals = [new Approval("B1-WEB-0", StepData.Date(4, 1))],
            Reported = [new NodaTime.YearMonth(2024, 5)],
        };

        var findings = StepData.Engine.EvaluateMonthlyReports(request).Findings;

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(ContactRole.HigherEducation, f.Contact?.Role));
    }

    private static ContactRole? RoleOf(object request) => request switch
    {
        ApplicationRequest r => StepTable.Application.ContactFor(r),
        CityReviewRequest r => StepTable.CityReview.ContactFor(r),
        ProvincialReviewRequest r => StepTable.ProvincialReview.ContactFor(r),
        SummaryTableMail r => StepTable.SummaryTable.ContactFor(new SummaryTableJudging(r, null)),
        AdjustmentRequest r => StepTable.Adjustment.ContactFor(r),
        MonthlyReportsRequest r => StepTable.MonthlyReports.ContactFor(r),
        MonthlyProgressReport r => StepTable.MonthlyProgress.ContactFor(r),
        _ => throw new InvalidOperationException(request.GetType().Name),
    };
}
