using System.Globalization;
using Ahx1X.Rules.Documents;
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

    public static BatchReport Of(IReadOnlyList<Verdict> verdicts) =>
        Of(verdicts.Select(v => new Tally(v.City, v.Item, v.Result.Outcome, v.Result.Findings.Select(f => f.ClauseId).Distinct())));

    /// <summary>Counts the records <paramref name="tallies"/> gives, in one pass: what a batch keeps of each record is its tally.</summary>
    public static BatchReport Of(IEnumerable<Tally> tallies)
    {
        var total = new int[Outcomes.Length];
        var clauses = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var cities = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var certificates = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var records = 0;
        foreach (var tally in tallies)
        {
            var outcome = System.Array.IndexOf(Outcomes, tally.Outcome);
            records++;
            total[outcome]++;
            foreach (var clause in tally.ClauseIds)
            {
                Counts(clauses, clause)[outcome]++;
            }

            Counts(cities, tally.City ?? "")[outcome]++;
            Counts(certificates, tally.Item)[outcome]++;
        }

        var rows = new List<Row> { new("total", "all", records, total) };
        rows.AddRange(clauses.Select(c => RowOf("clause", c.Key, c.Value)));
        rows.AddRange(cities.Select(c => RowOf("city", c.Key.Length == 0 ? "(none)" : c.Key, c.Value)));
        rows.AddRange(certificates.Select(c => RowOf("certificate", c.Key, c.Value)));
        return new BatchReport(records, rows);
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

    private static int[] Counts(SortedDictionary<string, int[]> rows, string key)
    {
        if (!rows.TryGetValue(key, out var counts))
        {
            rows[key] = counts = new int[Outcomes.Length];
        }

        return counts;
    }

    private static Row RowOf(string dimension, string key, int[] byOutcome) => new(dimension, key, byOutcome.Sum(), byOutcome);

    private static string Title(string dimension) => dimension switch
    {
        "total" => "Outcomes 结论",
        "clause" => "By clause 按条款 (records where it fired)",
        "city" => "By city 按城市",
        _ => "By certificate 按证书",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What the report counts of one record: its city and certificate (or other item), its verdict, and the clauses that fired, each once.</summary>
    internal sealed record Tally(string? City, string Item, Outcome Outcome, IEnumerable<string> ClauseIds)
    {
        public static Tally Of(DocumentEntry entry, CheckResult check) => new(entry.City, entry.Item, check.Outcome, check.ClauseIds);
    }

    /// <summary>One line of the report.</summary>
    internal sealed record Row(string Dimension, string Key, int Records, int[] ByOutcome);
}
