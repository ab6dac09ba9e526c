using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Tests.Monitoring;

/// <summary>MON-01 over monthly progress reports: the share of approved candidates examined, once due, against the edition's placeholder.</summary>
public sealed class MonthlyProgressTests
{
    private const string Citation = "省教育厅将根据各院校平台审核结果,每月对院校1+X证书考核进展情况进行监测评价,对考核进展缓慢的院校进行通报";

    [Fact]
    public void EvaluateMonthlyProgress_HalfExaminedWhenDue_Passes()
    {
        var result = TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row(approved: 60, examined: 30)));

        Assert.Equal(Outcome.Accepted, result.Outcome);
        Assert.Contains("MON-01", result.ClausesEvaluated);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void EvaluateMonthlyProgress_UnderHalfExaminedWhenDue_WarnsWithTheCitationAndTheCertificate()
    {
        var result = TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row(approved: 60, examined: 29)));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("MON-01", FindingSeverity.Warning, FindingKind.Violation), (finding.ClauseId, finding.Severity, finding.Kind));
        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
        Assert.Equal(Citation, finding.Citation.Text);
        Assert.Equal("六(三)", finding.Citation.Section);
        Assert.Contains("B1-WEB", finding.Message.Zh);
        Assert.Contains("已考核 29 人", finding.Message.Zh);
        Assert.Contains("29 of 60", finding.Message.En);
    }

    [Fact]
    public void EvaluateMonthlyProgress_PlaceholderValues_AreMarkedOncePerMessageInBothLanguages()
    {
        var finding = Assert.Single(TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row(examined: 0))).Findings);

        Assert.Contains("0.5（暂定值，待主管部门确定）", finding.Message.Zh);
        Assert.Single(finding.Message.Zh.Split("暂定值，待主管部门确定").Skip(1));
        Assert.Contains("0.5 (placeholder, to be set by the provincial office)", finding.Message.En);
        Assert.Single(finding.Message.En.Split("placeholder, to be set by the provincial office").Skip(1));
    }

    [Theory]
    [InlineData(2024, 5, 8, false)] // 8 August is after the end of July: not due yet
    [InlineData(2024, 4, 30, true)] // 30 July is inside July: due
    [InlineData(2024, 4, 8, true)]
    public void EvaluateMonthlyProgress_ShareIsDueFromTheMonthsAfterApproval(int year, int month, int day, bool fires)
    {
        var result = TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row(examined: 0, approvedOn: new LocalDate(year, month, day))));

        Assert.Equal(fires, result.Findings.Any(f => f.ClauseId == "MON-01"));
    }

    [Fact]
    public void EvaluateMonthlyProgress_ExaminedNotGiven_IsAMissingFactNamingIt()
    {
        var result = TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row(examined: null)));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.Contains("已考核人数", finding.Message.Zh);
    }

    [Fact]
    public void EvaluateMonthlyProgress_ApprovalDateNotGiven_IsAMissingFact()
    {
        var result = TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row() with { ApprovedOn = null }));

        Assert.Equal(FindingKind.MissingFacts, Assert.Single(result.Findings).Kind);
    }

    [Fact]
    public void EvaluateMonthlyProgress_OneFindingPerSlowCertificate_InReportOrder()
    {
        var result = TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report(rows:
            [ProgressData.Row(examined: 1, certificate: "B1-WEB"), ProgressData.Row(examined: 60, certificate: "B1-LOG"), ProgressData.Row(examined: 2, certificate: "B2-ROB")]));

        Assert.Collection(result.Findings, f => Assert.Contains("B1-WEB", f.Message.En), f => Assert.Contains("B2-ROB", f.Message.En));
    }

    [Fact]
    public void EvaluateMonthlyProgress_NoCertificate_HasNothingToMonitor()
    {
        var result = TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report() with { Certificates = [] });

        Assert.Equal(Outcome.Accepted, result.Outcome);
    }

    [Theory]
    [InlineData(10, 11, null, "$.certificates[0].examined")]
    [InlineData(10, 5, 6, "$.certificates[0].certified")]
    [InlineData(-1, null, null, "$.certificates[0].approved")]
    public void EvaluateMonthlyProgress_FiguresNoReportCanHold_AreRefusedAtTheirPath(int? approved, int? examined, int? certified, string path)
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row(approved, examined, certified))));

        Assert.Contains(ex.Problems, p => p.JsonPath == path);
    }

    [Fact]
    public void EvaluateMonthlyProgress_ApprovalAfterTheMonthReported_IsRefused()
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row(approvedOn: new LocalDate(2024, 8, 1)))));

        Assert.Contains(ex.Problems, p => p.JsonPath == "$.certificates[0].approvedOn" && p.Code == ProblemCodes.InconsistentParameters);
    }

    [Fact]
    public void Receipt_ListsBothValuesOfTheSlowExaminationPlaceholder()
    {
        var receipt = TestData.Engine.EvaluateMonthlyProgress(ProgressData.Report()).Receipt;

        Assert.Equal(
            ["$.thresholds.slowExamination.monthsAfterApproval = 3", "$.thresholds.slowExamination.value = 0.5"],
            receipt.PlaceholderParameters.Select(p => $"{p.JsonPath} = {p.Value}").Order(StringComparer.Ordinal));
        Assert.Equal("MonthlyProgress", receipt.Workflow);
    }

    [Fact]
    public void SlowExamination_IsReadFromTheEditionAsAPlaceholder()
    {
        var threshold = TestData.Engine.Pack.For(2024).Parameters.SlowExamination;

        Assert.Equal(new ProgressThreshold(0.5m, 3, IsPlaceholder: true), threshold);
        Assert.Equal("0.5 after 3 months (placeholder)", threshold.ToString());
    }

    [Fact]
    public void Receipt_OfAWorkflowThatDoesNotReadIt_DoesNotListSlowExamination()
    {
        var receipt = TestData.Evaluate().Receipt;

        Assert.DoesNotContain(receipt.PlaceholderParameters, p => p.Name == "slowExamination");
        Assert.Contains(receipt.PlaceholderParameters, p => p.Name == "lowCompletionRate");
    }

    [Fact]
    public void SetThreshold_IsNeitherMarkedNorListedInReceipts()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, "\"monthsAfterApproval\": 3, \"placeholder\": true", "\"monthsAfterApproval\": 3, \"placeholder\": false");
        var engine = new PolicyEngine(RulePack.LoadFromDirectory(pack.Root));

        var result = engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row(examined: 0)));

        Assert.Empty(result.Receipt.PlaceholderParameters);
        var finding = Assert.Single(result.Findings);
        Assert.DoesNotContain("暂定值", finding.Message.Zh);
        Assert.DoesNotContain("placeholder", finding.Message.En);
    }

    [Fact]
    public void ChangedThreshold_ChangesTheVerdict()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, "\"slowExamination\": { \"value\": 0.5, \"monthsAfterApproval\": 3", "\"slowExamination\": { \"value\": 0.2, \"monthsAfterApproval\": 6");
        var engine = new PolicyEngine(RulePack.LoadFromDirectory(pack.Root));

        // 10 of 60 is below 0.5 after three months, but nothing is due before six.
        Assert.Empty(engine.EvaluateMonthlyProgress(ProgressData.Report(rows: ProgressData.Row(examined: 10))).Findings);
        Assert.Single(engine.EvaluateMonthlyProgress(ProgressData.Report(month: 10, rows: ProgressData.Row(examined: 10))).Findings);
    }

    [Theory]
    [InlineData("\"monthsAfterApproval\": 3, ", "", "$.thresholds.slowExamination")]
    [InlineData("\"monthsAfterApproval\": 3", "\"monthsAfterApproval\": 99", "$.thresholds.slowExamination.monthsAfterApproval")]
    [InlineData("\"slowExamination\": { \"value\": 0.5", "\"slowExamination\": { \"value\": 1.5", "$.thresholds.slowExamination.value")]
    public void LoadFromDirectory_SlowExaminationMissingOrOutOfRange_PointsAtIt(string text, string replacement, string path)
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile, text, replacement);

        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

        Assert.Contains(ex.Problems, p => p.JsonPath == path);
    }

    [Fact]
    public void Document_ReportsAreReadAndJudgedByTheirStep()
    {
        var document = Document.Parse("""
            { "kind": "monthlyProgress", "reports": [
              { "id": "P1", "year": 2024, "institution": { "name": "安徽示范职业技术学院", "city": "合肥" }, "month": "2024-07",
                "certificates": [{ "certificate": "B1-WEB", "approvedOn": "2024-04-08", "approved": 60, "examined": 3, "certified": null }] } ] }
            """, "progress.json");

        var entry = Assert.Single(document.Entries);
        Assert.Equal(DocumentKind.MonthlyProgress, document.Kind);
        Assert.Equal(("P1", "安徽示范职业技术学院", "合肥"), (entry.Id, entry.Subject, entry.City));
        Assert.Equal("MON-01", Assert.Single(entry.EvaluateWith(TestData.Engine).Findings).ClauseId);
    }

    [Theory]
    [InlineData("\"month\": \"2024-07\"", "\"month\": \"2024-13\"", "$.reports[0].month", 2)]
    [InlineData("\"examined\": 3", "\"examined\": 61", "$.reports[0].certificates[0].examined", 3)]
    [InlineData("\"examined\": 3", "\"examined\": 3, \"planned\": 5", "$.reports[0].certificates[0].planned", 3)]
    [InlineData("\"approvedOn\": \"2024-04-08\"", "\"approvedOn\": \"2024-08-01\"", "$.reports[0].certificates[0].approvedOn", 3)]
    public void Document_BadReport_IsRefusedAtItsMemberWithPosition(string text, string replacement, string path, int line)
    {
        const string json = """
            { "kind": "monthlyProgress", "reports": [
              { "id": "P1", "year": 2024, "institution": { "name": "安徽示范职业技术学院" }, "month": "2024-07",
                "certificates": [{ "certificate": "B1-WEB", "approvedOn": "2024-04-08", "approved": 60, "examined": 3 }] } ] }
            """;

        var ex = Assert.Throws<DocumentException>(() => Document.Parse(json.Replace(text, replacement, StringComparison.Ordinal), "progress.json"));

        var problem = Assert.Single(ex.Problems, p => p.JsonPath == path);
        Assert.Equal(("P1", line), (problem.Subject, problem.Line));
    }
}
