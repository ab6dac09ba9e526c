using NodaTime;
using NodaTime.Testing;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>The calendar's SVG and HTML follow --kind, name CJK fonts, print well, and show each step's mailbox, subject and contacts; without a date in a year no edition covers, it says which editions there are.</summary>
public class CalendarOutputTests
{
    [Fact]
    public void Kind_ShapesTheSvgAndTheHtml()
    {
        using var temp = new TempFolder();
        string Write(string name, params string[] kind)
        {
            var svg = Path.Combine(temp.Path, name + ".svg");
            var html = Path.Combine(temp.Path, name + ".html");
            Assert.Equal(0, ConsoleRun.Of(["calendar", "--date", "2024-03-24", "--season", "spring", "--svg", svg, "--html", html, "--lang", "en", .. kind]).ExitCode);
            return File.ReadAllText(svg) + File.ReadAllText(html);
        }

        var every = Write("every");
        var higher = Write("higher", "--kind", "higherVocational");
        var secondary = Write("secondary", "--kind", "secondaryVocational");

        Assert.NotEqual(every, higher);
        Assert.Contains("City preliminary review", every, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("City preliminary review", higher, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("City preliminary review", secondary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("for a higher vocational college", higher, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_HasAPrintStylesheet_CjkFonts_AndEachStepsMailboxSubjectAndContacts()
    {
        using var temp = new TempFolder();
        var html = Path.Combine(temp.Path, "c.html");

        Assert.Equal(0, ConsoleRun.Of("calendar", "--date", "2024-03-24", "--html", html).ExitCode);

        var page = File.ReadAllText(html);
        Assert.Contains("@media print", page);
        Assert.Contains("'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif", page);
        Assert.Contains("ahxzsbggs@126.com", page);
        Assert.Contains("{unit}2024年证书申报", page);
        var edition = Ahx1X.Rules.Packs.RulePack.LoadEmbedded().For(2024).Parameters;
        Assert.All(edition.Contacts, c => Assert.Contains(c.Phone, page));
    }

    [Fact]
    public void WithoutADate_InAYearWithoutEdition_ItSaysWhichEditionsThereAreAndHowToGoOn()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0));

        var run = ConsoleRun.OnClock(clock, "calendar");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("AHX1017 no rule edition covers 2026, the year of today (2026-03-01)", line);
        Assert.Contains("2024 (皖教秘职成〔2024〕22号: spring applications 2024-03-22..2024-04-02", line);
        Assert.Contains("--date 2024-03-22", line);
        Assert.Contains("ahx1x edition new 2026 --from rules/2024 --output rules/2026", line);
    }
}

/// <summary>Public holidays and adjusted working days: edition data marked external, shaded in every output, and a warning when a window closes on one.</summary>
public class CalendarHolidayTests
{
    [Fact]
    public void Calendar_WarnsThatTheSpringCityWindowClosesOnQingming_InTableAndJson()
    {
        var table = ConsoleRun.Of("calendar", "--date", "2024-03-30", "--lang", "en");
        var json = ConsoleRun.Of("calendar", "--date", "2024-03-30", "--format", "json", "--lang", "en");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("warning: Spring: City preliminary review ends on 2024-04-05, a public holiday (Qingming Festival)", table.Output);
        using var report = System.Text.Json.JsonDocument.Parse(json.Output);
        var warning = Assert.Single(report.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Contains("2024-04-05", warning.GetString());
    }

    [Fact]
    public void Holidays_AreShadedInTheSvgHtmlAndTerminal_AndWorkdaysAreNotShadedAsWeekends()
    {
        using var temp = new TempFolder();
        var svg = Path.Combine(temp.Path, "s.svg");
        var html = Path.Combine(temp.Path, "s.html");

        var run = ConsoleRun.Of("calendar", "--date", "2024-03-30", "--season", "spring", "--svg", svg, "--html", html, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("public holidays", run.Output);
        Assert.Contains("░", run.Output);
        var drawing = System.Xml.Linq.XDocument.Load(svg);
        var shaded = drawing.Descendants().Where(e => e.Name.LocalName == "rect" && (string?)e.Attribute("fill") == "#FBE3E3").ToList();
        Assert.True(shaded.Count >= 3, "the three Qingming days are shaded, and the legend names them");
        Assert.Contains("public holiday (external, confirmed yearly)", File.ReadAllText(svg));
        var page = File.ReadAllText(html);
        Assert.Contains("Qingming Festival", page);
        Assert.Contains("adjusted working day", page);
        Assert.Contains("external: not in the notice, confirmed yearly", page);
    }

    [Fact]
    public void Holidays_AreMarkedExternalInTheEdition_AndLoadedWithoutChangingAVerdict()
    {
        var edition = File.ReadAllText(Repository.PathOf("rules/2024/edition.json"));

        Assert.Contains("\"holidays\": {\n    \"external\": true,", edition.ReplaceLineEndings("\n"));
        Assert.Equal(0, ConsoleRun.Of("lint", Repository.PathOf("rules")).ExitCode);
    }

    [Theory]
    [InlineData("\"external\": true,", "\"external\": false,", "must be true")]
    [InlineData("\"start\": \"2024-04-04\"", "\"start\": \"2025-04-04\"", "$.holidays.days[0].start")]
    [InlineData("\"kind\": \"holiday\"", "\"kind\": \"holyday\"", "$.holidays.days[0].kind")]
    public void Holidays_ThatAreWrong_AreRefusedWithTheirPlace(string from, string to, string expected)
    {
        using var rules = Repository.CopyRules();
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace(from, to, StringComparison.Ordinal));

        var run = ConsoleRun.Of("lint", rules.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Output);
    }
}
