using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Model;
using NodaTime;
using NodaTime.Extensions;
using NodaTime.Text;

namespace Ahx1X.Studio.Web;

/// <summary>The season timeline and what is open on a chosen day, from the library's <see cref="PolicyCalendar"/>.</summary>
internal static class CalendarPage
{
    public static string Render(StudioContext context)
    {
        var body = new HtmlWriter();
        if (context.Snapshot.Engine is { } engine && context.Year is { } year)
        {
            var calendar = new PolicyCalendar(engine.Pack.For(year));
            var today = SystemClock.Instance.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).GetCurrentDate();
            var asked = LocalDatePattern.Iso.Parse(context.Http.Request.Query["date"].ToString());
            var date = asked.Success ? asked.Value : today.Year == year ? today : calendar.StepsOf(Season.Spring).Min(s => s.Window?.Start ?? s.LastDay);
            body.Add($"<form method=\"get\" action=\"/calendar\" class=\"row\"><input type=\"hidden\" name=\"edition\" value=\"{year}\"><label class=\"field\"><span>{context.L("日期", "Day")}</span><input type=\"date\" name=\"date\" id=\"calendar-date\" value=\"{Fields.Date(date)}\"></label><button type=\"submit\">{context.L("查看", "Show")}</button></form>");
            if (date.Year != year)
            {
                body.Add($"<p class=\"warning\">{context.L($"{Fields.Date(date)} 不在 {year} 年度内。", $"{Fields.Date(date)} is not in the {year} edition.")}</p>");
            }
            else
            {
                var day = calendar.On(date);
                body.Add($"<h2>{context.L("当日开放", "Open on")} {Fields.Date(date)}</h2><ul id=\"open-windows\">");
                foreach (var open in day.Open)
                {
                    body.Add($"<li><strong>{context.L(open.Name)}</strong> ({open.ClauseId}) {context.L(open.Party.Name())}: {Fields.Date(open.Start)} – {Fields.Date(open.End)}, {context.L($"剩余 {open.DaysLeft} 天", $"{open.DaysLeft} days left")}</li>");
                }

                if (day.Open.Count == 0)
                {
                    body.Add($"<li>{context.L("没有开放的时间窗口", "No window is open")}</li>");
                }

                body.Add($"</ul><h2>{context.L("接下来", "Next")}</h2><ul id=\"upcoming\">");
                foreach (var next in day.Upcoming.Take(8))
                {
                    body.Add($"<li>{Fields.Date(next.Date)} {context.L(next.Name)} ({next.ClauseId}, {context.L(Terms.EventKind, next.Kind)}) {context.L(next.Party.Name())}</li>");
                }

                body.Add($"</ul>");
            }

            foreach (var season in new[] { Season.Spring, Season.Autumn })
            {
                body.Add(Timeline(context, calendar.StepsOf(season), season, date));
            }
        }

        return Layout.Page(context, "/calendar", context.L("日程", "Calendar"), body.ToRaw());
    }

    /// <summary>Returns the season's steps as an SVG timeline, one bar per window and one tick per deadline, with the chosen day marked.</summary>
    private static RawHtml Timeline(StudioContext context, IReadOnlyList<SeasonStep> steps, Season season, LocalDate chosen)
    {
        var svg = new HtmlWriter();
        if (steps.Count == 0)
        {
            return svg.ToRaw();
        }

        var first = steps.Min(s => s.Window?.Start ?? s.LastDay);
        var last = steps.Max(s => s.LastDay);
        var days = Period.DaysBetween(first, last) + 1;
        const int left = 260, width = 600, row = 26;
        double X(LocalDate d) => left + (width * (double)Period.DaysBetween(first, d) / days);
        var height = (steps.Count * row) + 30;
        svg.Add($"<h2>{context.L(season == Season.Spring ? "春季" : "秋季", season.ToString())} {Fields.Date(first)} – {Fields.Date(last)}</h2>");
        svg.Add($"<svg class=\"timeline\" viewBox=\"0 0 {left + width + 20} {height}\" role=\"img\" aria-label=\"{season}\">");
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var y = 10 + (i * row);
            svg.Add($"<text x=\"4\" y=\"{y + 14}\" class=\"label\">{context.L(step.Name)} ({step.ClauseId})</text>");
            var start = step.Window?.Start ?? step.LastDay;
            var x = X(start);
            var w = Math.Max(4, X(step.LastDay.PlusDays(1)) - x);
            svg.Add($"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"18\" rx=\"3\" class=\"{(step.IsDeadline ? "deadline" : "window")}\"><title>{Fields.Date(start)} – {Fields.Date(step.LastDay)}</title></rect>");
            svg.Add($"<text x=\"{x + w + 4:0.#}\" y=\"{y + 14}\" class=\"dates\">{Fields.Date(start)[5..]}–{Fields.Date(step.LastDay)[5..]}</text>");
        }

        if (chosen >= first && chosen <= last)
        {
            svg.Add($"<line x1=\"{X(chosen):0.#}\" x2=\"{X(chosen):0.#}\" y1=\"0\" y2=\"{height}\" class=\"today\"/>");
        }

        return svg.Add($"</svg>").ToRaw();
    }
}
