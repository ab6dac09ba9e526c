using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// The mail that sends a summary table (附件3, notice 四): PROC-02, PROC-03.
/// Rules: <c>rules/2024/workflows/summary-table.json</c>.
/// </summary>
internal sealed class SummaryTableStep(int index)
    : Step<SummaryTableMail, SummaryTableScope>(index, "SummaryTable", DocumentKind.SummaryTables, "summaryTables")
{
    public override int YearOf(SummaryTableMail request) => request.Year;

    public override (string Subject, string? City, string Item) Describe(SummaryTableMail request) =>
        (request.SenderName, request.SenderCity, "附件3");

    public override void Check(SummaryTableMail request, RequestProblems problems)
    {
        problems.Year("$.year", request.Year);
        problems.Name("$.senderName", request.SenderName, required: true);
        problems.Defined("$.season", request.Season);
        problems.Defined("$.senderKind", request.SenderKind);
        problems.Name("$.senderCity", request.SenderCity, required: false);
        problems.Moment("$.sentAt", request.SentAt);
    }

    public override void Read(JsonFields root, List<StepRecord> records) =>
        Readers.Each(root, "mails", "a summary table mail", records, fields =>
        {
            var year = Readers.Year(fields);
            var sender = fields.String("senderName", required: true);
            var mail = new SummaryTableMail
            {
                Year = year ?? 0,
                SenderName = sender ?? "",
                Season = fields.Enum("season", Vocabularies.Season.ByWire),
                SenderKind = fields.Enum("senderKind", Vocabularies.SenderKind.ByWire),
                SenderCity = fields.String("senderCity"),
                SentAt = Readers.Moment(fields, "sentAt"),
                Sealed = fields.Bool("sealed"),
                Recipient = fields.String("recipient"),
                Subject = fields.String("subject"),
            };
            return year is null || sender is null ? null : mail;
        }, Describe);

    internal override SummaryTableScope ScopeOf(SummaryTableMail request, StepContext context) => new()
    {
        Mail = request,
        Season = context.SeasonOf(request.Season),
        Edition = context.Edition,
    };
}
