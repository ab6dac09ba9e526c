using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary><c>monitor</c>: the institutions for a 通报 by city, worst first, as a table, CSV or JSON, with the console's exit codes.</summary>
public sealed class MonitorCommandTests
{
    private static readonly string Sample = Repository.PathOf("samples/documents/monthly-progress.json");

    [Fact]
    public void Monitor_Sample_TableListsCitiesWorstFirst_MarksPlaceholders_AndExits1ForTheUndetermined()
    {
        var run = ConsoleRun.Of("monitor", Sample, "--lang", "both");

        Assert.Equal(1, run.ExitCode);
        var output = run.Output;
        Assert.True(output.IndexOf("蚌埠示范职业技术学院", StringComparison.Ordinal) < output.IndexOf("蚌埠示范中等职业学校", StringComparison.Ordinal));
        Assert.True(output.IndexOf("蚌埠示范中等职业学校", StringComparison.Ordinal) < output.IndexOf("合肥示范中等职业学校", StringComparison.Ordinal));
        Assert.DoesNotContain("安徽示范职业技术学院", output);
        Assert.Contains("10.0%", output);
        Assert.Contains("MON-01 slowExamination ($.thresholds.slowExamination.value) = 0.5: 暂定值，待主管部门确定 / placeholder, to be set by the provincial office", output);
        Assert.Contains("芜湖示范职业技术学院", output);
    }

    [Fact]
    public void Monitor_Csv_HasByteOrderMarkHeaderAndRowsInListOrder()
    {
        var run = ConsoleRun.Of("monitor", Sample, "--format", "csv", "--lang", "en");

        Assert.StartsWith("\uFEFFcity,rank,institution,month,approved,examined,certified,examinedShare,slowCertificates,message", run.Output, StringComparison.Ordinal);
        var rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("蚌埠,1,蚌埠示范职业技术学院,2024-12,80,8,5,0.1,B1-WEB,", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("蚌埠,2,蚌埠示范中等职业学校,2024-12,90,42,32,0.4667,B1-LOG,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("合肥,1,", rows[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1,2", "\"'=1+1,2\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("合肥=1", "合肥=1")]
    public void Monitor_Csv_FormulaCells_AreQuotedOut(string name, string field)
    {
        using var folder = new TempFolder();
        var file = folder.Write("progress.json", Report(name, "合肥", examined: 0));

        var run = ConsoleRun.Of("monitor", file, "--format", "csv");

        Assert.StartsWith("合肥,1," + field + ",2024-07,", run.Output.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Monitor_Csv_CityWithFormula_IsQuotedOutToo()
    {
        using var folder = new TempFolder();
        using var rules = TempRulePack.CitiesUnchecked();
        var file = folder.Write("progress.json", Report("合肥甲校", "=1+1", examined: 0));

        var run = ConsoleRun.Of("monitor", file, "--format", "csv", "--rules", rules.Root);

        Assert.StartsWith("'=1+1,1,合肥甲校", run.Output.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Monitor_Json_GivesCitiesInstitutionsFindingsAndPlaceholders()
    {
        var run = ConsoleRun.Of("monitor", Sample, "--format", "json");

        var json = JObject.Parse(run.Output);
        Assert.Equal("MON-01", (string?)json["clause"]);
        Assert.Equal(5, (int)json["institutionsMonitored"]!);
        Assert.Equal(["蚌埠", "合肥"], json["cities"]!.Select(c => (string)c["city"]!));
        var worst = json["cities"]![0]!["institutions"]![0]!;
        Assert.Equal(("蚌埠示范职业技术学院", 1, 0.1m), ((string)worst["name"]!, (int)worst["rank"]!, (decimal)worst["examinedShare"]!));
        Assert.Contains("暂定值，待主管部门确定", (string)worst["findings"]![0]!["message"]!["zh"]!);
        Assert.Equal(["芜湖示范职业技术学院"], json["notDetermined"]!.Select(n => (string)n!));
        Assert.Equal(2, json["placeholders"]!.Count());
    }

    [Fact]
    public void Monitor_NobodySlow_SaysSoAndExits0()
    {
        using var folder = new TempFolder();
        var file = folder.Write("progress.json", Report("合肥甲校", "合肥", examined: 60));

        var run = ConsoleRun.Of("monitor", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No institution to list for a 通报", run.Output);
    }

    [Fact]
    public void Monitor_DocumentOfAnotherKind_IsBadInput()
    {
        var run = ConsoleRun.Of("monitor", Repository.PathOf("samples/documents/monthly-reports.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("monthly-reports.json", run.Error);
        Assert.Contains("monthlyProgress", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Monitor_BadFigures_AreBadInputWithPosition()
    {
        using var folder = new TempFolder();
        var file = folder.Write("progress.json", Report("合肥甲校", "合肥", examined: 61));

        var run = ConsoleRun.Of("monitor", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("progress.json:", run.Error);
        Assert.Contains("examined", run.Error);
    }

    [Fact]
    public void Lint_ListsPlaceholdersAsWarningLines_AndStillExits0()
    {
        var run = ConsoleRun.Of("lint", Repository.PathOf("rules"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, run.Output.Split('\n').Count(l => l.Contains(": warning: placeholder ", StringComparison.Ordinal)));
        Assert.Contains("slowExamination ($.thresholds.slowExamination.value) = 0.5 is still in force", run.Output);
        Assert.Contains("lint: no problems; 5 placeholder values still in force", run.Output);
    }

    private static string Report(string name, string city, int examined) => $$"""
        { "kind": "monthlyProgress", "reports": [
          { "id": "P1", "year": 2024, "institution": { "name": "{{name}}", "city": "{{city}}" }, "month": "2024-07",
            "certificates": [{ "certificate": "B1-WEB", "approvedOn": "2024-04-08", "approved": 60, "examined": {{examined}}, "certified": 0 }] } ] }
        """;
}
