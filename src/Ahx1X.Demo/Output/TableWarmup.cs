using Spectre.Console;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Lays out, and discards, the kinds of widgets <see cref="TableReport"/> draws, so that a thread
/// waiting for the built-in pack compiles the drawing code the real report would otherwise pay
/// for after the pack. Nothing it draws reaches any output.
/// </summary>
internal static class TableWarmup
{
    /// <summary>Lays out a small report like the one <paramref name="like"/> will show, with its capabilities and width, and discards it.</summary>
    public static void Run(IAnsiConsole like)
    {
        var options = Spectre.Console.Rendering.RenderOptions.Create(like, like.Profile.Capabilities);
        var width = like.Profile.Width;
        Draw(new Rule("[bold]A-1[/]  学校 · 证书 · 2024").LeftJustified());
        Draw(new Markup("[green bold]accepted 通过[/]  [grey]x.json[/]"));
        var findings = new Table().Border(TableBorder.Rounded).Expand();
        findings.AddColumn(new TableColumn("Clause 条款").NoWrap());
        findings.AddColumn("Finding 说明");
        findings.AddRow("[bold]C-1[/]\n[grey]一[/]", "[yellow]warning[/] 说明\nfinding");
        Draw(findings);
        var rules = new Table().Border(TableBorder.Simple).Expand().Title("Every rule 每条规则");
        rules.AddColumn("Rule 规则");
        rules.AddRow("[green]held[/]");
        Draw(rules);
        var summary = new Table().Border(TableBorder.Rounded).Title("Summary 汇总");
        summary.AddColumn("Outcome 结论");
        summary.AddColumn(new TableColumn("Count 数量").RightAligned());
        summary.AddRow("[red bold]rejected 不通过[/]", "0");
        Draw(summary);

        void Draw(Spectre.Console.Rendering.IRenderable widget) => _ = widget.Render(options, width).Count();
    }
}
