using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>REQ-04: a monthly progress report (附件5) for every month from the earliest approval to the month of the check.</summary>
public class MonthlyReportsTests
{
    private static MonthlyReportsRequest Request(LocalDate asOf, LocalDate[] approvals, params int[] reportedMonths) => new()
    {
        Year = 2024,
        Institution = College,
        AsOf = asOf,
        Approvals = approvals.Select((date, i) => new Approval($"B1-WEB-{i}", date)).ToArray(),
        Reported = reportedMonths.Select(m => new YearMonth(2024, m)).ToArray(),
    };

    private static MonthlyReportsRequest Request(LocalDate asOf, LocalDate approvedOn, params int[] reportedMonths) =>
        Request(asOf, [approvedOn], reportedMonths);

    [Fact]
    public void EvaluateMonthlyReports_AllMonthsReported_Accepted()
    {
        var result = Engine.EvaluateMonthlyReports(Request(Date(7, 15), Date(4, 8), 4, 5, 6, 7));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
        Assert.Equal(["REQ-04"], result.ClausesEvaluated);
    }

    [Fact]
    public void EvaluateMonthlyReports_ExtraMonthsReported_Accepted()
    {
        var result = Engine.EvaluateMonthlyReports(Request(Date(5, 1), Date(4, 30), 3, 4, 5, 6));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Theory]
    [InlineData(4, new[] { 5, 6, 7 })]
    [InlineData(5, new[] { 4, 6, 7 })]
    [InlineData(7, new[] { 4, 5, 6 })]
    public void EvaluateMonthlyReports_OneMonthMissing_OneFindingNamingIt(int missing, int[] reported)
    {
        var result = Engine.EvaluateMonthlyReports(Request(Date(7, 31), Date(4, 1), reported));

        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("REQ-04", finding.ClauseId);
        Assert.Equal("REQ-04-monthly-report", finding.RuleName);
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains($"2024-{missing:00}", finding.Message.En);
        Assert.Contains($"2024-{missing:00}", finding.Message.Zh);
        Assert.Contains(College.Name, finding.Message.Zh);
    }

    [Fact]
    public void EvaluateMonthlyReports_NothingReported_OneFindingPerMonthInOrder()
    {
        var result = Engine.EvaluateMonthlyReports(Request(Date(7, 1), Date(4, 30)));

        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
        Assert.Equal(4, result.Findings.Count);
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains($"2024-{i + 4:00}", result.Findings[i].Message.En);
        }
    }

    [Fact]
    public void EvaluateMonthlyReports_AsOfInApprovalMonthAndReported_Accepted()
    {
        var result = Engine.EvaluateMonthlyReports(Request(Date(4, 8), Date(4, 8), 4));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void EvaluateMonthlyReports_AsOfInApprovalMonthNotReported_OneFinding()
    {
        var result = Engine.EvaluateMonthlyReports(Request(Date(4, 30), Date(4, 8)));

        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
        Assert.Contains("2024-04", Assert.Single(result.Findings).Message.En);
    }

    [Fact]
    public void EvaluateMonthlyReports_MultipleApprovals_EarliestStartsTheReports()
    {
        // Approved in April and September; April's month is due although the later approval came first in the list.
        var result = Engine.EvaluateMonthlyReports(Request(Date(10, 31), [Date(9, 28), Date(4, 9)], 5, 7, 8, 9));

        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
        Assert.Equal(3, result.Findings.Count);
        Assert.Contains("2024-04", result.Findings[0].Message.En);
        Assert.Contains("2024-06", result.Findings[1].Message.En);
        Assert.Contains("2024-10", result.Findings[2].Message.En);
    }

    [Fact]
    public void EvaluateMonthlyReports_NoApprovals_NothingDue()
    {
        var result = Engine.EvaluateMonthlyReports(Request(Date(10, 31), Array.Empty<LocalDate>()));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void EvaluateMonthlyReports_AcrossTheYearEnd_EveryMonthDue()
    {
        var request = Request(new LocalDate(2025, 1, 10), Date(11, 20), 11, 12) with
        {
            Reported = [new YearMonth(2024, 11), new YearMonth(2024, 12)],
        };

        var result = Engine.EvaluateMonthlyReports(request);

        Assert.Equal(Outcome.AcceptedWithWarnings, result.Outcome);
        Assert.Contains("2025-01", Assert.Single(result.Findings).Message.En);
    }
}
