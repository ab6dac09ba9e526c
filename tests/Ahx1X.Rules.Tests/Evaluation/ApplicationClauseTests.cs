using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// One passing case, one failing case and the boundaries for every clause of the 2024
/// Application workflow, with the messages filled with the actual values.
/// </summary>
public sealed class ApplicationClauseTests
{
    private static readonly string[] AllClauses =
        ["SCOPE-01", "SCALE-01", "SCALE-02", "SCALE-03", "SCALE-04", "SCALE-05", "TIME-01", "PROC-01", "REQ-01", "REQ-02", "REQ-03"];

    // ---- The compliant application ----

    [Fact]
    public void Evaluate_CompliantApplication_IsAcceptedWithoutFindings()
    {
        var result = TestData.Evaluate();

        Assert.Empty(result.Findings);
        Assert.Equal(Outcome.Accepted, result.Outcome);
        Assert.True(result.IsAccepted);
        Assert.Equal(2024, result.Edition);
        Assert.Equal("Application", result.Workflow);
        Assert.Equal(AllClauses.Order(), result.ClausesEvaluated.Order());
    }

    // ---- SCOPE-01 ----

    [Fact]
    public void Evaluate_KnownCertificate_PassesScope01()
    {
        Assert.True(TestData.Evaluate().Passes("SCOPE-01"));
    }

    [Fact]
    public void Evaluate_UnknownCertificateCode_FiresScope01AndRejects()
    {
        var result = TestData.Evaluate(a => a with { CertificateCode = "B9-XYZ" });

        var finding = AssertViolation(result, "SCOPE-01", FindingSeverity.Error);
        Assert.Equal("SCOPE-01-in-catalogue", finding.RuleName);
        Assert.Equal("证书 B9-XYZ 不在教育部发布的四批职业技能等级证书目录中", finding.Message.Zh);
        Assert.Equal("Certificate B9-XYZ is not in the catalogue of the Ministry's four published batches", finding.Message.En);
        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.False(result.IsAccepted);
    }

    [Fact]
    public void Evaluate_UnknownCertificateCode_GivesTheScope01FindingAlone()
    {
        var result = TestData.Evaluate(a => a with { CertificateCode = "B9-XYZ" });

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SCOPE-01", finding.ClauseId);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.DoesNotContain(result.Findings, f => f.Message.Zh.Contains("证书目录条目", StringComparison.Ordinal));
    }

    // ---- SCALE-01 ----

    [Fact]
    public void Evaluate_CandidatesAtMinimum_PassesScale01()
    {
        var result = TestData.Evaluate(a => a with { Candidates = 30 });

        Assert.True(result.Passes("SCALE-01"));
        Assert.Equal(Outcome.Accepted, result.Outcome);
    }

    [Fact]
    public void Evaluate_CandidatesOneBelowMinimum_FiresScale01WithActualValues()
    {
        var result = TestData.Evaluate(a => a with { Candidates = 29 });

        var finding = AssertViolation(result, "SCALE-01", FindingSeverity.Error);
        Assert.Equal("SCALE-01-minimum-candidates", finding.RuleName);
        Assert.Equal("申报人数 29 人，低于该证书开考最低人数 30 人", finding.Message.Zh);
        Assert.Equal("29 candidates applied for, below the certificate's minimum of 30 for an exam to open", finding.Message.En);
        Assert.Contains(finding.Facts, f => f.Name == "application.Candidates" && f.Value == "29");
        Assert.Contains(finding.Facts, f => f.Name == "certificate.MinimumCandidates" && f.Value == "30");
        Assert.Equal("二", finding.Citation.Section);
        Assert.Equal("皖教秘职成〔2024〕22号", finding.Citation.Document);
        Assert.Equal("单个证书申报规模应符合该证书开考最低人数限额要求", finding.Citation.Text);
        Assert.Equal(Outcome.Rejected, result.Outcome);
    }

    [Fact]
    public void Evaluate_ZeroCandidates_FiresScale01()
    {
        var finding = AssertViolation(TestData.Evaluate(a => a with { Candidates = 0 }), "SCALE-01", FindingSeverity.Error);
        Assert.Equal("申报人数 0 人，低于该证书开考最低人数 30 人", finding.Message.Zh);
    }

    [Fact]
    public void Evaluate_CertificateWithoutMinimum_ReportsMinimumAsMissing()
    {
        var catalogue = new Catalogue(
            [new CatalogueEntry { Code = "B1-WEB", Name = "Web前端开发职业技能等级证书", Batch = 1, CompletionRate = 0.9m, IssuanceRate = 0.9m }],
            isSample: true,
            "test");
        var engine = new PolicyEngine(TestData.Engine.Pack, new PolicyEngineOptions { Catalogue = catalogue });

        var result = engine.Evaluate(TestData.Request());

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SCALE-01", finding.ClauseId);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Contains(finding.Facts, f => f.Name == "certificate.MinimumCandidates" && f.Value is null);
        Assert.Equal("缺少开考最低人数，无法判断本条款（SCALE-01）；请补充后重新检查", finding.Message.Zh);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    [Fact]
    public void Evaluate_CertificateWithoutRates_ReportsRatesAsMissing()
    {
        // B2-NEW has no historical rates (附件1) in the sample catalogue: neither a pass nor a warning.
        var result = TestData.Evaluate(a => a with { CertificateCode = "B2-NEW" });

        Assert.Equal(["SCALE-03", "SCALE-04"], result.Findings.Select(f => f.ClauseId));
        Assert.All(result.Findings, f => Assert.Equal(FindingKind.MissingFacts, f.Kind));
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    // ---- SCALE-02 ----

    [Fact]
    public void Evaluate_JustificationAndFormPresentAndFirstOfSeason_PassesScale02()
    {
        Assert.True(TestData.Evaluate().Passes("SCALE-02"));
    }

    [Fact]
    public void Evaluate_NoJustification_FiresScale02Justification()
    {
        var result = TestData.Evaluate(a => a with { JustificationPresent = false });

        var finding = AssertViolation(result, "SCALE-02", FindingSeverity.Error);
        Assert.Equal("SCALE-02-justification", finding.RuleName);
        Assert.Equal("证书 B1-WEB 的申报缺少论证材料（一证书一论证一申报）", finding.Message.Zh);
        Assert.Equal(Outcome.Rejected, result.Outcome);
    }

    [Fact]
    public void Evaluate_NoForm_FiresScale02Form()
    {
        var result = TestData.Evaluate(a => a with { FormPresent = false });

        var finding = AssertViolation(result, "SCALE-02", FindingSeverity.Error);
        Assert.Equal("SCALE-02-form", finding.RuleName);
        Assert.Equal("证书 B1-WEB 的申报表（附件2）未上传", finding.Message.Zh);
        Assert.Equal("The application form (附件2) for B1-WEB is not uploaded", finding.Message.En);
        Assert.Equal(Outcome.Rejected, result.Outcome);
    }

    [Fact]
    public void Evaluate_SameCertificateLevelSeasonAppliedBefore_FiresScale02OncePerSeason()
    {
        var result = TestData.Evaluate(earlier: [TestData.Application]);

        var finding = AssertViolation(result, "SCALE-02", FindingSeverity.Error);
        Assert.Equal("SCALE-02-once-per-season", finding.RuleName);
        Assert.Equal("本校春季已申报证书 B1-WEB（中级）1 次，同一证书同一等级每季只申报一次", finding.Message.Zh);
        Assert.Equal(
            "The institution already applied for B1-WEB (intermediate) 1 time(s) this spring; one application per certificate and level per season",
            finding.Message.En);
        Assert.Equal(Outcome.Rejected, result.Outcome);
    }

    [Fact]
    public void Evaluate_TwoEarlierApplicationsSameSeason_CountsBoth()
    {
        var result = TestData.Evaluate(earlier: [TestData.Application, TestData.Application with { Candidates = 40 }]);

        var finding = AssertViolation(result, "SCALE-02", FindingSeverity.Error);
        Assert.Equal("本校春季已申报证书 B1-WEB（中级）2 次，同一证书同一等级每季只申报一次", finding.Message.Zh);
    }

    [Fact]
    public void Evaluate_EarlierApplicationsOfOtherLevelSeasonCertificateOrYear_PassScale02()
    {
        var app = TestData.Application;
        var result = TestData.Evaluate(earlier:
        [
            app with { Level = CertificateLevel.Senior },
            app with { Season = Season.Autumn },
            app with { CertificateCode = "B1-BIM" },
            app with { Year = 2023 },
        ]);

        Assert.True(result.Passes("SCALE-02"));
        Assert.Equal(Outcome.Accepted, result.Outcome);
    }

    // ---- SCALE-03 ----

    [Fact]
    public void Evaluate_CompletionRateAboveThreshold_PassesScale03()
    {
        Assert.True(TestData.Evaluate().Passes("SCALE-03"));
    }

    [Fact]
    public void Evaluate_LowCompletionRate_WarnsScale03AndAcceptsWithWarnings()
    {
        // B1-ELD: completion 0.55 (below the 0.6 placeholder), issuance 0.70, minimum 20.
        var result = TestData.Evaluate(a => a with { CertificateCode = "B1-ELD" });

        var finding = AssertViolation(result, "SCALE-03", FindingSeverity.Warning);
        Assert.Equal("该证书往年完成率 0.55，低于 0.6（暂定值，待主管部门确定），应从严控制申报", finding.Message.Zh);
        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
        Assert.True(result.IsAccepted);
        Assert.Single(result.Findings);
    }

    // ---- SCALE-04 ----

    [Fact]
    public void Evaluate_IssuanceRateAboveThreshold_PassesScale04()
    {
        Assert.True(TestData.Evaluate().Passes("SCALE-04"));
    }

    [Fact]
    public void Evaluate_LowIssuanceRate_WarnsScale04()
    {
        // B1-CAR: completion 0.83, issuance 0.52, minimum 25.
        var result = TestData.Evaluate(a => a with { CertificateCode = "B1-CAR" });

        var finding = AssertViolation(result, "SCALE-04", FindingSeverity.Warning);
        Assert.Equal("该证书往年发证率 0.52，低于 0.6（暂定值，待主管部门确定），应从严控制申报", finding.Message.Zh);
        Assert.Equal("The certificate's historical issuance rate 0.52 is below 0.6 (placeholder, to be set by the provincial office); apply with strict control", finding.Message.En);
        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
        Assert.Single(result.Findings);
    }

    // ---- SCALE-05 ----

    [Fact]
    public void Evaluate_AllAssessedMajorsOffered_PassesScale05()
    {
        Assert.True(TestData.Evaluate(a => a with { AssessedMajors = ["物流管理"] }).Passes("SCALE-05"));
    }

    [Fact]
    public void Evaluate_AssessedMajorNotOffered_WarnsScale05NamingTheMajor()
    {
        var result = TestData.Evaluate(a => a with { AssessedMajors = ["软件技术", "护理"] });

        var finding = AssertViolation(result, "SCALE-05", FindingSeverity.Warning);
        Assert.Equal("考核专业 护理 不是本校开设的专业", finding.Message.Zh);
        Assert.Equal("Assessed major(s) 护理 are not offered by the institution", finding.Message.En);
        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
    }

    // ---- TIME-01 ----

    [Theory]
    [InlineData(3, 21, false)]
    [InlineData(3, 22, true)]
    [InlineData(4, 2, true)]
    [InlineData(4, 3, false)]
    public void Evaluate_SpringWindowEdges_Time01FiresOutsideOnly(int month, int day, bool inside)
    {
        var date = new LocalDate(2024, month, day);
        var result = TestData.Evaluate(a => a.SubmittedOnDate(date, Season.Spring));

        if (inside)
        {
            Assert.True(result.Passes("TIME-01"));
            Assert.Equal(Outcome.Accepted, result.Outcome);
        }
        else
        {
            var finding = AssertViolation(result, "TIME-01", FindingSeverity.Error);
            Assert.Equal("TIME-01-application-window", finding.RuleName);
            Assert.Equal($"申报日期 2024-{month:00}-{day:00} 不在春季院校申报时间 2024-03-22 至 2024-04-02 内", finding.Message.Zh);
            Assert.Equal($"Submitted on 2024-{month:00}-{day:00}, outside the spring application window 2024-03-22 to 2024-04-02", finding.Message.En);
            Assert.Equal(Outcome.Rejected, result.Outcome);
        }
    }

    [Theory]
    [InlineData(9, 14, false)]
    [InlineData(9, 15, true)]
    [InlineData(9, 25, true)]
    [InlineData(9, 26, false)]
    public void Evaluate_AutumnWindowEdges_Time01FiresOutsideOnly(int month, int day, bool inside)
    {
        var date = new LocalDate(2024, month, day);
        var result = TestData.Evaluate(a => a.SubmittedOnDate(date, Season.Autumn));

        if (inside)
        {
            Assert.True(result.Passes("TIME-01"));
            Assert.Equal(Outcome.Accepted, result.Outcome);
        }
        else
        {
            var finding = AssertViolation(result, "TIME-01", FindingSeverity.Error);
            Assert.Equal($"申报日期 2024-{month:00}-{day:00} 不在秋季院校申报时间 2024-09-15 至 2024-09-25 内", finding.Message.Zh);
            Assert.Equal(Outcome.Rejected, result.Outcome);
        }
    }

    [Fact]
    public void Evaluate_SpringDateButAutumnSeason_FiresTime01()
    {
        var result = TestData.Evaluate(a => a with { Season = Season.Autumn });

        AssertViolation(result, "TIME-01", FindingSeverity.Error);
    }

    [Fact]
    public void Evaluate_InstantLateOnLastDayInShanghai_PassesTime01()
    {
        // 2024-04-02T23:30+08:00 is 15:30Z: still the last day of the window in Asia/Shanghai.
        var instant = Instant.FromUtc(2024, 4, 2, 15, 30);
        var result = TestData.Evaluate(a => a with { SubmittedAt = Moment.FromInstant(instant) });

        Assert.True(result.Passes("TIME-01"));
    }

    [Fact]
    public void Evaluate_OffsetDateTimeOnLastDayLocallyButNextDayInShanghai_FiresTime01()
    {
        // 2024-04-02T20:00-05:00 is 2024-04-03T09:00+08:00: the day after the window in Shanghai.
        var local = new LocalDateTime(2024, 4, 2, 20, 0).WithOffset(Offset.FromHours(-5));
        var result = TestData.Evaluate(a => a with { SubmittedAt = Moment.FromOffsetDateTime(local) });

        var finding = AssertViolation(result, "TIME-01", FindingSeverity.Error);
        Assert.Contains("2024-04-03", finding.Message.Zh);
    }

    // ---- PROC-01 ----

    [Fact]
    public void Evaluate_RegisteredOnDayOfApplication_PassesProc01()
    {
        var result = TestData.Evaluate(institution: i => i with { RegisteredOn = TestData.SubmittedOn });

        Assert.True(result.Passes("PROC-01"));
        Assert.Equal(Outcome.Accepted, result.Outcome);
    }

    [Fact]
    public void Evaluate_RegisteredDayAfterApplication_FiresProc01()
    {
        var result = TestData.Evaluate(institution: i => i with { RegisteredOn = TestData.SubmittedOn.PlusDays(1) });

        var finding = AssertViolation(result, "PROC-01", FindingSeverity.Error);
        Assert.Equal("PROC-01-registered", finding.RuleName);
        Assert.Equal("院校于 2024-03-26 注册平台，晚于申报日期 2024-03-25；应先注册，再申报", finding.Message.Zh);
        Assert.Equal(Outcome.Rejected, result.Outcome);
    }

    [Fact]
    public void Evaluate_NotRegistered_ReportsRegistrationDateAsMissing()
    {
        var result = TestData.Evaluate(institution: i => i with { RegisteredOn = null });

        var finding = Assert.Single(result.For("PROC-01"));
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Contains("平台注册日期", finding.Message.Zh);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    // ---- REQ-01 ----

    [Fact]
    public void Evaluate_StandardsInTrainingPlan_PassesReq01()
    {
        Assert.True(TestData.Evaluate().Passes("REQ-01"));
    }

    [Fact]
    public void Evaluate_StandardsNotInTrainingPlan_WarnsReq01()
    {
        var result = TestData.Evaluate(institution: i => i with { StandardsInTrainingPlan = false });

        var finding = AssertViolation(result, "REQ-01", FindingSeverity.Warning);
        Assert.Equal("X证书标准尚未融入人才培养方案", finding.Message.Zh);
        Assert.Equal("六(一)", finding.Citation.Section);
    }

    // ---- REQ-02 ----

    [Fact]
    public void Evaluate_OfficeMeetingOnDayOfApplication_PassesReq02()
    {
        var result = TestData.Evaluate(institution: i => i with { OfficeMeetingApprovedOn = TestData.SubmittedOn });

        Assert.True(result.Passes("REQ-02"));
        Assert.Equal(Outcome.Accepted, result.Outcome);
    }

    [Fact]
    public void Evaluate_OfficeMeetingDayAfterApplication_FiresReq02()
    {
        var result = TestData.Evaluate(institution: i => i with { OfficeMeetingApprovedOn = TestData.SubmittedOn.PlusDays(1) });

        var finding = AssertViolation(result, "REQ-02", FindingSeverity.Error);
        Assert.Equal("REQ-02-office-meeting", finding.RuleName);
        Assert.Equal("校长办公会于 2024-03-26 批准年度申报，晚于申报日期 2024-03-25", finding.Message.Zh);
        Assert.Equal(Outcome.Rejected, result.Outcome);
    }

    // ---- REQ-03 ----

    [Fact]
    public void Evaluate_FundingBudgeted_PassesReq03()
    {
        Assert.True(TestData.Evaluate().Passes("REQ-03"));
    }

    [Fact]
    public void Evaluate_FundingNotBudgeted_WarnsReq03()
    {
        var result = TestData.Evaluate(institution: i => i with { FundingBudgeted = false });

        var finding = AssertViolation(result, "REQ-03", FindingSeverity.Warning);
        Assert.Equal("证书支持经费尚未纳入学校年度总预算", finding.Message.Zh);
        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
    }

    // ---- Outcomes ----

    [Fact]
    public void Evaluate_OnlyWarningClausesFire_AcceptsWithWarnings()
    {
        var result = TestData.Evaluate(institution: i => i with { StandardsInTrainingPlan = false, FundingBudgeted = false });

        Assert.Equal(["REQ-01", "REQ-03"], result.Findings.Select(f => f.ClauseId));
        Assert.All(result.Findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
    }

    [Fact]
    public void Evaluate_ErrorAndWarningFire_Rejects()
    {
        var result = TestData.Evaluate(a => a with { Candidates = 29 }, i => i with { FundingBudgeted = false });

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.False(result.IsAccepted);
    }

    [Fact]
    public void Evaluate_CandidatesNull_IsIndeterminateWithMissingFactNamingCandidates()
    {
        var result = TestData.Evaluate(a => a with { Candidates = null });

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SCALE-01", finding.ClauseId);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("缺少申报人数，无法判断本条款（SCALE-01）；请补充后重新检查", finding.Message.Zh);
        Assert.Equal("Cannot check SCALE-01: number of candidates not given; supply it and check again", finding.Message.En);
        var fact = Assert.Single(finding.Facts, f => f.Name == "application.Candidates");
        Assert.Null(fact.Value);
        Assert.Equal("申报人数", fact.Label.Zh);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.False(result.IsAccepted);
    }

    [Fact]
    public void Evaluate_MissingFactAndErrorViolation_Rejects()
    {
        var result = TestData.Evaluate(a => a with { Candidates = null, FormPresent = false });

        Assert.Contains(result.Findings, f => f.ClauseId == "SCALE-01" && f.Kind == FindingKind.MissingFacts);
        AssertViolation(result, "SCALE-02", FindingSeverity.Error);
        Assert.Equal(Outcome.Rejected, result.Outcome);
    }

    [Fact]
    public void Evaluate_MissingFactAndWarningViolation_IsIndeterminate()
    {
        var result = TestData.Evaluate(a => a with { Candidates = null }, i => i with { FundingBudgeted = false });

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    [Fact]
    public void Evaluate_NullBool_IsMissingNotFalse()
    {
        var result = TestData.Evaluate(a => a with { JustificationPresent = null });

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SCALE-02-justification", finding.RuleName);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    [Fact]
    public void Evaluate_SeasonNull_ReportsSeasonAsMissingForTime01()
    {
        var result = TestData.Evaluate(a => a with { Season = null });

        var finding = Assert.Single(result.For("TIME-01"));
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
    }

    [Fact]
    public void Evaluate_Year2025_ThrowsEditionNotFoundNamingTheYear()
    {
        var ex = Assert.Throws<EditionNotFoundException>(() => TestData.Evaluate(a => a with { Year = 2025 }));

        Assert.Contains("2025", ex.Message);
        Assert.Equal(2025, ex.Year);
        Assert.Equal([2024], ex.Available);
    }

    private static Finding AssertViolation(EvaluationResult result, string clauseId, FindingSeverity severity)
    {
        var finding = Assert.Single(result.For(clauseId));
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Equal(severity, finding.Severity);
        return finding;
    }
}
