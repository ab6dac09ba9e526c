using Ahx1X.Rules.Results;
using Spectre.Console;

namespace Ahx1X.Demo.Output;

/// <summary>Prints verdicts as readable tables, one per record, then a summary.</summary>
internal static class TableReport
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Verdict> verdicts, IReadOnlyList<Refusal> refusals, IReadOnlyList<Language> languages)
    {
        foreach (var verdict in verdicts)
        {
            console.Write(new Rule($"[bold]{Printable.Markup(verdict.Id)}[/]  {Printable.Markup(verdict.Subject)} · {Printable.Markup(verdict.Item)} · {verdict.Result.Edition}")
                .LeftJustified());
            console.MarkupLine($"{Badge(verdict.Result.Outcome)}  [grey]{Printable.Markup(Path.GetFileName(verdict.File))}[/]");
            if (verdict.Result.UsedSampleCatalogue)
            {
                foreach (var language in languages)
                {
                    console.MarkupLine($"[yellow]{Markup.Escape(Names.SampleCatalogue(language))}[/]");
                }
            }

            if (verdict.Result.Findings.Count > 0)
            {
                console.Write(Findings(verdict.Result.Findings, languages));
                foreach (var contact in verdict.Result.Findings.Select(f => f.Contact).OfType<Contact>().Distinct())
                {
                    console.MarkupLine($"[grey]{Markup.Escape(Names.Contact(languages))}: {Printable.Markup($"{contact.Office} {contact.People} {contact.Phone}")}[/]");
                }
            }

            if (verdict.Result.Verdicts.Count > 0)
            {
                console.Write(Verdicts(verdict.Result.Verdicts, languages));
            }

            console.WriteLine();
        }

        foreach (var refusal in refusals)
        {
            console.MarkupLine($"[red bold]refused[/] {Printable.Markup(refusal.Id)} [grey]({Printable.Markup(refusal.File)})[/]: {Printable.Markup(refusal.Reason)}");
        }

        var summary = new Table().Border(TableBorder.Rounded).Title("Summary 汇总");
        summary.AddColumn("Outcome 结论");
        summary.AddColumn(new TableColumn("Count 数量").RightAligned());
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            summary.AddRow(Badge(outcome), verdicts.Count(v => v.Result.Outcome == outcome).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (refusals.Count > 0)
        {
            summary.AddRow("[red]refused 拒绝处理[/]", refusals.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(summary);
    }

    private static Table Findings(IReadOnlyList<Finding> findings, IReadOnlyList<Language> languages)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("Clause 条款").NoWrap());
        table.AddColumn(new TableColumn("Severity 级别").NoWrap());
        table.AddColumn("Finding 说明");
        table.AddColumn("Facts 事实");
        foreach (var finding in findings)
        {
            var message = string.Join("\n", languages.Select(l => Printable.Markup(finding.Message.In(l))));
            var facts = string.Join("\n", finding.Facts.Select(f => FactLine(f, languages)));
            var kind = finding.Kind == FindingKind.Violation ? "" : $"\n[yellow]{Names.Of(finding.Kind)}[/]";
            table.AddRow(
                $"[bold]{Printable.Markup(finding.ClauseId)}[/]\n[grey]{Printable.Markup(finding.Citation.Section)}[/]",
                (finding.Severity == FindingSeverity.Error ? "[red]error[/]" : "[yellow]warning[/]") + kind,
                message,
                facts);
        }

        return table;
    }

    /// <summary>Returns a fact as its label in the languages asked for, its value, and the path the rule read in grey; the path alone when it has no label.</summary>
    private static string FactLine(Fact fact, IReadOnlyList<Language> languages)
    {
        var value = fact.Value is null ? "[yellow]missing[/]" : Printable.Markup(fact.Value);
        var label = string.Join(" / ", languages.Select(l => fact.Label.In(l)).Where(t => !string.IsNullOrEmpty(t)).Distinct());
        return label.Length == 0
            ? $"[grey]{Printable.Markup(fact.Name)}[/] = {value}"
            : $"{Printable.Markup(label)} = {value} [grey]{Printable.Markup(fact.Name)}[/]";
    }

    private static Table Verdicts(IReadOnlyList<RuleVerdict> verdicts, IReadOnlyList<Language> languages)
    {
        var table = new Table().Border(TableBorder.Simple).Expand().Title("Every rule 每条规则");
        table.AddColumn("Rule 规则");
        table.AddColumn("Verdict 结论");
        table.AddColumn("Values read 读取的值");
        foreach (var verdict in verdicts)
        {
            var outcome = verdict.Outcome switch
            {
                RuleOutcome.Held => "[green]held[/]",
                RuleOutcome.Broken => "[red]broken[/]",
                RuleOutcome.MissingFacts => "[yellow]missing facts[/]",
                _ => "[red]failed to run[/]",
            };
            table.AddRow(
                Printable.Markup(verdict.RuleName),
                outcome,
                string.Join("\n", verdict.Facts.Select(f => FactLine(f, languages))));
        }

        return table;
    }

    private static string Badge(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => "[green bold]accepted 通过[/]",
        Outcome.AcceptedWithWarnings => "[olive bold]accepted with warnings 通过（有提示）[/]",
        Outcome.Rejected => "[red bold]rejected 不通过[/]",
        Outcome.NotApplicable => "[grey bold]not applicable 不适用[/]",
        _ => "[yellow bold]indeterminate 待定[/]",
    };
}
