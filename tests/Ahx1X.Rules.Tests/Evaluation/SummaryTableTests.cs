using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>PROC-02 (sealed summary table, by the deadline, to the summary mailbox, with the subject) and PROC-03 (secondary schools report to their city).</summary>
public class SummaryTableTests
{
    [Theory]
    [InlineData(Season.Spring, 3, 25)]
    [InlineData(Season.Spring, 3, 1)]
    [InlineData(Season.Autumn, 9, 20)]
    [InlineData(Season.Autumn, 9, 10)]
    public void EvaluateSummaryTable_OnOrBeforeDeadline_Accepted(Season season, int month, int day)
    {
        var result = Engine.EvaluateSummaryTable(SummaryMail(season, Date(month, day)));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
        Assert.Equal(["PROC-03", "PROC-02", "PROC-04"], result.ClausesEvaluated);
    }

    [Theory]
    [InlineData(Season.Spring, 3, 26)]
    [InlineData(Season.Autumn, 9, 21)]
    public void EvaluateSummaryTable_DayAfterDeadline_RejectedWithDeadline(Season season, int month, int day)
    {
        var result = Engine.EvaluateSummaryTable(SummaryMail(season, Date(month, day)));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-02", finding.ClauseId);
        Assert.Equal("PROC-02-deadline", finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Contains($"2024-{month:00}-{day:00}", finding.Message.En);
    }

    [Fact]
    public void EvaluateSummaryTable_UtcLateOn0324IsShanghai0325_Accepted()
    {
        // 2024-03-24 20:30 UTC is 2024-03-25 04:30 in Asia/Shanghai: on the deadline day.
        var sentAt = Instant.FromUtc(2024, 3, 24, 20, 30);

        var result = Engine.EvaluateSummaryTable(SummaryMail(Season.Spring, Moment.FromInstant(sentAt)));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Fact]
    public void EvaluateSummaryTable_UtcLateOn0325IsShanghai0326_RejectedWithDeadline()
    {
        // 2024-03-25 16:00 UTC is 2024-03-26 00:00 in Asia/Shanghai: one day late, though the UTC date is the deadline.
        var sentAt = Instant.FromUtc(2024, 3, 25, 16, 0);

        var result = Engine.EvaluateSummaryTable(SummaryMail(Season.Spring, Moment.FromInstant(sentAt)));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal("PROC-02-deadline", Assert.Single(result.Findings).RuleName);
    }

    [Fact]
    public void EvaluateSummaryTable_OffsetDateTimeLastMinuteOfDeadline_Accepted()
    {
        var sentAt = new OffsetDateTime(new LocalDateTime(2024, 9, 20, 23, 59, 59), Offset.FromHours(8));

        var result = Engine.EvaluateSummaryTable(SummaryMail(Season.Autumn, Moment.FromOffsetDateTime(sentAt)));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Fact]
    public void EvaluateSummaryTable_Unsealed_RejectedWithSealed()
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with { Sealed = false };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-02", finding.ClauseId);
        Assert.Equal("PROC-02-sealed", finding.RuleName);
    }

    [Fact]
    public void EvaluateSummaryTable_SealUnknown_MissingFactsAndIndeterminate()
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with { Sealed = null };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-02-sealed", finding.RuleName);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
    }

    [Fact]
    public void EvaluateSummaryTable_SentToIncreaseMailbox_RejectedWithMailbox()
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with { Recipient = MailRecipient.ToMailbox(IncreaseMailbox) };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-02", finding.ClauseId);
        Assert.Equal("PROC-02-mailbox", finding.RuleName);
        Assert.Contains(IncreaseMailbox, finding.Message.En);
        Assert.Contains(SummaryMailbox, finding.Message.En);
    }

    [Theory]
    [InlineData(" AHXZSBGGS@126.com ")]
    [InlineData("Ahxzsbggs@126.COM")]
    public void EvaluateSummaryTable_SummaryMailboxInOtherCaseOrPadded_Accepted(string recipient)
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with { Recipient = MailRecipient.ToMailbox(recipient) };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Theory]
    [InlineData("安徽示范职业技术学院2024年证书申报")]
    [InlineData("安徽示范职业技术学院 2024 年证书申报")]
    [InlineData("安徽示范职业技术学院　2024　年证书申报")]
    [InlineData(" 安徽示范职业技术学院 2024年 证书 申报 ")]
    public void EvaluateSummaryTable_SubjectWithOrWithoutSpaces_Accepted(string subject)
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with { Subject = subject };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Theory]
    [InlineData("安徽示范职业技术学院2023年证书申报")]
    [InlineData("安徽示范职业技术学院2024年证书指标调增申请")]
    [InlineData("2024年证书申报")]
    [InlineData("蚌埠市教育局2024年证书申报")]
    public void EvaluateSummaryTable_WrongSubject_RejectedWithSubject(string subject)
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with { Subject = subject };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-02", finding.ClauseId);
        Assert.Equal("PROC-02-subject", finding.RuleName);
        Assert.Contains("安徽示范职业技术学院2024年证书申报", finding.Message.Zh);
    }

    [Fact]
    public void EvaluateSummaryTable_EveryPartBroken_EachReportedSeparately()
    {
        var mail = SummaryMail(Season.Autumn, Date(9, 21)) with
        {
            Sealed = false,
            Recipient = MailRecipient.ToMailbox(IncreaseMailbox),
            Subject = "安徽示范职业技术学院2023年证书申报",
        };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal(
            ["PROC-02-deadline", "PROC-02-sealed", "PROC-02-mailbox", "PROC-02-subject"],
            result.Findings.Select(f => f.RuleName));
        Assert.All(result.Findings, f => Assert.Equal(FindingKind.Violation, f.Kind));
    }

    [Theory]
    [InlineData(SenderKind.SecondaryVocational)]
    [InlineData(SenderKind.ProvincialSecondarySpecialised)]
    public void EvaluateSummaryTable_SecondarySchoolMailsProvince_RejectedWithProc03(SenderKind kind)
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with
        {
            SenderName = SecondarySchool.Name,
            SenderKind = kind,
            SenderCity = "蚌埠",
            Subject = SecondarySchool.Name + "2024年证书申报",
        };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-03", finding.ClauseId);
        Assert.Equal("PROC-03-secondary-reports-to-city", finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Contains("蚌埠", finding.Message.Zh);
    }

    [Theory]
    [InlineData(SenderKind.CityBureau)]
    [InlineData(SenderKind.HigherVocational)]
    [InlineData(SenderKind.AppliedUndergraduate)]
    public void EvaluateSummaryTable_CityBureauCollegeOrUniversity_NoProc03(SenderKind kind)
    {
        var name = kind == SenderKind.CityBureau ? "蚌埠市教育局" : College.Name;
        var mail = SummaryMail(Season.Spring, Date(3, 25)) with
        {
            SenderName = name,
            SenderKind = kind,
            SenderCity = "蚌埠",
            Subject = name + "2024年证书申报",
        };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.FindingsForClause("PROC-03"));
    }

    [Fact]
    public void EvaluateSummaryTable_SenderKindUnknown_MissingFactsAndIndeterminate()
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with { SenderKind = null };

        var result = Engine.EvaluateSummaryTable(mail);

        // Whether PROC-02 applies depends on the sender's kind too, so its rules cannot be judged either.
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.All(result.Findings, f => Assert.Equal(FindingKind.MissingFacts, f.Kind));
        Assert.Equal(["PROC-03", "PROC-02"], result.Findings.Select(f => f.ClauseId).Distinct());
    }

    [Fact]
    public void EvaluateSummaryTable_SentAtAndSeasonUnknown_MissingFactsForDeadline()
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with { SentAt = null, Season = null };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-02-deadline", finding.RuleName);
        Assert.Equal(FindingKind.MissingFacts, finding.Kind);
    }

    [Fact]
    public void EvaluateSummaryTable_SecondarySchoolWithoutSenderCity_NeverAccepted()
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with
        {
            SenderName = SecondarySchool.Name,
            SenderKind = SenderKind.SecondaryVocational,
            SenderCity = null,
            Subject = SecondarySchool.Name + "2024年证书申报",
        };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.False(result.IsAccepted, result.DescribeStep());
        Assert.Single(result.FindingsForClause("PROC-03"));
    }

    [Fact]
    public void EvaluateSummaryTable_CityBureauWithoutSenderCity_Accepted()
    {
        // PROC-03 is decided by the kind of sender alone; the city only appears in the message.
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with { SenderCity = null };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Fact]
    public void EvaluateSummaryTable_SecondarySchoolWithoutSenderCity_RejectedWithProc03()
    {
        var mail = SummaryMail(Season.Spring, Date(3, 20)) with
        {
            SenderName = SecondarySchool.Name,
            SenderKind = SenderKind.SecondaryVocational,
            SenderCity = null,
            Subject = SecondarySchool.Name + "2024年证书申报",
        };

        var result = Engine.EvaluateSummaryTable(mail);

        Assert.True(result.Outcome == Outcome.Rejected, result.DescribeStep());
        Assert.Equal(FindingKind.Violation, Assert.Single(result.FindingsForClause("PROC-03")).Kind);
    }
}
