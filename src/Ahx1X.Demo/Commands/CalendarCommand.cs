using System.CommandLine;
using System.CommandLine.Parsing;
using Ahx1X.Demo.Output;
using Ahx1X.Rules;
using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// <c>calendar [--date D] [--kind K] [--season S] [--svg FILE] [--html FILE]</c>: what is open on a day
/// for a kind of institution and what comes next, and a season's windows as a timeline.
/// </summary>
internal static class CalendarCommand
{
    private static readonly IReadOnlyDictionary<string, InstitutionKind> Kinds = Vocabularies.InstitutionKind.ByWire;

    public static Command Create(IAnsiConsole console, TextWriter error, IClock clock)
    {
        var date = new Option<LocalDate?>("--date")
        {
            HelpName = "yyyy-MM-dd",
            Description = "The day to look at, yyyy-MM-dd, a day in China Standard Time; its year selects the edition. Default: today in Asia/Shanghai.",
            CustomParser = ParseDate,
        };
        var kind = new Option<string?>("--kind")
        {
            Description = "Only the steps an application of this kind of institution passes through (its own, its city bureau's, the province's). Default: every party.",
        };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var season = new Option<string?>("--season")
        {
            Description = "Also draw this season's windows and summary deadline as a timeline, marking the day.",
        };
        season.AcceptOnlyFromAmong("spring", "autumn");
        var svg = new Option<FileInfo?>("--svg")
        {
            HelpName = "FILE",
            Description = "Write the season's timeline as a standalone SVG file (UTF-8). The season is --season, or else the one the day is in or comes before.",
        };
        var html = new Option<FileInfo?>("--html")
        {
            HelpName = "FILE",
            Description = "Write the season's timeline as an HTML page with the SVG inside, a title and a legend (UTF-8, no external resources).",
        };
        var rules = CommonOptions.CreateRules();
        var language = CommonOptions.CreateLanguage();
        var format = Formats.Create("table", "json");
        var command = new Command("calendar", "Show what is open on a day for each party of the notice, what comes next with the days until each, and optionally a season's timeline; exit 0 on success, 2 on bad input or rules.")
        {
            date, kind, season, svg, html, rules, language, format,
        };
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            var day = parsed.GetValue(date) ?? Moment.FromInstant(clock.GetCurrentInstant()).Date;
            var pack = parsed.GetValue(rules) is { } folder ? RulePack.LoadFromDirectory(folder.FullName) : RulePack.LoadEmbedded();
            Edition edition;
            try
            {
                edition = pack.For(day.Year);
            }
            catch (EditionNotFoundException ex)
            {
                Explain(error, pack, ex.Year, day, today: parsed.GetValue(date) is null);
                return ExitCodes.BadInput;
            }

            var calendar = new PolicyCalendar(edition);
            var institution = parsed.GetValue(kind) is { } name ? Kinds[name] : (InstitutionKind?)null;
            var languages = CommonOptions.Languages(parsed.GetValue(language)!);
            var answer = calendar.On(day, institution);
            var json = parsed.GetValue(format) == "json";
            var holidays = CalendarHolidays.Of(edition);
            var warnings = ClosingOnHolidays(calendar, holidays, languages);
            var asked = parsed.GetValue(season) is { } s ? (s == "spring" ? Season.Spring : Season.Autumn) : (Season?)null;
            var timeline = new SeasonTimeline(edition, calendar, asked ?? SeasonAround(calendar, day), day, institution, holidays);
            if (json)
            {
                var report = CalendarJson.Of(edition, answer);
                report["warnings"] = new System.Text.Json.Nodes.JsonArray([.. warnings.Select(w => (System.Text.Json.Nodes.JsonNode)w)]);
                MachineJson.Write(console.Profile.Out.Writer, report);
            }
            else
            {
                CalendarReport.Write(console, edition, answer, languages);
                foreach (var warning in warnings)
                {
                    console.MarkupLine($"[yellow]warning:[/] {Printable.Markup(warning)}");
                }

                if (asked is not null)
                {
                    TerminalTimeline.Write(console, timeline, languages);
                }
            }

            var written = Write(parsed.GetValue(svg), "SVG", () => TimelineSvg.Svg(timeline, languages))
                && Write(parsed.GetValue(html), "HTML", () => TimelineSvg.Html(timeline, languages));
            return written ? ExitCodes.Ok : ExitCodes.BadInput;

            bool Write(FileInfo? file, string what, Func<string> render)
            {
                if (file is null)
                {
                    return true;
                }

                if (!OutputFile.TryWrite(file, what, w => w.Write(render()), error))
                {
                    return false;
                }

                if (!json)
                {
                    console.MarkupLine($"[grey]Wrote 已写入[/] {Printable.Markup(file.FullName)} [grey]({what}: {Printable.Markup(timeline.Title.En)})[/]");
                }

                return true;
            }
        }));
        return command;
    }

    /// <summary>Returns a warning for each window whose last day is a public holiday: the office may be closed on the day the window ends.</summary>
    private static List<string> ClosingOnHolidays(PolicyCalendar calendar, CalendarHolidays holidays, IReadOnlyList<Rules.Results.Language> languages) =>
        [.. calendar.Steps.Where(s => s.Window is { } w && holidays.IsHoliday(w.End)).Select(s =>
            $"{CalendarText.In(s.Name, languages, " / ")} ends on {CalendarText.Date(s.Window!.End)}, a public holiday ({CalendarText.In(holidays.NameOf(s.Window.End)!, languages, " / ")}); "
            + "check with the provincial office whether it closes on the working day before (holidays are external facts, confirmed each year).")];

    /// <summary>Says, on one line, that no edition covers the day's year, which editions there are with their application windows, and how to go on.</summary>
    private static void Explain(TextWriter error, RulePack pack, int year, LocalDate day, bool today)
    {
        var which = today ? $"today ({CalendarText.Date(day)})" : CalendarText.Date(day);
        var editions = pack.Editions.OrderBy(e => e.Year).ToList();
        var held = editions.Count == 0
            ? "the rules hold no edition"
            : "the rules hold " + string.Join("; ", editions.Select(e =>
                $"{e.Year} ({e.Parameters.DocumentNumber}: spring applications {e.Parameters.Spring.Application}, autumn {e.Parameters.Autumn.Application})"));
        var example = editions.Count > 0 ? editions[^1] : null;
        var next = (example is null ? "" : $"look at a day of an edition with --date, such as --date {CalendarText.Date(example.Parameters.Spring.Application.Start)}; ")
            + $"use --rules DIR for a rules folder with a {year} edition"
            + (example is null ? "." : $"; or start one with ahx1x edition new {year} --from rules/{example.Year} --output rules/{year}.");
        error.WriteLine($"ahx1x: {ProblemCodes.NoEdition} no rule edition covers {year}, the year of {which}; {held}. To go on: {next}");
    }

    /// <summary>Returns the season the day is in or comes before: spring until spring's last dated day, autumn after.</summary>
    internal static Season SeasonAround(PolicyCalendar calendar, LocalDate day) =>
        day <= calendar.StepsOf(Season.Spring).Max(s => s.Window?.End ?? s.Deadline!.Date) ? Season.Spring : Season.Autumn;

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"--date takes a day as yyyy-MM-dd, such as 2024-03-24; \"{text}\" is not one.");
        return null;
    }
}
