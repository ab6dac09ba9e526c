using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.RuleModel;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Ahx1X.Rules.Packs.Writing;

/// <summary>
/// Writes definitions as canonical JSON that <see cref="PackReader"/> reads back to equal
/// definitions: members in one order, defaults left out. Members the definitions do not keep
/// (a threshold's note, contacts, a rule's ErrorMessage) are not written.
/// </summary>
internal static class PackWriter
{
    /// <summary>Returns <paramref name="workflow"/> as the text of a workflow file.</summary>
    public static string Workflow(WorkflowDefinition workflow) =>
        new JObject
        {
            ["WorkflowName"] = workflow.Name,
            ["Rules"] = new JArray(workflow.Rules.Select(Rule)),
        }.ToString(Formatting.Indented);

    /// <summary>Returns <paramref name="edition"/> as the text of an edition file.</summary>
    public static string Edition(EditionDefinition edition)
    {
        var parameters = edition.Parameters;
        return new JObject
        {
            ["year"] = parameters.Year,
            ["notice"] = new JObject { ["title"] = parameters.Title, ["documentNumber"] = parameters.DocumentNumber, ["file"] = edition.NoticeFile },
            ["seasons"] = new JObject { ["spring"] = Season(parameters.Spring), ["autumn"] = Season(parameters.Autumn) },
            ["mail"] = new JObject
            {
                ["summary"] = new JObject { ["mailbox"] = parameters.SummaryMailbox, ["subject"] = parameters.SummarySubject },
                ["quotaIncrease"] = new JObject { ["mailbox"] = parameters.IncreaseMailbox, ["subject"] = parameters.IncreaseSubject },
            },
            ["thresholds"] = new JObject
            {
                ["lowCompletionRate"] = Threshold(parameters.LowCompletionRate),
                ["lowIssuanceRate"] = Threshold(parameters.LowIssuanceRate),
                ["earliestOfficeMeeting"] = new JObject { ["value"] = Date(parameters.EarliestOfficeMeeting.Value), ["placeholder"] = parameters.EarliestOfficeMeeting.IsPlaceholder },
                ["slowExamination"] = new JObject
                {
                    ["value"] = parameters.SlowExamination.Value,
                    ["monthsAfterApproval"] = parameters.SlowExamination.MonthsAfterApproval,
                    ["placeholder"] = parameters.SlowExamination.IsPlaceholder,
                },
            },
            ["clauses"] = new JArray(edition.Clauses.Select(c => new JObject { ["id"] = c.Id, ["section"] = c.Section, ["title"] = Text(c.Title) })),
            ["facts"] = new JObject(edition.Texts.FactLabels.Select(f => new JProperty(f.Key, Text(f.Value)))),
            ["messages"] = new JObject { ["missingFacts"] = Text(edition.Texts.MissingFacts), ["ruleFailed"] = Text(edition.Texts.RuleFailed) },
            ["contacts"] = new JArray(parameters.Contacts.Select(c => new JObject
            {
                ["office"] = c.Office, ["people"] = c.People, ["phone"] = c.Phone,
                ["role"] = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(c.Role.ToString()),
            })),
            ["cities"] = new JArray(parameters.Cities),
            ["publishedBatches"] = new JArray(parameters.PublishedBatches),
            ["routes"] = new JObject(parameters.Routes.Select(r => new JProperty(
                Vocabularies.InstitutionKind.Wire(r.Kind), new JArray(r.Steps.Select(step => NameOf(PackReader.RouteSteps, step)))))),
        }.ToString(Formatting.Indented);
    }

    private static JObject Rule(RuleDefinition rule)
    {
        var properties = new JObject
        {
            ["clause"] = rule.ClauseId,
            ["section"] = rule.Section,
            ["citation"] = rule.CitationText,
            ["severity"] = NameOf(PackReader.Severities, rule.Severity),
        };
        if (rule.BrokenKind != FindingKind.Violation)
        {
            properties["finding"] = NameOf(PackReader.FindingKinds, rule.BrokenKind);
        }

        properties["message"] = Text(rule.Message);

        var written = new JObject { ["RuleName"] = rule.Name, ["Expression"] = rule.Expression };
        if (!rule.Enabled)
        {
            written["Enabled"] = false;
        }

        written["Properties"] = properties;
        return written;
    }

    private static JObject Season(SeasonCalendar season) => new()
    {
        ["application"] = Window(season.Application),
        ["cityReview"] = Window(season.CityReview),
        ["provincialReview"] = Window(season.ProvincialReview),
        ["summaryDeadline"] = new JObject { ["date"] = Date(season.SummaryDeadline.Date), ["inclusive"] = season.SummaryDeadline.Inclusive },
    };

    private static JObject Window(DateWindow window) => new() { ["start"] = Date(window.Start), ["end"] = Date(window.End) };

    private static JObject Threshold(Threshold threshold) => new() { ["value"] = threshold.Value, ["placeholder"] = threshold.IsPlaceholder };

    private static JObject Text(LocalizedText text) => new() { ["zh"] = text.Zh, ["en"] = text.En };

    private static string Date(LocalDate date) => Ahx1X.Rules.Text.Format.Date(date);

    /// <summary>Returns the name a file gives <paramref name="value"/>; the reader's table is the one source of both.</summary>
    private static string NameOf<T>(IReadOnlyDictionary<string, T> names, T value)
        where T : struct =>
        names.Single(n => EqualityComparer<T>.Default.Equals(n.Value, value)).Key;
}
