using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>ADJ-01..04: after approval the level, majors and number of candidates hold; an increase follows the procedure.</summary>
public class AdjustmentTests
{
    private static readonly string[] Adj04Rules =
    [
        "ADJ-04-pilot-department-agreed",
        "ADJ-04-school-leader-agreed",
        "ADJ-04-form",
        "ADJ-04-sealed",
        "ADJ-04-mailbox",
        "ADJ-04-subject",
    ];

    [Fact]
    public void EvaluateAdjustment_NothingChanged_Accepted()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(40)));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
        Assert.Equal(["ADJ-01", "ADJ-02", "ADJ-03", "ADJ-04", "ADJ-05"], result.ClausesEvaluated);
    }

    [Theory]
    [InlineData(CertificateLevel.Intermediate, CertificateLevel.Senior)]
    [InlineData(CertificateLevel.Intermediate, CertificateLevel.Junior)]
    [InlineData(CertificateLevel.Junior, CertificateLevel.Senior)]
    public void EvaluateAdjustment_LevelChanged_RejectedWithAdj01(CertificateLevel approved, CertificateLevel requested)
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40, approved), Plan(40, requested)));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ADJ-01", finding.ClauseId);
        Assert.Equal("ADJ-01-level-unchanged", finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
    }

    [Fact]
    public void EvaluateAdjustment_LevelChanged_MessageNamesBothLevels()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40, CertificateLevel.Junior), Plan(40, CertificateLevel.Intermediate)));

        var finding = Assert.Single(result.FindingsForClause("ADJ-01"));
        Assert.Contains("junior", finding.Message.En);
        Assert.Contains("intermediate", finding.Message.En);
        Assert.Contains("初级", finding.Message.Zh);
        Assert.Contains("中级", finding.Message.Zh);
    }

    [Fact]
    public void EvaluateAdjustment_LevelUnknown_MissingFacts()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(40, level: null)));

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ADJ-01", finding.ClauseId);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
    }

    public static TheoryData<string[], string[]> ChangedMajors => new()
    {
        { ["软件技术"], ["软件技术", "电子商务"] },
        { ["软件技术", "计算机应用技术"], ["软件技术"] },
        { ["软件技术"], ["电子商务"] },
        { ["软件技术", "计算机应用技术"], ["软件技术", "电子商务"] },
        { ["软件技术"], [] },
    };

    [Theory]
    [MemberData(nameof(ChangedMajors))]
    public void EvaluateAdjustment_MajorsAddedRemovedOrReplaced_RejectedWithAdj02(string[] approved, string[] requested)
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40, majors: approved), Plan(40, majors: requested)));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ADJ-02", finding.ClauseId);
        Assert.Equal("ADJ-02-majors-unchanged", finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
    }

    [Fact]
    public void EvaluateAdjustment_MajorsReordered_NoAdj02()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(
            Plan(40, majors: ["软件技术", "计算机应用技术", "大数据与会计"]),
            Plan(40, majors: ["大数据与会计", "软件技术", "计算机应用技术"])));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.FindingsForClause("ADJ-02"));
    }

    [Fact]
    public void EvaluateAdjustment_MajorsUnknown_MissingFacts()
    {
        var requested = Plan(40) with { AssessedMajors = null };

        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), requested));

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ADJ-02", finding.ClauseId);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
    }

    [Theory]
    [InlineData(40, 39)]
    [InlineData(40, 0)]
    [InlineData(1, 0)]
    public void EvaluateAdjustment_FewerCandidates_RejectedWithAdj03Only(int approved, int requested)
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(approved), Plan(requested)));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ADJ-03", finding.ClauseId);
        Assert.Equal("ADJ-03-no-reduction", finding.RuleName);
        Assert.Contains(approved.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message.En);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(0)]
    public void EvaluateAdjustment_EqualCandidates_NoAdj03NorAdj04(int candidates)
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(candidates), Plan(candidates)));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void EvaluateAdjustment_RequestedCandidatesNull_MissingFacts()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(null), IncreaseInOrder));

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.All(result.Findings, f => Assert.Equal(FindingKind.MissingFacts, f.Kind));
        var finding = Assert.Single(result.FindingsForClause("ADJ-03"));
        Assert.Contains(finding.Facts, f => f.Name == "requested.Candidates" && f.Value is null);
        Assert.Contains(finding.Facts, f => f.Name == "approved.Candidates" && f.Value == "40");
    }

    [Theory]
    [InlineData(40, 41)]
    [InlineData(40, 55)]
    [InlineData(0, 200)]
    public void EvaluateAdjustment_IncreaseInOrder_Accepted(int approved, int requested)
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(approved), Plan(requested), IncreaseInOrder));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void EvaluateAdjustment_IncreaseSubjectWithSpaces_Accepted()
    {
        var increase = IncreaseInOrder with { Subject = "安徽示范职业技术学院 2024 年证书指标调增申请" };

        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(45), increase));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Fact]
    public void EvaluateAdjustment_IncreaseWithoutIncreaseRequest_ReportsEveryAdj04Rule()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(41), increase: null));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal(6, result.Findings.Count);
        Assert.Equal(Adj04Rules, result.Findings.Select(f => f.RuleName));
        Assert.All(result.Findings, f =>
        {
            Assert.Equal("ADJ-04", f.ClauseId);
            Assert.Equal(FindingKind.Violation, f.Kind);
            Assert.Equal(FindingSeverity.Error, f.Severity);
        });
    }

    [Fact]
    public void EvaluateAdjustment_IncreaseSentToSummaryMailbox_RejectedWithAdj04Mailbox()
    {
        var increase = IncreaseInOrder with { Recipient = SummaryMailbox };

        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(55), increase));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ADJ-04", finding.ClauseId);
        Assert.Equal("ADJ-04-mailbox", finding.RuleName);
        Assert.Contains(SummaryMailbox, finding.Message.En);
        Assert.Contains(IncreaseMailbox, finding.Message.En);
    }

    public static TheoryData<string, IncreaseRequest> BrokenParts => new()
    {
        { "ADJ-04-pilot-department-agreed", IncreaseInOrder with { PilotDepartmentAgreed = false } },
        { "ADJ-04-school-leader-agreed", IncreaseInOrder with { SchoolLeaderAgreed = false } },
        { "ADJ-04-form", IncreaseInOrder with { FormPresent = false } },
        { "ADJ-04-sealed", IncreaseInOrder with { Sealed = false } },
        { "ADJ-04-mailbox", IncreaseInOrder with { Recipient = "someone@126.com" } },
        { "ADJ-04-subject", IncreaseInOrder with { Subject = "安徽示范职业技术学院2024年证书申报" } },
        { "ADJ-04-subject", IncreaseInOrder with { Subject = "安徽示范职业技术学院2023年证书指标调增申请" } },
    };

    [Theory]
    [MemberData(nameof(BrokenParts))]
    public void EvaluateAdjustment_OneBrokenPartOfIncrease_ReportsThatRuleOnly(string rule, IncreaseRequest increase)
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(50), increase));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ADJ-04", finding.ClauseId);
        Assert.Equal(rule, finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
    }

    [Fact]
    public void EvaluateAdjustment_SeveralBrokenPartsOfIncrease_EachReportedSeparately()
    {
        var increase = IncreaseInOrder with
        {
            SchoolLeaderAgreed = false,
            Sealed = false,
            Recipient = SummaryMailbox,
            Subject = "安徽示范职业技术学院2024年证书申报",
        };

        var result = Engine.EvaluateAdjustment(Adjustment(Plan(60), Plan(80), increase));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal(
            ["ADJ-04-school-leader-agreed", "ADJ-04-sealed", "ADJ-04-mailbox", "ADJ-04-subject"],
            result.Findings.Select(f => f.RuleName));
    }

    [Fact]
    public void EvaluateAdjustment_IncreaseAgreementUnknown_MissingFacts()
    {
        var increase = IncreaseInOrder with { PilotDepartmentAgreed = null };

        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(50), increase));

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ADJ-04-pilot-department-agreed", finding.RuleName);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
    }

    [Fact]
    public void EvaluateAdjustment_ReductionWithIncreaseRequest_Adj03Only()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(Plan(40), Plan(30), IncreaseInOrder));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal("ADJ-03-no-reduction", Assert.Single(result.Findings).RuleName);
    }

    [Fact]
    public void EvaluateAdjustment_LevelMajorsAndReduction_EachClauseReported()
    {
        var result = Engine.EvaluateAdjustment(Adjustment(
            Plan(40, CertificateLevel.Junior, ["物流服务与管理"]),
            Plan(32, CertificateLevel.Intermediate, ["物流服务与管理", "电子商务"])));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal(["ADJ-01", "ADJ-02", "ADJ-03"], result.Findings.Select(f => f.ClauseId));
    }
}
