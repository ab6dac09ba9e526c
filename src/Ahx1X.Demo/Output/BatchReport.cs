using System.Globalization;
using Ahx1X.Rules.Results;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace Ahx1X.Demo.Output;

/// <summary>Counts a batch's verdicts by outcome, and by clause, city and certificate broken down by outcome.</summary>
internal sealed class BatchReport
{
    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();

    private BatchReport(int records, IReadOnlyList<Row> rows)
    {
        Records = records;
        Rows = rows;
    }

    public int Records { get; }

    /// <summary>Gets one row per dimension and key: <c>total</c>, each clause that fired, each city, each certificate.</summary>
    public IReadOnlyList<Row> Rows { get; }

    public static BatchReport Of(IReadOnlyList<Verdict> verdicts)
    {
        var rows = new List<Row> { Count("total", "all", verdicts) };
        rows.AddRange(verdicts
            .SelectMany(v => v.Result.Findings.Select(f => f.ClauseId).Distinct().Select(clause => (clause, v)))
            .GroupBy(x => x.clause, x => x.v)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count("clause", g.Key, g.ToList())));
        rows.AddRange(verdicts.GroupBy(v => v.City ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count("city", g.Key.Length == 0 ? "(none)" : g.Key, g.ToList())));
        rows.AddRange(verdicts.GroupBy(v => v.Item).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count("certificate", g.Key, g.ToList())));
        return new BatchReport(verdicts.Count, rows);
    }

    public void WriteTable(IAnsiConsole console, IReadOnlyList<Refusal> refusals)
    {
        foreach (var dimension in Rows.Select(r => r.Dimension).Distinct())
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Title(dimension));
            table.AddColumn(dimension);
            table.AddColumn(new TableColumn("records").RightAligned());
            foreach (var outcome in Outcomes)
            {
                table.AddColumn(new TableColumn(Names.Of(outcome)).RightAligned());
            }

            foreach (var row in Rows.Where(r => r.Dimension == dimension))
            {
                table.AddRow([Printable.Markup(row.Key), Number(row.Records), .. row.ByOutcome.Select(Number)]);
            }

            console.Write(table);
        }

        if (refusals.Count > 0)
        {
            console.MarkupLine($"[red]{refusals.Count} record(s) could not be read or judged; see the messages above.[/]");
        }
    }

    /// <summary>Writes the counts as CSV through <see cref="Csv"/>: a byte-order mark, and a city or certificate that reads as a formula written as text.</summary>
    public void WriteCsv(TextWriter output) =>
        output.Write(Csv.Document(Rows.Select(row => (IEnumerable<string?>)[row.Dimension, row.Key, Number(row.Records), .. row.ByOutcome.Select(Number)])
            .Prepend(["dimension", "key", "records", .. Outcomes.Select(Names.Of)])));

    public void WriteJson(TextWriter output, IReadOnlyList<Refusal> refusals)
    {
        var report = new JObject
        {
            ["records"] = Records,
            ["refused"] = new JArray(refusals.Select(r => new JObject { ["file"] = r.File, ["id"] = r.Id, ["reason"] = r.Reason })),
        };
        foreach (var dimension in Rows.Select(r => r.Dimension).Distinct())
        {
            report[dimension] = new JObject(Rows.Where(r => r.Dimension == dimension).Select(r =>
                new JProperty(r.Key, new JObject(
                    Outcomes.Select((o, i) => new JProperty(Names.Of(o), r.ByOutcome[i])).Prepend(new JProperty("records", r.Records))))));
        }

        using var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        report.WriteTo(writer);
        writer.Flush();
        output.WriteLine();
    }

    private static Row Count(string dimension, string key, IReadOnlyCollection<Verdict> verdicts) =>
        new(dimension, key, verdicts.Count, Outcomes.Select(o => verdicts.Count(v => v.Result.Outcome == o)).ToArray());

    private static string Title(string dimension) => dimension switch
    {
        "total" => "Outcomes 结论",
        "clause" => "By clause 按条款 (records where it fired)",
        "city" => "By city 按城市",
        _ => "By certificate 按证书",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One line of the report.</summary>
    internal sealed record Row(string Dimension, string Key, int Records, int[] ByOutcome);
}
