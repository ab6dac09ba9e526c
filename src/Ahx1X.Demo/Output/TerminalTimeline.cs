using System.Text;
using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Results;
using Spectre.Console;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Draws a season's windows as bars of characters scaled to the terminal's width, one row per
/// step, the summary deadline as a diamond and the day asked about as a marked column.
/// </summary>
internal static class TerminalTimeline
{
    private const char Fill = '█';
    private const char Empty = '·';
    private const char Diamond = '◆';
    private const char DateLine = '│';

    public static void Write(IAnsiConsole console, SeasonTimeline timeline, IReadOnlyList<Language> languages)
    {
        // Two lines a row: the name in each language asked for, the bar twice, the dates then their detail.
        var labels = timeline.Steps.Select(s => languages.Select(l => Printable.Escape(s.Step.Name().In(l))).Append("").Take(2).ToList()).ToList();
        var dates = timeline.Steps.Select(s => SeasonTimeline.DatesOf(s))
            .Select(d => new List<string> { d.Dates, CalendarText.In(d.Detail, languages) }).ToList();
        var labelWidth = labels.SelectMany(l => l).Max(l => l.GetCellWidth());
        var datesWidth = dates.SelectMany(d => d).Max(d => d.GetCellWidth());
        var perDay = Math.Clamp((console.Profile.Width - labelWidth - datesWidth - 5) / timeline.Days, 1, 6);
        var width = perDay * timeline.Days;
        var scale = new Scale(timeline.Days, width);
        var dateColumn = timeline.MarksDate ? scale.Centre(timeline.IndexOf(timeline.Date)) : -1;

        console.WriteLine();
        console.Write(new Rule($"[bold]{Markup.Escape(CalendarText.In(timeline.Title, languages))}[/]").LeftJustified());
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadRight(2));
        grid.AddColumn(new GridColumn().NoWrap().PadRight(2));
        grid.AddColumn(new GridColumn().NoWrap());
        if (timeline.MarksDate)
        {
            grid.AddRow("", Marker(timeline, width, dateColumn), "");
        }

        for (var i = 0; i < timeline.Steps.Count; i++)
        {
            var bar = Bar(timeline, timeline.Steps[i], scale, dateColumn);
            grid.AddRow(
                Markup.Escape(string.Join("\n", labels[i])),
                bar + "\n" + bar,
                Markup.Escape(string.Join("\n", dates[i])));
        }

        if (timeline.HolidaysDrawn().Any())
        {
            grid.AddRow(Markup.Escape(string.Join("\n", languages.Select(l => l == Language.Chinese ? "法定节假日" : "public holidays"))), $"[red]{HolidayRow(timeline, scale)}[/]", "");
        }

        grid.AddRow("", $"[grey]{Axis(timeline, scale)}[/]", "");
        console.Write(grid);
        var legend = $"[grey]{Fill} window 窗口   {Diamond} deadline 截止[/]";
        console.MarkupLine(timeline.MarksDate
            ? $"{legend}   [red]{DateLine}[/] [grey]{CalendarText.Date(timeline.Date)}[/]"
            : $"{legend}   [yellow]{Markup.Escape(CalendarText.In(timeline.OutsideNote(), languages))}[/]");
    }

    /// <summary>The row above the bars: an arrow over the day asked about, with the date beside it.</summary>
    private static string Marker(SeasonTimeline timeline, int width, int column)
    {
        if (column < 0)
        {
            return "";
        }

        var text = CalendarText.Date(timeline.Date);
        var line = column + 2 + text.Length <= width
            ? new string(' ', column) + "▼ " + text
            : new string(' ', Math.Max(0, column - text.Length - 1)) + text + " ▼";
        return $"[red]{line}[/]";
    }

    private static string Bar(SeasonTimeline timeline, SeasonStep step, Scale scale, int dateColumn)
    {
        var cells = Enumerable.Repeat(Empty, scale.Width).ToArray();
        var filled = new bool[scale.Width];
        if (step.Window is { } window)
        {
            for (var c = scale.Start(timeline.IndexOf(window.Start)); c < scale.End(timeline.IndexOf(window.End)); c++)
            {
                cells[c] = Fill;
                filled[c] = true;
            }
        }
        else
        {
            var c = scale.Centre(timeline.IndexOf(step.Deadline!.Date));
            cells[c] = Diamond;
            filled[c] = true;
        }

        var colour = Colour(step.Step);
        var markup = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            var style = c == dateColumn ? "red" : filled[c] ? colour : "grey";
            var cell = c == dateColumn && !filled[c] ? DateLine : cells[c];
            markup.Append('[').Append(style).Append(']').Append(cell).Append("[/]");
        }

        return markup.ToString();
    }

    /// <summary>The row of public holidays (external facts staff confirm each year): ░ under each holiday.</summary>
    private static string HolidayRow(SeasonTimeline timeline, Scale scale)
    {
        var row = Enumerable.Repeat(' ', scale.Width).ToArray();
        foreach (var (date, _, holiday) in timeline.HolidaysDrawn().Where(h => h.Holiday))
        {
            var day = timeline.IndexOf(date);
            for (var at = scale.Start(day); at < scale.End(day) && at < scale.Width; at++)
            {
                row[at] = '░';
            }
        }

        return new string(row);
    }

    /// <summary>The row below the bars: MM-dd under the first day drawn and then every few days, as room allows.</summary>
    private static string Axis(SeasonTimeline timeline, Scale scale)
    {
        var axis = Enumerable.Repeat(' ', scale.Width).ToArray();
        var every = Math.Max(1, (int)Math.Ceiling(6.0 * timeline.Days / scale.Width));
        for (var day = 0; day < timeline.Days; day += every)
        {
            var text = CalendarText.MonthDay(timeline.From.PlusDays(day));
            var at = scale.Start(day);
            if (at + text.Length > scale.Width)
            {
                break;
            }

            text.CopyTo(0, axis, at, text.Length);
        }

        return new string(axis);
    }

    private static string Colour(CalendarStep step) => step switch
    {
        CalendarStep.Application => "blue",
        CalendarStep.CityReview => "darkorange",
        CalendarStep.ProvincialReview => "green",
        _ => "magenta1",
    };

    /// <summary>Maps day i of the range to the columns [Start(i), End(i)) of a bar <see cref="Width"/> wide.</summary>
    private readonly record struct Scale(int Days, int Width)
    {
        public int Start(int day) => day * Width / Days;

        public int End(int day) => Math.Max(Start(day) + 1, (day + 1) * Width / Days);

        public int Centre(int day) => (Start(day) + End(day) - 1) / 2;
    }
}
