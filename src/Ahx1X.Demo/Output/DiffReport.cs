using System.Globalization;
using System.Text.Json.Nodes;
using Ahx1X.Rules.Authoring;
using Spectre.Console;

namespace Ahx1X.Demo.Output;

/// <summary>Prints a <see cref="PackDiff"/> and its <see cref="Impact"/> as a table, JSON, or Markdown for a review or a change note.</summary>
internal static class DiffReport
{
    public static void Write(IAnsiConsole console, string format, PackDiff diff, Impact? impact)
    {
        switch (format)
        {
            case "json":
                MachineJson.Write(console.Profile.Out.Writer, Json(diff, impact));
                break;
            case "markdown":
                Markdown(console.Profile.Out.Writer, diff, impact);
                break;
            default:
                Tables(console, diff, impact);
                break;
        }
    }

    private static JsonObject Json(PackDiff diff, Impact? impact)
    {
        var report = new JsonObject
        {
            ["old"] = diff.OldSource,
            ["new"] = diff.NewSource,
            ["yearsMoved"] = diff.YearsMoved,
            ["changes"] = new JsonArray([.. diff.Changes.Select(c => (JsonNode)new JsonObject
            {
                ["edition"] = c.Edition, ["clause"] = c.ClauseId, ["what"] = c.What, ["where"] = c.Where, ["old"] = c.Old, ["new"] = c.New,
            })]),
        };
        if (impact is not null)
        {
            report["impact"] = new JsonObject
            {
                ["judged"] = impact.Judged,
                ["changed"] = new JsonArray([.. impact.Changed.Select(r => (JsonNode)new JsonObject
                {
                    ["file"] = r.File, ["id"] = r.Id, ["subject"] = r.Subject, ["city"] = r.City, ["kind"] = Kind(r),
                    ["before"] = Outcome(r.Before), ["after"] = Outcome(r.After),
                    ["clauses"] = new JsonArray([.. r.Clauses.Select(c => (JsonNode)c)]),
                })]),
                ["byClause"] = Counts(impact.ByClause),
                ["byCity"] = Counts(impact.ByCity),
                ["byKind"] = Counts(impact.ByKind),
            };
        }

        return report;
    }

    private static void Tables(IAnsiConsole console, PackDiff diff, Impact? impact)
    {
        if (diff.Changes.Count > 0)
        {
            var changes = new Table().Border(TableBorder.Rounded).Title($"Changes 变更 ({diff.Changes.Count})");
            foreach (var column in new[] { "edition", "clause", "what", "where", "old", "new" })
            {
                changes.AddColumn(column);
            }

            foreach (var change in diff.Changes)
            {
                changes.AddRow(
                    change.Edition.ToString(CultureInfo.InvariantCulture), Printable.Markup(change.ClauseId ?? ""), change.What, Printable.Markup(change.Where),
                    change.Old is null ? "[grey](added)[/]" : Printable.Markup(change.Old), change.New is null ? "[grey](removed)[/]" : Printable.Markup(change.New));
            }

            console.Write(changes);
        }

        console.MarkupLine(Printable.Markup(Summary(diff)));
        if (impact is null)
        {
            return;
        }

        if (impact.Changed.Count > 0)
        {
            var records = new Table().Border(TableBorder.Rounded).Title($"Records judged differently 判定不同的记录 ({impact.Changed.Count})");
            foreach (var column in new[] { "file", "record", "subject", "city", "kind", "before", "after", "clauses" })
            {
                records.AddColumn(column);
            }

            foreach (var record in impact.Changed)
            {
                records.AddRow(Printable.Markup(Path.GetFileName(record.File)), Printable.Markup(record.Id), Printable.Markup(record.Subject), Printable.Markup(record.City ?? ""),
                    Kind(record), Outcome(record.Before), Outcome(record.After), Printable.Markup(string.Join(", ", record.Clauses)));
            }

            console.Write(records);
            foreach (var (title, counts) in new[] { ("clause", impact.ByClause), ("city", impact.ByCity), ("kind", impact.ByKind) })
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumn(title).AddColumn(new TableColumn("records").RightAligned());
                foreach (var (key, count) in counts)
                {
                    table.AddRow(Printable.Markup(key), count.ToString(CultureInfo.InvariantCulture));
                }

                console.Write(table);
            }
        }

        console.MarkupLine(Printable.Markup(ImpactSummary(impact)));
    }

    private static void Markdown(TextWriter output, PackDiff diff, Impact? impact)
    {
        output.WriteLine($"## Changes from {Cell(diff.OldSource)} to {Cell(diff.NewSource)}");
        output.WriteLine();
        output.WriteLine(Summary(diff));
        if (diff.Changes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| edition | clause | what | where | old | new |");
            output.WriteLine("|---|---|---|---|---|---|");
            foreach (var c in diff.Changes)
            {
                output.WriteLine($"| {c.Edition} | {Cell(c.ClauseId)} | {c.What} | {Code(c.Where)} | {(c.Old is null ? "(added)" : Code(c.Old))} | {(c.New is null ? "(removed)" : Code(c.New))} |");
            }
        }

        if (impact is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("## Impact on the documents");
        output.WriteLine();
        output.WriteLine(ImpactSummary(impact));
        if (impact.Changed.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("| file | record | subject | city | kind | before | after | clauses |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in impact.Changed)
        {
            output.WriteLine($"| {Cell(Path.GetFileName(r.File))} | {Cell(r.Id)} | {Cell(r.Subject)} | {Cell(r.City)} | {Kind(r)} | {Outcome(r.Before)} | {Outcome(r.After)} | {Cell(string.Join(", ", r.Clauses))} |");
        }

        foreach (var (title, counts) in new[] { ("clause", impact.ByClause), ("city", impact.ByCity), ("kind", impact.ByKind) })
        {
            output.WriteLine();
            output.WriteLine($"| {title} | records |");
            output.WriteLine("|---|---:|");
            foreach (var (key, count) in counts)
            {
                output.WriteLine($"| {Cell(key)} | {count} |");
            }
        }
    }

    private static string Summary(PackDiff diff) =>
        (diff.Changes.Count == 0 ? "diff: no change" : $"diff: {diff.Changes.Count} change{(diff.Changes.Count == 1 ? "" : "s")}")
        + (diff.YearsMoved == 0 ? "" : $" (the older edition's dates moved by {diff.YearsMoved} year{(Math.Abs(diff.YearsMoved) == 1 ? "" : "s")} before comparing)");

    private static string ImpactSummary(Impact impact) =>
        $"impact: {impact.Changed.Count} of {impact.Judged} record{(impact.Judged == 1 ? "" : "s")} judged differently";

    private static JsonObject Counts(IReadOnlyDictionary<string, int> counts) => new([.. counts.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value))]);

    private static string Kind(RecordImpact record) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(record.Kind.ToString());

    private static string Outcome(Rules.Results.Outcome outcome) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());

    /// <summary>Returns text for a Markdown table cell: escaped, with its pipes and line breaks made harmless.</summary>
    private static string Cell(string? text) => Printable.Escape(text ?? "").Replace("|", "\\|", StringComparison.Ordinal);

    private static string Code(string text) => "`" + Cell(text).Replace("`", "'", StringComparison.Ordinal) + "`";
}
