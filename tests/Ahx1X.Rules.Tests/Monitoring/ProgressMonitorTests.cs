using Ahx1X.Rules.Monitoring;
using NodaTime;

namespace Ahx1X.Rules.Tests.Monitoring;

/// <summary>The monitoring list for a 通报: institutions with a MON-01 violation, by city, worst first, each by its latest report.</summary>
public sealed class ProgressMonitorTests
{
    [Fact]
    public void Monitor_ListsOnlySlowInstitutions_ByCity_WorstCityAndInstitutionFirst()
    {
        var list = ProgressMonitor.Monitor(TestData.Engine,
        [
            ProgressData.Report("合肥甲校", "合肥", rows: ProgressData.Row(examined: 24)), // 0.4
            ProgressData.Report("合肥乙校", "合肥", rows: ProgressData.Row(examined: 60)), // on track
            ProgressData.Report("蚌埠甲校", "蚌埠", rows: ProgressData.Row(examined: 6)), // 0.1
            ProgressData.Report("蚌埠乙校", "蚌埠", rows: ProgressData.Row(examined: 18)), // 0.3
            ProgressData.Report("无市校", null, rows: ProgressData.Row(examined: 0)), // 0.0, but no city: last
        ]);

        Assert.Equal(["蚌埠", "合肥", null], list.Cities.Select(c => c.City));
        Assert.Equal(["蚌埠甲校", "蚌埠乙校", "合肥甲校", "无市校"], list.Institutions.Select(i => i.Name));
        Assert.Equal(5, list.InstitutionsMonitored);
        Assert.Empty(list.NotDetermined);
        var worst = list.Institutions.First();
        Assert.Equal((60, 6, 0.1m, new YearMonth(2024, 7)), (worst.Approved, worst.Examined, worst.ExaminedShare, worst.Month));
        Assert.Equal(["B1-WEB"], worst.SlowCertificates);
        Assert.Equal("MON-01", Assert.Single(worst.Findings).ClauseId);
    }

    [Fact]
    public void Monitor_EqualShares_PutMoreSlowCertificatesFirstThenName()
    {
        var list = ProgressMonitor.Monitor(TestData.Engine,
        [
            ProgressData.Report("乙", "合肥", rows: ProgressData.Row(examined: 12)),
            ProgressData.Report("甲", "合肥", rows: ProgressData.Row(examined: 12)),
            ProgressData.Report("丙", "合肥", rows: [ProgressData.Row(examined: 6, certificate: "B1-WEB"), ProgressData.Row(examined: 6, certificate: "B1-LOG")]),
        ]);

        Assert.Equal(["丙", "乙", "甲"], list.Institutions.Select(i => i.Name));
        Assert.Equal(["B1-WEB", "B1-LOG"], list.Institutions.First().SlowCertificates);
    }

    [Fact]
    public void Monitor_UsesEachInstitutionsLatestReport()
    {
        var list = ProgressMonitor.Monitor(TestData.Engine,
        [
            ProgressData.Report("合肥甲校", month: 9, rows: ProgressData.Row(examined: 50)),
            ProgressData.Report("合肥甲校", month: 7, rows: ProgressData.Row(examined: 0)),
            ProgressData.Report("合肥乙校", month: 7, rows: ProgressData.Row(examined: 50)),
            ProgressData.Report("合肥乙校", month: 9, rows: ProgressData.Row(examined: 50, approved: 200)),
        ]);

        var listed = Assert.Single(list.Institutions);
        Assert.Equal(("合肥乙校", new YearMonth(2024, 9)), (listed.Name, listed.Month));
        Assert.Equal(2, list.InstitutionsMonitored);
    }

    [Fact]
    public void Monitor_MissingFigure_IsNotDeterminedRatherThanCleared()
    {
        var list = ProgressMonitor.Monitor(TestData.Engine, [ProgressData.Report("芜湖甲校", "芜湖", rows: ProgressData.Row(examined: null))]);

        Assert.Empty(list.Cities);
        Assert.Equal(["芜湖甲校"], list.NotDetermined);
    }

    [Fact]
    public void Monitor_SaysWhichValuesOfTooSlowArePlaceholders()
    {
        var list = ProgressMonitor.Monitor(TestData.Engine, [ProgressData.Report()]);

        Assert.Equal(
            ["$.thresholds.slowExamination.monthsAfterApproval", "$.thresholds.slowExamination.value"],
            list.PlaceholderParameters.Select(p => p.JsonPath));
    }

    [Fact]
    public void Monitor_CertifiedIsSummedOnlyWhenEveryCertificateGivesIt()
    {
        var given = ProgressMonitor.Monitor(TestData.Engine, [ProgressData.Report(rows: [ProgressData.Row(examined: 1, certified: 1), ProgressData.Row(examined: 2, certified: 2)])]);
        var notGiven = ProgressMonitor.Monitor(TestData.Engine, [ProgressData.Report(rows: [ProgressData.Row(examined: 1, certified: 1), ProgressData.Row(examined: 2, certified: null)])]);

        Assert.Equal(3, given.Institutions.Single().Certified);
        Assert.Null(notGiven.Institutions.Single().Certified);
    }

    [Fact]
    public void Monitor_BadReport_IsRefusedAsBadInput()
    {
        Assert.Throws<InvalidRequestException>(() =>
            ProgressMonitor.Monitor(TestData.Engine, [ProgressData.Report(rows: ProgressData.Row(approved: 1, examined: 2))]));
    }
}
