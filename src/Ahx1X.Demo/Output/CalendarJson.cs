using System.Text.Json.Nodes;
using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Demo.Output;

/// <summary>A calendar day as JSON for machines: each party's open windows and what comes next, dates as yyyy-MM-dd, names in both languages.</summary>
internal static class CalendarJson
{
    public static JsonObject Of(Edition edition, CalendarDay day) => new()
    {
        ["edition"] = edition.Year,
        ["notice"] = edition.Parameters.DocumentNumber,
        ["date"] = Date(day.Date),
        ["kind"] = day.Kind is { } kind ? Wire(kind.ToString()) : null,
        ["parties"] = new JsonArray([.. day.Parties.Select(p => (JsonNode)new JsonObject
        {
            ["party"] = Wire(p.Party.ToString()),
            ["name"] = Text(p.Name),
            ["open"] = new JsonArray([.. p.Open.Select(w => (JsonNode)new JsonObject
            {
                ["season"] = Wire(w.Season.ToString()), ["step"] = Wire(w.Step.ToString()), ["name"] = Text(w.Name), ["clauseId"] = w.ClauseId,
                ["start"] = Date(w.Start), ["end"] = Date(w.End), ["daysLeft"] = w.DaysLeft,
            })]),
            ["upcoming"] = new JsonArray([.. p.Upcoming.Select(e => (JsonNode)new JsonObject
            {
                ["season"] = Wire(e.Season.ToString()), ["step"] = Wire(e.Step.ToString()), ["kind"] = Wire(e.Kind.ToString()), ["name"] = Text(e.Name),
                ["clauseId"] = e.ClauseId, ["date"] = Date(e.Date), ["daysUntil"] = Period.Between(day.Date, e.Date, PeriodUnits.Days).Days,
            })]),
        })]),
    };

    private static JsonObject Text(LocalizedText text) => new() { ["zh"] = text.Zh, ["en"] = text.En };

    private static string Date(LocalDate date) => Ahx1X.Rules.Text.Format.Date(date);

    private static string Wire(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
