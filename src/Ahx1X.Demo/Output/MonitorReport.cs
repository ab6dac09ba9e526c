using System.Globalization;
using Ahx1X.Rules.Monitoring;
using Ahx1X.Rules.Results;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime.Text;
using Spectre.Console;

namespace Ahx1X.Demo.Output;

/// <summary>Prints the monitoring list (MON-01) for a 通报: by city, worst first, as a table, CSV or JSON.</summary>
internal static class MonitorReport
{
    private static readonly string[] CsvColumns =
        ["city", "rank", "institution", "month", "approved", "examined", "certified", "examinedShare", "slowCertificates", "message"];

    public static void WriteTable(IAnsiConsole console, MonitoringList list, IReadOnlyList<Language> languages)
    {
        if (!list.Cities.Any())
        {
            console.MarkupLine($"[green]No institution to list for a 通报 无考核进展缓慢的院校[/] ({list.InstitutionsMonitored} monitored)");
        }

        foreach (var city in list.Cities)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Printable.Markup(CityName(city.City)));
            table.AddColumn(new TableColumn("# 排名").RightAligned());
            table.AddColumn("Institution 院校");
            table.AddColumn("Month 月份");
            table.AddColumn(new TableColumn("Approved 批准").RightAligned());
            table.AddColumn(new TableColumn("Examined 已考核").RightAligned());
            table.AddColumn(new TableColumn("Certified 已发证").RightAligned());
            table.AddColumn(new TableColumn("Share 考核比例").RightAligned());
            table.AddColumn("Finding 说明");
            foreach (var (institution, rank) in city.Institutions.Select((i, n) => (i, n + 1)))
            {
                table.AddRow(
                    Number(rank), Printable.Markup(institution.Name), Month(institution), Number(institution.Approved), Number(institution.Examined),
                    institution.Certified is { } certified ? Number(certified) : "-", Percent(institution.ExaminedShare),
                    string.Join("\n", institution.Findings.SelectMany(f => languages.Select(l => Printable.Markup(f.Message.In(l))))));
            }

            console.Write(table);
        }

        foreach (var placeholder in list.PlaceholderParameters)
        {
            console.MarkupLine($"[yellow]{Printable.Markup(PlaceholderLine(placeholder, languages))}[/]");
        }

        if (list.NotDetermined.Count > 0)
        {
            console.MarkupLine($"[red]Not determined 无法判断 (a figure MON-01 needs is not given): {Printable.Markup(string.Join(", ", list.NotDetermined))}[/]");
        }
    }

    public static void WriteCsv(TextWriter output, MonitoringList list, IReadOnlyList<Language> languages)
    {
        var rows = list.Cities.SelectMany(city => city.Institutions.Select((institution, n) => (IEnumerable<string?>)
        [
            city.City, Number(n + 1), institution.Name, Month(institution), Number(institution.Approved), Number(institution.Examined),
            institution.Certified is { } certified ? Number(certified) : "", Share(institution.ExaminedShare),
            string.Join(";", institution.SlowCertificates),
            string.Join(" | ", institution.Findings.SelectMany(f => languages.Select(f.Message.In))),
        ]));
        output.Write(Csv.Document(rows.Prepend(CsvColumns)));
    }

    public static void WriteJson(TextWriter output, MonitoringList list)
    {
        var report = new JObject
        {
            ["clause"] = ProgressMonitor.ClauseId,
            ["institutionsMonitored"] = list.InstitutionsMonitored,
            ["cities"] = new JArray(list.Cities.Select(c => new JObject
            {
                ["city"] = c.City,
                ["institutions"] = new JArray(c.Institutions.Select((i, n) => new JObject
                {
                    ["rank"] = n + 1,
                    ["name"] = i.Name,
                    ["month"] = Month(i),
                    ["approved"] = i.Approved,
                    ["examined"] = i.Examined,
                    ["certified"] = i.Certified,
                    ["examinedShare"] = Math.Round(i.ExaminedShare, 4),
                    ["slowCertificates"] = new JArray(i.SlowCertificates),
                    ["findings"] = new JArray(i.Findings.Select(f => new JObject
                    {
                        ["clause"] = f.ClauseId, ["rule"] = f.RuleName, ["message"] = new JObject { ["zh"] = f.Message.Zh, ["en"] = f.Message.En },
                    })),
                })),
            })),
            ["notDetermined"] = new JArray(list.NotDetermined),
            ["placeholders"] = new JArray(list.PlaceholderParameters.Select(p => new JObject
            {
                ["name"] = p.Name, ["jsonPath"] = p.JsonPath, ["value"] = p.Value,
                ["note"] = new JObject { ["zh"] = PlaceholderParameter.Mark.Zh, ["en"] = PlaceholderParameter.Mark.En },
            })),
        };
        using var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        report.WriteTo(writer);
        writer.Flush();
        output.WriteLine();
    }

    /// <summary>Returns the line that says a value of "too slow" is a placeholder, in the languages asked for.</summary>
    internal static string PlaceholderLine(PlaceholderParameter placeholder, IReadOnlyList<Language> languages) =>
        $"MON-01 {placeholder}: {string.Join(" / ", languages.Select(PlaceholderParameter.Mark.In))}";

    private static string CityName(string? city) => city ?? "(no city 未填所属市)";

    private static string Month(MonitoredInstitution institution) => YearMonthPattern.Iso.Format(institution.Month);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Share(decimal share) => Math.Round(share, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
