using System.CommandLine;
using Ahx1X.Demo.Output;
using Ahx1X.Rules;
using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Documents;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary><c>diff OLD NEW [--on DOCS]</c>: what changed between two packs or editions, and which records it judges differently.</summary>
internal static class DiffCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var older = new Argument<DirectoryInfo>("OLD") { Description = "The older rules folder or edition folder, such as rules/2024." };
        var newer = new Argument<DirectoryInfo>("NEW") { Description = "The newer rules folder or edition folder, such as rules/2025." };
        var on = new Option<string[]>("--on")
        {
            HelpName = "DOCS",
            Description = "Documents or folders of them to judge with both packs: every record judged differently is listed, with the clause that made the difference (dates are moved to the newer edition's year).",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = Formats.Create("table", "json", "markdown");
        var command = new Command("diff", "Compare two rule packs or editions by clause id (parameters, clauses, rules, expressions, messages, severities, citations); the older edition's dates are first moved to the newer one's year. Exit 0 when nothing differs, 1 when something does, 2 when a pack or document cannot be read.")
        {
            older, newer, on, format,
        };
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            var before = PolicyEngine.LoadFromDirectory(parsed.GetValue(older)!.ToString());
            var after = PolicyEngine.LoadFromDirectory(parsed.GetValue(newer)!.ToString());
            var diff = PackComparison.Compare(before.Pack, after.Pack);
            var documents = parsed.GetValue(on) is { Length: > 0 } paths ? InputFiles.Expand(paths) : null;
            var impact = documents is null ? null : ImpactAnalysis.Compare(before, after, Records(documents, diff.YearsMoved, before));
            DiffReport.Write(console, parsed.GetValue(format)!, diff, impact);
            return diff.Changes.Count == 0 && (impact?.Changed.Count ?? 0) == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    /// <summary>Reads each document twice, as it is for the older pack and with its dates moved for the newer one, and pairs their records, judged together as evaluate judges them.</summary>
    private static List<ImpactRecord> Records(IReadOnlyList<string> files, int years, PolicyEngine before)
    {
        var fromYear = before.Pack.Editions is [var only] ? only.Year : 0;
        var pairs = files.Select(file =>
        {
            var text = InputFiles.ReadText(file);
            return (Before: Document.Parse(text, file), After: Document.Parse(ImpactAnalysis.MoveYears(text, years, fromYear), file));
        }).ToList();
        // Each side is one run, as evaluate judges it (JudgedTogether).
        var judgedBefore = JudgedTogether.Link(pairs.SelectMany(p => p.Before.Entries));
        var judgedAfter = JudgedTogether.Link(pairs.SelectMany(p => p.After.Entries));
        var documents = pairs.SelectMany(p => p.Before.Entries.Select(_ => p.Before)).ToList();
        return [.. documents.Select((d, i) => new ImpactRecord(d.Source, d.Kind, judgedBefore[i], judgedAfter[i]))];
    }
}
