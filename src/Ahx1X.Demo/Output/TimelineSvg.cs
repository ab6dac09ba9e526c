using System.Globalization;
using System.Xml.Linq;
using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Draws a season's timeline as a standalone SVG, or as an HTML page with the SVG inside, a
/// title and a legend. Both are UTF-8 and self-contained: no scripts, fonts, styles or images
/// from elsewhere; text asks for the common CJK fonts by name before the generic "sans-serif", so
/// Chinese renders on a machine whose default sans-serif font has no Chinese.
/// </summary>
internal static class TimelineSvg
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private const double Width = 1000;
    private const double ChartLeft = 290;
    private const double ChartRight = 740;
    private const double DatesLeft = 760;
    private const double HeadingHeight = 72;
    private const double AxisY = 104;
    private const double RowsTop = 116;

    /// <summary>The fonts text asks for: the common CJK fonts of Linux, Windows and macOS, then the generic family.</summary>
    internal const string FontStack = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
    private const double RowHeight = 58;
    private const double BarHeight = 24;
    private const string DateColour = "#D62728";
    private const string GridColour = "#E3E3E3";
    private const string WeekendColour = "#F4F4F4";

    /// <summary>A public holiday: an external fact, shaded warmer than a weekend.</summary>
    private const string HolidayColour = "#FBE3E3";
    private const string TextColour = "#222222";
    private const string MutedColour = "#666666";

    public static string Svg(SeasonTimeline timeline, IReadOnlyList<Language> languages) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Drawing(timeline, languages, heading: true).ToString() + "\n";

    public static string Html(SeasonTimeline timeline, IReadOnlyList<Language> languages)
    {
        var title = CalendarText.In(timeline.Title, languages, " · ");
        var html = new XElement("html", new XAttribute("lang", languages[0] == Language.Chinese ? "zh-CN" : "en"),
            new XElement("head",
                new XElement("meta", new XAttribute("charset", "utf-8")),
                new XElement("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                new XElement("title", title),
                new XElement("style", """
                    body { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif; color: #222; margin: 2rem auto; max-width: 1040px; padding: 0 1rem; }
                    h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
                    p.sub { color: #666; margin-top: 0; }
                    svg { max-width: 100%; height: auto; border: 1px solid #ddd; border-radius: 6px; }
                    table { border-collapse: collapse; margin-top: 0.5rem; }
                    th, td { text-align: left; padding: 0.35rem 0.75rem; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
                    th { font-weight: 600; }
                    .swatch { display: inline-block; width: 1.6rem; height: 0.9rem; border-radius: 3px; vertical-align: middle; }
                    .diamond { display: inline-block; width: 0.8rem; height: 0.8rem; transform: rotate(45deg); margin: 0 0.4rem; vertical-align: middle; }
                    .nowrap { white-space: nowrap; }
                    .today { display: inline-block; width: 0; height: 1rem; border-left: 2px dashed #D62728; margin: 0 0.8rem; vertical-align: middle; }
                    @media print {
                      @page { size: A4 landscape; margin: 12mm; }
                      body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
                      svg { border: none; width: 100%; }
                      h2, table, svg { break-inside: avoid; }
                      .swatch, .diamond { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                    }
                    """)),
            new XElement("body",
                new XElement("h1", title),
                new XElement("p", new XAttribute("class", "sub"), Subtitle(timeline, languages)),
                Drawing(timeline, languages, heading: false),
                new XElement("h2", Both(languages, "图例", "Legend")),
                Legend(timeline, languages)));
        return "<!DOCTYPE html>\n" + html.ToString() + "\n";
    }

    /// <summary>Draws the timeline; without its heading (title and subtitle) when the page around it has one.</summary>
    private static XElement Drawing(SeasonTimeline timeline, IReadOnlyList<Language> languages, bool heading)
    {
        var rowsBottom = RowsTop + timeline.Steps.Count * RowHeight;
        var height = rowsBottom + 96;
        var dayWidth = (ChartRight - ChartLeft) / timeline.Days;
        double X(int day) => ChartLeft + day * dayWidth;
        var background = new XElement(Ns + "rect", new XAttribute("width", N(Width)), new XAttribute("height", N(height)), new XAttribute("fill", "#FFFFFF"));

        var svg = new XElement(Ns + "svg",
            new XAttribute("width", N(Width)),
            new XAttribute("height", N(height)),
            new XAttribute("viewBox", $"0 0 {N(Width)} {N(height)}"),
            new XAttribute("font-family", FontStack),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", CalendarText.In(timeline.Title, languages, " · ")),
            new XElement(Ns + "title", CalendarText.In(timeline.Title, languages, " · ")),
            background);
        if (heading)
        {
            svg.Add(Text(24, 38, CalendarText.In(timeline.Title, languages, " · "), 20, TextColour, weight: "bold"));
            svg.Add(Text(24, 62, Subtitle(timeline, languages), 13, MutedColour));
        }

        // Weekends shaded, a line between days, and MM-dd under the axis as room allows.
        var every = Math.Max(1, (int)Math.Ceiling(44 / dayWidth));
        for (var day = 0; day < timeline.Days; day++)
        {
            var date = timeline.From.PlusDays(day);
            // A holiday is shaded as one; a weekend day worked instead (调休上班) is not shaded.
            if (timeline.Holidays.IsHoliday(date))
            {
                svg.Add(Rect(X(day), AxisY, dayWidth, rowsBottom - AxisY, HolidayColour));
            }
            else if (timeline.Holidays.IsDayOff(date))
            {
                svg.Add(Rect(X(day), AxisY, dayWidth, rowsBottom - AxisY, WeekendColour));
            }

            svg.Add(Line(X(day), AxisY, X(day), rowsBottom, GridColour, 1));
            if (day % every == 0)
            {
                svg.Add(Text(X(day) + dayWidth / 2, AxisY - 8, CalendarText.MonthDay(date), 11, MutedColour, anchor: "middle"));
            }
        }

        svg.Add(Line(X(timeline.Days), AxisY, X(timeline.Days), rowsBottom, GridColour, 1));
        svg.Add(Line(ChartLeft, AxisY, ChartRight, AxisY, "#BBBBBB", 1));

        for (var i = 0; i < timeline.Steps.Count; i++)
        {
            var step = timeline.Steps[i];
            var top = RowsTop + i * RowHeight;
            var middle = top + RowHeight / 2;
            var name = step.Step.Name();
            var (dates, detail) = SeasonTimeline.DatesOf(step);
            var lines = languages.Select(name.In).ToList();
            var clause = Printable.Escape(step.ClauseId);
            var second = lines.Count == 2 ? $"{lines[1]} · {clause}" : clause;
            svg.Add(Text(24, middle - 4, lines[0], 15, TextColour, weight: "bold"));
            svg.Add(Text(24, middle + 14, second, 12, MutedColour));

            if (step.Window is { } window)
            {
                var start = timeline.IndexOf(window.Start);
                var end = timeline.IndexOf(window.End) + 1;
                svg.Add(new XElement(Ns + "rect",
                    new XAttribute("x", N(X(start) + 1)), new XAttribute("y", N(middle - BarHeight / 2)),
                    new XAttribute("width", N(X(end) - X(start) - 2)), new XAttribute("height", N(BarHeight)),
                    new XAttribute("rx", "4"), new XAttribute("fill", Colour(step.Step)),
                    new XElement(Ns + "title", $"{CalendarText.In(step.Name, languages)}: {dates}")));
            }
            else
            {
                var centre = X(timeline.IndexOf(step.Deadline!.Date)) + dayWidth / 2;
                svg.Add(Diamond(centre, middle, 11, Colour(step.Step), $"{CalendarText.In(step.Name, languages)}: {dates}"));
            }

            svg.Add(Text(DatesLeft, middle - 3, dates, 13, TextColour));
            svg.Add(Text(DatesLeft, middle + 14, CalendarText.In(detail, languages), 12, MutedColour));
        }

        if (timeline.MarksDate)
        {
            var x = X(timeline.IndexOf(timeline.Date)) + dayWidth / 2;
            svg.Add(new XElement(Ns + "line",
                new XAttribute("x1", N(x)), new XAttribute("y1", N(AxisY - 2)), new XAttribute("x2", N(x)), new XAttribute("y2", N(rowsBottom + 6)),
                new XAttribute("stroke", DateColour), new XAttribute("stroke-width", "2"), new XAttribute("stroke-dasharray", "5 3")));
            svg.Add(Text(x, rowsBottom + 22, CalendarText.Date(timeline.Date), 12, DateColour, anchor: "middle", weight: "bold"));
        }

        var (legend, legendBottom) = SvgLegend(timeline, languages, rowsBottom + 62);
        svg.Add(legend);
        height = legendBottom + 22;
        var cropped = heading ? 0 : HeadingHeight;
        svg.SetAttributeValue("height", N(height - cropped));
        svg.SetAttributeValue("viewBox", $"0 {N(cropped)} {N(Width)} {N(height - cropped)}");
        background.SetAttributeValue("height", N(height));
        return svg;
    }

    /// <summary>The legend inside the SVG, so that the file reads on its own.</summary>
    private static (XElement Legend, double Bottom) SvgLegend(SeasonTimeline timeline, IReadOnlyList<Language> languages, double y)
    {
        var legend = new XElement(Ns + "g");
        var x = 24.0;
        foreach (var step in timeline.Steps)
        {
            var label = CalendarText.In(step.Step.Name(), languages);
            if (x + 34 + EstimateWidth(label, 12) > Width - 24)
            {
                x = 24;
                y += 24;
            }

            if (step.IsDeadline)
            {
                legend.Add(Diamond(x + 9, y - 4, 8, Colour(step.Step), null));
            }
            else
            {
                legend.Add(Rect(x, y - 11, 18, 13, Colour(step.Step), rx: 3));
            }

            legend.Add(Text(x + 26, y, label, 12, TextColour));
            x += 34 + EstimateWidth(label, 12);
        }

        Swatch(Both(languages, "周末", "weekend"), WeekendColour);
        if (timeline.Holidays.Any)
        {
            Swatch(Both(languages, "法定节假日（外部数据，每年确认）", "public holiday (external, confirmed yearly)"), HolidayColour);
        }

        void Swatch(string label, string colour)
        {
            if (x + 34 + EstimateWidth(label, 12) > Width - 24)
            {
                x = 24;
                y += 24;
            }

            legend.Add(new XElement(Ns + "rect",
                new XAttribute("x", N(x)), new XAttribute("y", N(y - 11)), new XAttribute("width", "18"), new XAttribute("height", "13"),
                new XAttribute("fill", colour), new XAttribute("stroke", GridColour)));
            legend.Add(Text(x + 26, y, label, 12, TextColour));
            x += 34 + EstimateWidth(label, 12);
        }

        var marker = Both(languages, "查询日期", "day asked about");
        if (x + 22 + EstimateWidth(marker, 12) > Width - 24)
        {
            x = 24;
            y += 24;
        }

        legend.Add(new XElement(Ns + "line",
            new XAttribute("x1", N(x + 6)), new XAttribute("y1", N(y - 13)), new XAttribute("x2", N(x + 6)), new XAttribute("y2", N(y + 3)),
            new XAttribute("stroke", DateColour), new XAttribute("stroke-width", "2"), new XAttribute("stroke-dasharray", "5 3")));
        legend.Add(Text(x + 16, y, marker, 12, TextColour));
        return (legend, y);
    }

    /// <summary>The legend of the HTML page: what each colour is, who acts, the dates and the clause.</summary>
    private static XElement Legend(SeasonTimeline timeline, IReadOnlyList<Language> languages)
    {
        var table = new XElement("table",
            new XElement("tr",
                new XElement("th", ""),
                new XElement("th", Both(languages, "步骤", "Step")),
                new XElement("th", Both(languages, "主体", "Who acts")),
                new XElement("th", Both(languages, "日期", "Dates")),
                new XElement("th", Both(languages, "条款", "Clause")),
                new XElement("th", Both(languages, "邮箱与主题", "Mailbox and subject")),
                new XElement("th", Both(languages, "联系人", "Contacts"))));
        foreach (var step in timeline.Steps)
        {
            var key = step.IsDeadline
                ? new XElement("span", new XAttribute("class", "diamond"), new XAttribute("style", $"background:{Colour(step.Step)}"), "")
                : new XElement("span", new XAttribute("class", "swatch"), new XAttribute("style", $"background:{Colour(step.Step)}"), "");
            var (dates, detail) = SeasonTimeline.DatesOf(step);
            table.Add(new XElement("tr",
                new XElement("td", key),
                new XElement("td", CalendarText.In(step.Name, languages, " / ")),
                new XElement("td", timeline.PartiesOf(step).SelectMany((p, i) => i == 0
                    ? new object[] { CalendarText.In(p.Name(), languages, " / ") }
                    : [new XElement("br"), CalendarText.In(p.Name(), languages, " / ")])),
                new XElement("td", new XElement("span", new XAttribute("class", "nowrap"), dates), new XElement("br"), CalendarText.In(detail, languages, " / ")),
                new XElement("td", new XAttribute("class", "nowrap"), Printable.Escape(step.ClauseId)),
                new XElement("td", Mail(timeline, step, languages)),
                new XElement("td", Contacts(timeline, step))));
        }

        table.Add(new XElement("tr",
            new XElement("td", new XElement("span", new XAttribute("class", "swatch"), new XAttribute("style", $"background:{WeekendColour};outline:1px solid {GridColour}"), "")),
            new XElement("td", Both(languages, "周末", "Weekend")),
            new XElement("td", ""),
            new XElement("td", ""),
            new XElement("td", ""),
            new XElement("td", ""),
            new XElement("td", "")));

        foreach (var (date, name, holiday) in timeline.HolidaysDrawn())
        {
            table.Add(new XElement("tr",
                new XElement("td", new XElement("span", new XAttribute("class", "swatch"), new XAttribute("style", holiday ? $"background:{HolidayColour};outline:1px solid {GridColour}" : $"background:#FFFFFF;outline:1px solid {GridColour}"), "")),
                new XElement("td", CalendarText.In(name, languages, " / ")),
                new XElement("td", holiday ? Both(languages, "法定节假日", "public holiday") : Both(languages, "调休上班", "adjusted working day")),
                new XElement("td", new XAttribute("class", "nowrap"), CalendarText.Date(date)),
                new XElement("td", ""),
                new XElement("td", Both(languages, "外部数据，非通知内容，每年确认", "external: not in the notice, confirmed yearly")),
                new XElement("td", "")));
        }
        table.Add(new XElement("tr",
            new XElement("td", new XElement("span", new XAttribute("class", "today"), "")),
            new XElement("td", Both(languages, "查询日期", "Day asked about")),
            new XElement("td", ""),
            new XElement("td", timeline.MarksDate ? CalendarText.Date(timeline.Date) : CalendarText.In(timeline.OutsideNote(), languages, " / ")),
            new XElement("td", "")));
        return table;
    }

    private static string Subtitle(SeasonTimeline timeline, IReadOnlyList<Language> languages)
    {
        var asked = timeline.MarksDate
            ? $"{Both(languages, "查询日期", "day asked about")}: {CalendarText.Date(timeline.Date)}"
            : CalendarText.In(timeline.OutsideNote(), languages, " · ");
        var kind = timeline.Kind is { } k ? $" · {Both(languages, "适用于", "for")} {CalendarText.In(CalendarText.KindName(k), languages)}" : "";
        return $"{timeline.DocumentNumber} · {Both(languages, "窗口首尾两日均含在内", "windows include both end days")}{kind} · {asked}";
    }

    /// <summary>Returns where a step's mail goes and its subject: the summary table's mailbox; none for a step done on the platform or by a bureau.</summary>
    private static object Mail(SeasonTimeline timeline, SeasonStep step, IReadOnlyList<Language> languages) =>
        step.Step == CalendarStep.SummaryTable
            ? new object[]
            {
                new XElement("span", new XAttribute("class", "nowrap"), Printable.Escape(timeline.Parameters.SummaryMailbox)),
                new XElement("br"),
                $"{Both(languages, "主题", "subject")}: {Printable.Escape(timeline.Parameters.SummarySubject)}",
            }
            : "";

    /// <summary>Returns the contacts who answer for the parties of a step, each once.</summary>
    private static object[] Contacts(SeasonTimeline timeline, SeasonStep step) =>
        [.. timeline.PartiesOf(step).Select(RoleOf).Distinct().Select(timeline.Parameters.ContactFor).OfType<Contact>().Distinct()
            .SelectMany((c, i) => new object[] { i == 0 ? "" : new XElement("br"), Printable.Escape($"{c.Office} {c.People} {c.Phone}") })];

    private static ContactRole RoleOf(CalendarParty party) => party switch
    {
        CalendarParty.SecondaryVocational => ContactRole.SecondaryVocational,
        CalendarParty.AppliedUndergraduate or CalendarParty.HigherVocational => ContactRole.HigherEducation,
        _ => ContactRole.ProvincialOffice,
    };

    private static string Both(IReadOnlyList<Language> languages, string zh, string en) =>
        CalendarText.In(new LocalizedText(zh, en), languages, " ");

    private static string Colour(CalendarStep step) => step switch
    {
        CalendarStep.Application => "#4C78A8",
        CalendarStep.CityReview => "#F58518",
        CalendarStep.ProvincialReview => "#54A24B",
        _ => "#9D4EDD",
    };

    private static XElement Text(double x, double y, string text, double size, string fill, string anchor = "start", string? weight = null)
    {
        var element = new XElement(Ns + "text",
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("font-size", N(size)), new XAttribute("fill", fill), text);
        if (anchor != "start")
        {
            element.Add(new XAttribute("text-anchor", anchor));
        }

        if (weight is not null)
        {
            element.Add(new XAttribute("font-weight", weight));
        }

        return element;
    }

    private static XElement Rect(double x, double y, double width, double height, string fill, double rx = 0)
    {
        var rect = new XElement(Ns + "rect",
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("width", N(width)), new XAttribute("height", N(height)), new XAttribute("fill", fill));
        if (rx > 0)
        {
            rect.Add(new XAttribute("rx", N(rx)));
        }

        return rect;
    }

    private static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width) =>
        new(Ns + "line",
            new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", N(width)));

    private static XElement Diamond(double x, double y, double r, string fill, string? title)
    {
        var diamond = new XElement(Ns + "polygon",
            new XAttribute("points", $"{N(x)},{N(y - r)} {N(x + r)},{N(y)} {N(x)},{N(y + r)} {N(x - r)},{N(y)}"),
            new XAttribute("fill", fill));
        if (title is not null)
        {
            diamond.Add(new XElement(Ns + "title", title));
        }

        return diamond;
    }

    /// <summary>Guesses a text's width in pixels: a CJK character is about one em, others about half.</summary>
    private static double EstimateWidth(string text, double size) =>
        text.Sum(c => c >= '\u2E80' ? size : size * 0.55);

    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
