using System.Globalization;
using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Spectre.Console;

namespace Ahx1X.Demo.Output;

/// <summary>Prints a calendar day as two tables: what is open, by party, and what comes next, by party.</summary>
internal static class CalendarReport
{
    /// <summary>How many upcoming events are listed per party; the rest are counted.</summary>
    private const int UpcomingPerParty = 3;

    public static void Write(IAnsiConsole console, Edition edition, CalendarDay day, IReadOnlyList<Language> languages)
    {
        var date = CalendarText.Date(day.Date);
        console.Write(new Rule($"[bold]{date}[/]  {edition.Year} 1+X 申报日历 calendar · {Printable.Markup(edition.Parameters.DocumentNumber)}").LeftJustified());
        if (day.Kind is { } kind)
        {
            console.MarkupLine($"[grey]For 适用于:[/] {Markup.Escape(CalendarText.In(CalendarText.KindName(kind), languages))} "
                + "[grey](the steps its applications pass through 本校申报所经环节)[/]");
        }

        console.Write(OpenTable(day, languages));
        console.Write(UpcomingTable(day, languages));
        if (edition.Parameters.Contacts.Count > 0)
        {
            console.Write(ContactsTable(edition.Parameters.Contacts));
        }
    }

    /// <summary>Lists the notice's contacts (联系人及联系方式), each with what it answers for.</summary>
    private static Table ContactsTable(IReadOnlyList<Contact> contacts)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Contacts 联系人[/]");
        table.AddColumn("Office 处室");
        table.AddColumn("People 联系人");
        table.AddColumn(new TableColumn("Phone 电话").NoWrap());
        table.AddColumn("Answers for 负责");
        foreach (var contact in contacts)
        {
            table.AddRow(Printable.Markup(contact.Office), Printable.Markup(contact.People), Printable.Markup(contact.Phone), Markup.Escape(AnswersFor(contact.Role)));
        }

        return table;
    }

    private static string AnswersFor(ContactRole role) => role switch
    {
        ContactRole.SecondaryVocational => "secondary vocational schools 中职学校",
        ContactRole.HigherEducation => "universities and colleges 本科高校、高职院校",
        _ => "reviews, quota increases, monitoring 审核、指标调增、监测",
    };

    private static Table OpenTable(CalendarDay day, IReadOnlyList<Language> languages)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Open on {CalendarText.Date(day.Date)} 当日开放[/]");
        table.AddColumn("Party 主体");
        table.AddColumn("Window 窗口");
        table.AddColumn(new TableColumn("Dates 日期").NoWrap());
        table.AddColumn(new TableColumn("Left 剩余").RightAligned());
        foreach (var party in day.Parties)
        {
            var name = Markup.Escape(CalendarText.In(party.Name, languages, "\n"));
            if (party.Open.Count == 0)
            {
                table.AddRow(name, "[grey]nothing open 无[/]", "", "");
                continue;
            }

            foreach (var (window, index) in party.Open.Select((w, i) => (w, i)))
            {
                table.AddRow(
                    index == 0 ? name : "",
                    $"[green]{Markup.Escape(CalendarText.In(window.Name, languages, "\n"))}[/] [grey]{Printable.Markup(window.ClauseId)}[/]",
                    $"{CalendarText.Date(window.Start)} – {CalendarText.Date(window.End)}",
                    Markup.Escape(CalendarText.In(CalendarText.DaysLeft(window.DaysLeft), languages, "\n")));
            }
        }

        table.Caption("[grey]Left counts today; both end days are inside a window. 剩余天数含当日；窗口首尾两日均含在内。[/]");
        return table;
    }

    private static Table UpcomingTable(CalendarDay day, IReadOnlyList<Language> languages)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Next from {CalendarText.Date(day.Date)} 接下来[/]");
        table.AddColumn("Party 主体");
        table.AddColumn("Step 事项");
        table.AddColumn("Event 节点");
        table.AddColumn(new TableColumn("Date 日期").NoWrap());
        table.AddColumn(new TableColumn("In 距今").RightAligned());
        foreach (var party in day.Parties)
        {
            var name = Markup.Escape(CalendarText.In(party.Name, languages, "\n"));
            if (party.Upcoming.Count == 0)
            {
                table.AddRow(name, $"[grey]nothing more in {day.Year} 本年度无后续日程[/]", "", "", "");
                continue;
            }

            foreach (var (e, index) in party.Upcoming.Take(UpcomingPerParty).Select((e, i) => (e, i)))
            {
                var colour = e.Kind == CalendarEventKind.Opens ? "blue" : e.DaysUntil <= 3 ? "red" : "yellow";
                table.AddRow(
                    index == 0 ? name : "",
                    $"{Markup.Escape(CalendarText.In(e.Name, languages, "\n"))} [grey]{Printable.Markup(e.ClauseId)}[/]",
                    $"[{colour}]{Markup.Escape(CalendarText.In(CalendarText.What(e), languages, "\n"))}[/]",
                    CalendarText.Date(e.Date),
                    Markup.Escape(CalendarText.In(CalendarText.DaysUntil(e.DaysUntil), languages, "\n")));
            }

            if (party.Upcoming.Count > UpcomingPerParty)
            {
                var more = (party.Upcoming.Count - UpcomingPerParty).ToString(CultureInfo.InvariantCulture);
                table.AddRow("", $"[grey]… {more} more 另有{more}项[/]", "", "", "");
            }
        }

        table.Caption("[grey]A last day and an inclusive deadline are still in time on their day. 最后一天及含当日的截止日当天仍可办理。[/]");
        return table;
    }
}
