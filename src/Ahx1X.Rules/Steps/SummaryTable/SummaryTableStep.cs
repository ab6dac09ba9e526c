using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// The mail that sends a summary table (附件3, notice 四): PROC-02, PROC-03, and with the
/// applications of its season PROC-04, judged once for the mail and once per line of the
/// reconciliation (<see cref="Reconciliation"/>). Rules: <c>rules/2024/workflows/summary-table.json</c>.
/// </summary>
internal sealed class SummaryTableStep(int index)
    : Step<SummaryTableJudging, SummaryTableScope>(index, "SummaryTable", DocumentKind.SummaryTables, "summaryTables")
{
    public override int YearOf(SummaryTableJudging request) => request.Mail.Year;

    public override (string Subject, string? City, string Item) Describe(SummaryTableJudging request) => DescribeMail(request.Mail);

    /// <summary>A city bureau and a secondary school answer to 职成处, a university or college to 高教处.</summary>
    public override ContactRole? ContactFor(SummaryTableJudging request) => request.Mail.SenderKind switch
    {
        null => null,
        SenderKind.AppliedUndergraduate or SenderKind.HigherVocational => ContactRole.HigherEducation,
        _ => ContactRole.SecondaryVocational,
    };

    public override void Check(SummaryTableJudging request, RequestProblems problems)
    {
        var mail = request.Mail;
        problems.Year("$.year", mail.Year);
        problems.Name("$.senderName", mail.SenderName, required: true);
        problems.Defined("$.season", mail.Season);
        problems.Defined("$.senderKind", mail.SenderKind);
        problems.City("$.senderCity", mail.SenderCity);
        problems.Moment("$.sentAt", mail.SentAt);
        problems.City("$.recipient.cityBureau", mail.Recipient?.CityBureau);
        if (mail.Recipient is { IsMailbox: true, Mailbox: var mailbox })
        {
            problems.Name("$.recipient.mailbox", mailbox, required: true);
        }

        problems.Rows("$.rows", mail.Rows);
        for (var i = 0; i < (request.Applications?.Count ?? 0); i++)
        {
            var application = request.Applications![i];
            problems.Present($"$.applications[{i}]", application);
            problems.Institution($"$.applications[{i}].institution", application?.Institution);
            problems.Application($"$.applications[{i}].application", application?.Application);
        }
    }

    public override StepOutcome Run(CompiledWorkflow<SummaryTableScope> workflow, SummaryTableJudging request, StepContext context, bool explain)
    {
        var mail = ScopeOf(request, context);
        var contact = ContactOf(request, context);
        var (findings, verdicts) = Evaluate(workflow, mail, contact, explain);
        if (request.Applications is not { } applications || request.Mail.Rows is null)
        {
            return new StepOutcome(findings, verdicts);
        }

        // Each line runs the rules that read it; the mail's own rules were judged once, above.
        var lineRules = workflow.Rules.Where(r => r.LabelledNames.Any(ReadsRow)).Select(r => r.Definition.Name).ToHashSet(StringComparer.Ordinal);
        var all = findings.ToList();
        var explained = verdicts.ToList();
        foreach (var line in Reconciliation.Of(request.Mail, applications, mail.Edition))
        {
            var (found, lineVerdicts) = Evaluate(workflow, new SummaryTableScope
            {
                Mail = mail.Mail, Season = mail.Season, Edition = mail.Edition, Applications = applications, Row = line,
            }, contact, explain);
            all.AddRange(found.Where(f => lineRules.Contains(f.RuleName)));
            explained.AddRange(lineVerdicts.Where(v => lineRules.Contains(v.RuleName)));
        }

        return new StepOutcome(all, explained);
    }

    public override void Read(JsonFields root, RecordList records)
    {
        // Held here until the document's applications, if it gives any, are read: each mail is judged with them.
        var mails = new RecordList();
        Readers.Each(root, "mails", "a summary table mail", mails, ReadMail, DescribeMail);

        // A document may carry the applications its tables summarise, as an applications document writes them.
        RecordList? applications = null;
        if (root.Has("institutions"))
        {
            applications = new RecordList();
            StepTable.Application.Read(root, applications);
        }

        var together = applications?.Held.Select(a => (ApplicationRequest)a.Request).ToList();
        records.AddRange(together is null ? mails.Held : mails.Held.Select(m => m with { JudgedWith = together }));
    }

    internal override SummaryTableScope ScopeOf(SummaryTableJudging request, StepContext context) => new()
    {
        Mail = request.Mail,
        Season = context.SeasonOf(request.Mail.Season),
        Edition = context.Edition,
        Applications = request.Applications,
        Row = null,
    };

    private static (string Subject, string? City, string Item) DescribeMail(SummaryTableMail mail) =>
        (mail.SenderName, mail.SenderCity, "附件3");

    private static bool ReadsRow(string name) => name == "row" || name.StartsWith("row.", StringComparison.Ordinal);

    private static (IReadOnlyList<Finding> Findings, IReadOnlyList<RuleVerdict> Verdicts) Evaluate(
        CompiledWorkflow<SummaryTableScope> workflow, SummaryTableScope scope, FindingContact contact, bool explain) =>
        explain ? workflow.Explain(scope, contact) : (workflow.Evaluate(scope, contact), []);

    private static SummaryTableMail? ReadMail(JsonFields fields)
    {
        var year = Readers.Year(fields);
        var sender = fields.String("senderName", required: true);
        var recipient = ReadRecipient(fields, out var recipientOk);
        var rows = ReadRows(fields, out var rowsOk);
        var mail = new SummaryTableMail
        {
            Year = year ?? 0,
            SenderName = sender ?? "",
            Season = fields.Enum("season", Vocabularies.Season.ByWire),
            SenderKind = fields.Enum("senderKind", Vocabularies.SenderKind.ByWire),
            SenderCity = fields.String("senderCity"),
            SentAt = Readers.Moment(fields, "sentAt"),
            Sealed = fields.Bool("sealed"),
            Recipient = recipient,
            Subject = fields.String("subject"),
            Rows = rows,
        };
        return year is null || sender is null || !recipientOk || !rowsOk ? null : mail;
    }

    /// <summary>Reads <c>"recipient"</c>: a mail address, <c>{ "mailbox": … }</c> or <c>{ "cityBureau": "合肥" }</c>.</summary>
    private static MailRecipient? ReadRecipient(JsonFields fields, out bool ok)
    {
        ok = true;
        var token = fields.Token("recipient", required: false);
        if (token is null)
        {
            return null;
        }

        if (token.Type == Newtonsoft.Json.Linq.JTokenType.String)
        {
            return fields.String("recipient") is { } address ? MailRecipient.ToMailbox(address) : null;
        }

        var recipient = fields.Child("recipient");
        if (recipient is null)
        {
            ok = false;
            return null;
        }

        var mailbox = recipient.String("mailbox");
        var city = recipient.String("cityBureau");
        recipient.RejectUnknown();
        if ((mailbox is null) == (city is null))
        {
            fields.Problems.Add(Diagnostics.ProblemCodes.InvalidValue, fields.File, token,
                "\"recipient\" names either a mailbox ({ \"mailbox\": \"ahxzsbggs@126.com\" }) or a city bureau ({ \"cityBureau\": \"合肥\" }), exactly one of them.", fields.Subject);
            ok = false;
            return null;
        }

        return mailbox is not null ? MailRecipient.ToMailbox(mailbox) : MailRecipient.ToCityBureau(city!);
    }

    /// <summary>Reads <c>"rows"</c>, the lines of the table: institution, certificate, level, candidates.</summary>
    private static List<SummaryTableRow>? ReadRows(JsonFields fields, out bool ok)
    {
        ok = true;
        var items = fields.Array("rows", maxItems: Bounds.Records);
        if (items is null)
        {
            return null;
        }

        var rows = new List<SummaryTableRow>(items.Count);
        foreach (var item in items)
        {
            var row = JsonFields.Of(item, fields.File, fields.Problems, "a summary table row", fields.Subject);
            var institution = row?.String("institution", required: true);
            var certificate = row?.String("certificate", required: true);
            var level = row?.Enum("level", Vocabularies.Level.ByWire);
            var candidates = row?.Int("candidates", min: Bounds.Candidates.Min, max: Bounds.Candidates.Max);
            row?.RejectUnknown();
            if (institution is null || certificate is null)
            {
                ok = false;
                continue;
            }

            rows.Add(new SummaryTableRow { Institution = institution, CertificateCode = certificate, Level = level, Candidates = candidates });
        }

        return rows;
    }
}
