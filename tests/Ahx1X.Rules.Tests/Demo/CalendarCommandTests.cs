using System.Xml.Linq;
using NodaTime;
using NodaTime.Testing;

namespace Ahx1X.Rules.Tests.Demo;

public class CalendarCommandTests
{
    [Fact]
    public void Calendar_Day_ListsTheNoticesContactsWithWhatEachAnswersFor()
    {
        var run = ConsoleRun.Of("calendar", "--date", "2024-03-24");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("省教育厅职成处", run.Output, StringComparison.Ordinal);
        Assert.Contains("0551-62818295", run.Output, StringComparison.Ordinal);
        Assert.Contains("张娴、赵亮", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_Date20240324_ExitsZeroAndListsOpenWindowsAndNextDeadline()
    {
        var run = ConsoleRun.Of("calendar", "--lang", "both", "--date", "2024-03-24");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Open on 2024-03-24", run.Output);
        Assert.Contains("春季院校申报", run.Output);
        Assert.Contains("2024-03-22 – 2024-04-02", run.Output);
        Assert.Contains("春季市级初审", run.Output);
        Assert.Contains("2024-03-22 – 2024-04-05", run.Output);
        Assert.Contains("春季报送汇总表（附件3）", run.Output);
        Assert.Contains("PROC-02", run.Output);
        Assert.Matches(@"2024-03-25 │\s+1天后\s", run.Output);
        Assert.Contains("in 1 day", run.Output);
        Assert.Contains("2024-03-26", run.Output);
    }

    [Fact]
    public void Calendar_KindCollege_ShowsItsOwnStepsAndTheProvinceOnly()
    {
        var run = ConsoleRun.Of("calendar", "--date", "2024-03-24", "--kind", "higherVocational", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Higher vocational colleges", run.Output);
        Assert.Contains("Provincial 1+X office", run.Output);
        Assert.DoesNotContain("City education bureaus", run.Output);
        Assert.DoesNotContain("春季院校申报", run.Output);
        Assert.Contains("Spring: Summary table (附件3)", run.Output);
    }

    [Fact]
    public void Calendar_Date20240403SecondarySchool_CityReviewOpenApplicationClosed()
    {
        var run = ConsoleRun.Of("calendar", "--date", "2024-04-03", "--kind", "provincialSecondarySpecialised", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Spring: City preliminary review", run.Output);
        Assert.Contains("3 days", run.Output);
        Assert.DoesNotContain("Spring: Institution applications", run.Output);
    }

    [Fact]
    public void Calendar_NoDate_TakesTodayInShanghaiFromTheClock()
    {
        // 16:30 UTC on 23 March is 00:30 on 24 March in Asia/Shanghai.
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 23, 16, 30));

        var run = ConsoleRun.OnClock(clock, "calendar", "--lang", "both");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Open on 2024-03-24", run.Output);
    }

    [Fact]
    public void Calendar_SpringSvg_WritesXmlWithSvgRootAndTheDates()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "spring.svg");

        var run = ConsoleRun.Of("calendar", "--lang", "both", "--date", "2024-03-24", "--season", "spring", "--svg", file);

        Assert.Equal(0, run.ExitCode);
        var bytes = File.ReadAllBytes(file);
        Assert.NotEqual(0xEF, bytes[0]);
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!;
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Name);
        Assert.Equal("'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif", (string?)svg.Attribute("font-family"));
        var text = svg.Value;
        Assert.Contains("2024-03-22", text);
        Assert.Contains("2024-04-10", text);
        Assert.Contains("≤ 2024-03-25", text);
        Assert.Contains("院校申报", text);
        Assert.Contains("2024-03-24", text);
        Assert.DoesNotContain("href", File.ReadAllText(file));
        Assert.Contains("spring.svg", run.Output);
    }

    [Fact]
    public void Calendar_AutumnHtml_WritesPageWithTitleSvgAndLegend()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "autumn.html");

        var run = ConsoleRun.Of("calendar", "--lang", "both", "--date", "2024-07-01", "--season", "autumn", "--html", file);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta charset=\"utf-8\" />", html);
        Assert.Contains("<title>2024年秋季1+X证书申报日历", html);
        Assert.Contains("<svg ", html);
        Assert.Contains("图例 Legend", html);
        Assert.Contains("2024-09-15 – 2024-09-25", html);
        Assert.Contains("在秋季日程之前", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public void Calendar_SvgWithoutSeason_DrawsTheSeasonTheDayIsIn()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "calendar.svg");

        var run = ConsoleRun.Of("calendar", "--lang", "both", "--date", "2024-09-22", "--svg", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2024-09-15", XDocument.Load(file).Root!.Value);
    }

    [Fact]
    public void Calendar_Season_DrawsATimelineRowPerStepMarkingTheDate()
    {
        var run = ConsoleRun.Of("calendar", "--lang", "both", "--date", "2024-03-24", "--season", "spring");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Contains(lines, l => l.Contains("▼ 2024-03-24"));
        foreach (var (label, dates) in new[]
        {
            ("院校申报", "2024-03-22 – 2024-04-02"),
            ("市级初审", "2024-03-22 – 2024-04-05"),
            ("省级审核", "2024-03-26 – 2024-04-10"),
            ("报送汇总表（附件3）", "≤ 2024-03-25"),
        })
        {
            Assert.Contains(lines, l => l.StartsWith(label, StringComparison.Ordinal) && l.Contains(dates) && l.Contains('·'));
        }

        Assert.Contains(lines, l => l.Contains('◆'));
        Assert.Contains(lines, l => l.Contains("█"));
    }

    [Fact]
    public void Calendar_Year2030_ExitsTwoNamingTheYear()
    {
        var run = ConsoleRun.Of("calendar", "--lang", "both", "--date", "2030-03-24");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("2030", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("--date", "2024-02-30")]
    [InlineData("--date", "24-03-2024")]
    [InlineData("--kind", "cityBureau")]
    [InlineData("--season", "summer")]
    public void Calendar_BadOption_ExitsTwo(string option, string value)
    {
        var run = ConsoleRun.Of("calendar", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(value, run.Error);
    }

    [Fact]
    public void Calendar_SvgInMissingFolder_ExitsTwoNamingTheFile()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "no-such-folder", "x.svg");

        var run = ConsoleRun.Of("calendar", "--lang", "both", "--date", "2024-03-24", "--svg", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("x.svg", run.Error);
    }

    [Fact]
    public void Calendar_RulesCopyWithChangedWindow_ShowsTheNewDates()
    {
        using var rules = Repository.CopyRules();
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("\"2024-04-02\"", "\"2024-04-03\""));

        var run = ConsoleRun.Of("calendar", "--date", "2024-04-03", "--rules", rules.Path, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2024-03-22 – 2024-04-03", run.Output);
        Assert.Contains("1 day (last day)", run.Output);
    }
}
