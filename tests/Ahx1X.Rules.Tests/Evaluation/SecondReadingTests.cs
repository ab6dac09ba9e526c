using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;
using Ahx1X.Rules.Tests.Demo;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// The notice read a second time: ADJ-05, REQ-02's earliest meeting, PROC-01's known non-registration,
/// missing facts for SCALE-05 and REQ-04, ORDER-01's citation, and the outcome of a step that does not apply.
/// </summary>
public sealed class SecondReadingTests
{
    private static readonly string Notice = File.ReadAllText(Repository.PathOf("rules/2024/notice.txt"));

    // ---- ADJ-05 ----

    [Fact]
    public void EvaluateAdjustment_CertificateChanged_RejectedByAdj05Alone()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(40) with { CertificateCode = "B1-BIM" }));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ADJ-05", finding.ClauseId);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Contains("B1-WEB", finding.Message.Zh);
        Assert.Contains("B1-BIM", finding.Message.En);
        Assert.Equal("五", finding.Citation.Section);
        Assert.Contains(finding.Citation.Text, Notice);
    }

    [Fact]
    public void EvaluateAdjustment_SameCertificate_PassesAdj05()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(40)));

        Assert.Contains("ADJ-05", result.ClausesEvaluated);
        Assert.Empty(result.FindingsForClause("ADJ-05"));
    }

    [Fact]
    public void Edition_ListsAdj05()
    {
        Assert.Contains(TestData.Engine.Pack.For(2024).Clauses, c => c.Id == "ADJ-05" && c.Section == "五");
    }

    // ---- REQ-02 ----

    [Fact]
    public void Evaluate_MeetingBeforeTheEarliestApprovalDate_FailsReq02CitingTheApprovalSystem()
    {
        var result = TestData.Evaluate(institution: i => i with { OfficeMeetingApprovedOn = new LocalDate(2023, 12, 31) });

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("REQ-02", finding.ClauseId);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Equal("建立完善证书申报校长办公会研究批准制度", finding.Citation.Text);
        Assert.Contains(finding.Citation.Text, Notice);
        Assert.Contains("2024-01-01", finding.Message.Zh);
    }

    [Fact]
    public void Evaluate_MeetingOnTheEarliestApprovalDate_PassesReq02()
    {
        var result = TestData.Evaluate(institution: i => i with { OfficeMeetingApprovedOn = new LocalDate(2024, 1, 1) });

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Fact]
    public void Edition_EarliestOfficeMeeting_IsAPlaceholderNamedInTheReceipt()
    {
        var meeting = TestData.Engine.Pack.For(2024).Parameters.EarliestOfficeMeeting;

        Assert.Equal(new DateThreshold(new LocalDate(2024, 1, 1), IsPlaceholder: true), meeting);
        Assert.Contains(TestData.Evaluate().Receipt.PlaceholderParameters,
            p => p.JsonPath == "$.thresholds.earliestOfficeMeeting.value" && p.Value == "2024-01-01");
    }

    // ---- PROC-01 ----

    [Fact]
    public void Evaluate_KnownNotRegistered_ViolatesProc01RegisterFirst()
    {
        var result = TestData.Evaluate(institution: i => i with { Registered = false, RegisteredOn = null });

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-01", finding.ClauseId);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Contains("应先注册", finding.Message.Zh);
        Assert.Contains("register first", finding.Message.En);
    }

    [Fact]
    public void Evaluate_RegistrationUnknown_StaysAMissingFact()
    {
        var result = TestData.Evaluate(institution: i => i with { Registered = null, RegisteredOn = null });

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.Equal(FindingKind.MissingFacts, Assert.Single(result.Findings).Kind);
    }

    [Fact]
    public void Evaluate_RegisteredTrueWithDate_Passes()
    {
        var result = TestData.Evaluate(institution: i => i with { Registered = true });

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Fact]
    public void Evaluate_NotRegisteredYetDated_IsRefusedAsBadInput()
    {
        var ex = Assert.Throws<InvalidRequestException>(() => TestData.Evaluate(institution: i => i with { Registered = false }));

        Assert.Equal("$.institution.registered", Assert.Single(ex.Problems).JsonPath);
    }

    [Fact]
    public void Document_RegisteredFalse_ReadsAndFailsProc01()
    {
        var entry = Assert.Single(
            Document.Load(Repository.PathOf("samples/documents/applications-second-reading.json")).Entries,
            e => e.Id == "PROC-NOT-REGISTERED");

        var result = entry.EvaluateWith(Engine);

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal(FindingKind.Violation, Assert.Single(result.Findings).Kind);
    }

    [Fact]
    public void Document_RegisteredFalseWithADate_IsRefusedNamingTheMember()
    {
        const string json = """
            { "kind": "applications", "institutions": [ { "name": "X", "registered": false, "registeredOn": "2021-05-10",
              "applications": [ { "id": "A1", "year": 2024, "certificate": "B1-WEB" } ] } ] }
            """;

        var ex = Assert.Throws<DocumentException>(() => Document.Parse(json, "x.json"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(ProblemCodes.InconsistentParameters, problem.Code);
        Assert.Equal("$.institutions[0].registered", problem.JsonPath);
    }

    // ---- SCALE-05 ----

    [Fact]
    public void Evaluate_EmptyAssessedMajors_IsAMissingFactForScale05()
    {
        var result = TestData.Evaluate(a => a with { AssessedMajors = [] });

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("SCALE-05", finding.ClauseId);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Contains("考核专业", finding.Message.Zh);
    }

    // ---- REQ-04 ----

    private static MonthlyReportsRequest Monthly(LocalDate? asOf, LocalDate? approvedOn, IReadOnlyList<YearMonth>? reported) => new()
    {
        Year = 2024,
        Institution = College,
        AsOf = asOf,
        Approvals = [new Approval("B1-WEB", approvedOn)],
        Reported = reported,
    };

    private static readonly YearMonth[] AllReported = [new(2024, 4), new(2024, 5), new(2024, 6), new(2024, 7)];

    [Theory]
    [InlineData("asOf", "检查日期")]
    [InlineData("approvedOn", "证书审批通过日期")]
    [InlineData("reported", "已填报月报的月份")]
    public void EvaluateMonthlyReports_NullMember_OneMissingFactFinding(string member, string label)
    {
        var request = Monthly(
            member == "asOf" ? null : Date(7, 15),
            member == "approvedOn" ? null : Date(4, 8),
            member == "reported" ? null : AllReported);

        var result = Engine.EvaluateMonthlyReports(request);

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("REQ-04", finding.ClauseId);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Contains(label, finding.Message.Zh);
    }

    [Fact]
    public void EvaluateMonthlyReports_NullMember_ExplainsTheRuleAsMissingFacts()
    {
        var engine = new PolicyEngine(TestData.Engine.Pack, new PolicyEngineOptions { Explain = true });

        var result = engine.EvaluateMonthlyReports(Monthly(null, Date(4, 8), AllReported));

        Assert.Equal(RuleOutcome.MissingFacts, Assert.Single(result.Verdicts).Outcome);
    }

    [Fact]
    public void Document_MonthlyCheckWithNullMembers_IsJudgedNotRefused()
    {
        var document = Document.Load(Repository.PathOf("samples/documents/monthly-reports-not-known.json"));

        Assert.Equal(2, document.Entries.Count);
        Assert.All(document.Entries, e =>
        {
            var result = e.EvaluateWith(Engine);
            Assert.Equal(Outcome.Indeterminate, result.Outcome);
            Assert.All(result.Findings, f => Assert.Equal(FindingKind.MissingFacts, f.Kind));
        });
    }

    [Theory]
    [InlineData("\"asOf\": 20240715", "$.checks[0].asOf")]
    [InlineData("\"reported\": \"2024-04\"", "$.checks[0].reported")]
    [InlineData("\"approvals\": [{ \"certificate\": \"B1-WEB\" }]", "$.checks[0].approvals[0]")]
    public void Document_MonthlyCheckWrongTypeOrAbsentDate_IsStillRefused(string member, string path)
    {
        var members = new Dictionary<string, string>
        {
            ["asOf"] = "\"asOf\": \"2024-07-15\"",
            ["approvals"] = "\"approvals\": [{ \"certificate\": \"B1-WEB\", \"approvedOn\": \"2024-04-08\" }]",
            ["reported"] = "\"reported\": [\"2024-04\"]",
        };
        members[member[1..member.IndexOf('"', 1)]] = member;
        var json = $$"""
            { "kind": "monthlyReports", "checks": [ { "id": "R1", "year": 2024, "institution": { "name": "X" }, {{string.Join(", ", members.Values)}} } ] }
            """;

        var ex = Assert.Throws<DocumentException>(() => Document.Parse(json, "x.json"));

        Assert.Equal(path, Assert.Single(ex.Problems).JsonPath);
    }

    // ---- ORDER-01 ----

    [Fact]
    public void EvaluateProvincialReview_Order01_CitesTheCityReviewSentenceOf32()
    {
        var result = Engine.EvaluateProvincialReview(ProvincialReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(3, 30), null));

        var finding = Assert.Single(result.FindingsForClause("ORDER-01"));
        Assert.Equal("三.2", finding.Citation.Section);
        Assert.Equal("中职学校（含省属中专学校）所属市级教育行政部门初审时间分别为 3 月 22 日-4 月 5 日，9 月 15 日-28 日。", finding.Citation.Text);
        Assert.Contains(finding.Citation.Text, Notice);
    }

    // ---- A step that does not apply ----

    [Fact]
    public void OutcomeOf_NotApplicableFinding_IsNotApplicableWhateverElseWasFound()
    {
        Finding Of(FindingKind kind, FindingSeverity severity) => new()
        {
            ClauseId = "X",
            RuleName = "X",
            Severity = severity,
            Kind = kind,
            Message = new LocalizedText("x", "x"),
            Citation = new Citation("d", "s", "t"),
            Facts = [],
        };

        Assert.Equal(Outcome.NotApplicable, EvaluationResult.OutcomeOf([Of(FindingKind.NotApplicable, FindingSeverity.Error)]));
        Assert.Equal(Outcome.NotApplicable, EvaluationResult.OutcomeOf([Of(FindingKind.NotApplicable, FindingSeverity.Warning)]));
        Assert.Equal(Outcome.NotApplicable, EvaluationResult.OutcomeOf([Of(FindingKind.Violation, FindingSeverity.Error), Of(FindingKind.NotApplicable, FindingSeverity.Error)]));
        Assert.Equal(Outcome.Rejected, EvaluationResult.OutcomeOf([Of(FindingKind.Violation, FindingSeverity.Error)]));
    }

    [Fact]
    public void EvaluateCityReview_College_NeitherAcceptedNorRejected()
    {
        var result = Engine.EvaluateCityReview(CityReview(InstitutionKind.HigherVocational, Season.Spring, Date(3, 30)));

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
        Assert.False(result.IsAccepted);
        Assert.Equal(5, (int)result.Outcome);
    }
}
