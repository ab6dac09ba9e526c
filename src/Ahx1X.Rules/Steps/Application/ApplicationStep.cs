using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// An institution's application for one certificate (notice 一, 二, 三.1, 四, 六): SCOPE-01,
/// SCALE-01..05, TIME-01, PROC-01, REQ-01..03. Rules: <c>rules/2024/workflows/application.json</c>.
/// </summary>
internal sealed class ApplicationStep(int index)
    : ApplicationRecordStep<ApplicationRequest, ApplicationScope>(index, "Application", DocumentKind.Applications, "applications")
{
    protected override Institution InstitutionOf(ApplicationRequest request) => request.Institution;

    protected override Application ApplicationOf(ApplicationRequest request) => request.Application;

    protected override void CheckOwn(ApplicationRequest request, RequestProblems problems)
    {
        problems.Present("$.earlierApplications", request.EarlierApplications);
        if (ApplicationHistoryIndex.WasRead(request.EarlierApplications))
        {
            // A document's reader checked every earlier application as it read it.
            return;
        }

        for (var i = 0; i < (request.EarlierApplications?.Count ?? 0); i++)
        {
            problems.Application($"$.earlierApplications[{i}]", request.EarlierApplications![i]);
        }
    }

    /// <summary>An institution's own application or reports answer to the office of its kind.</summary>
    public override ContactRole? ContactFor(ApplicationRequest request) => ContactForKind(request.Institution.Kind);

    public override void Read(JsonFields root, RecordList records)
    {
        // SCALE-02 counts over the whole document: one institution listed twice, by name, is still one.
        var histories = new Dictionary<string, ApplicationHistoryIndex>(StringComparer.Ordinal);
        var first = records.Count;

        // In a document read as a stream, each institution is read from the text when its turn
        // comes, with its applications, and left once they are read.
        var institutions = root.Items("institutions", required: true, maxItems: Bounds.Records);
        foreach (var item in institutions)
        {
            if (JsonFields.Of(item, root.File, root.Problems, "an institution") is { } institution)
            {
                ReadInstitution(institution, records, histories);
            }

            records.HandOnIfMany();
        }

        if (institutions.TooMany)
        {
            // An array past the bound gives no records, as when it is read whole.
            records.RemoveFrom(first);
        }
    }

    internal override ApplicationScope ScopeOf(ApplicationRequest request, StepContext context) => Fill(new ApplicationScope(), request, context);

    /// <summary>
    /// Runs the rules as <see cref="Step{TRequest, TScope}.Run"/> does, on this thread's spare scope
    /// when it has one: an accepted application then allocates nothing. A finding keeps the scope it
    /// saw (its text is rendered when first read), so a scope goes back to the thread only when the
    /// run gave none; otherwise the next run on the thread builds a new one.
    /// </summary>
    public override StepOutcome Run(CompiledWorkflow<ApplicationScope> workflow, ApplicationRequest request, StepContext context, bool explain)
    {
        if (explain)
        {
            return base.Run(workflow, request, context, explain);
        }

        var scope = TakeSpare(request, context);
        var findings = workflow.Evaluate(scope, ContactOf(request, context));
        if (findings.Count == 0)
        {
            t_spare = scope;
        }

        return new StepOutcome(findings, []);
    }

    /// <summary>Checks the request's rules as <see cref="CompiledWorkflow{TScope}.Check"/> does, on this thread's spare scope: a <see cref="CheckResult"/> keeps no scope.</summary>
    internal CheckResult Check(CompiledWorkflow<ApplicationScope> workflow, ApplicationRequest request, StepContext context)
    {
        var scope = TakeSpare(request, context);
        var result = workflow.Check(scope);
        t_spare = scope;
        return result;
    }

    // Taken (set to null) while in use, so a run that throws or is re-entered on the same thread never shares it.
    [ThreadStatic]
    private static ApplicationScope? t_spare;

    private static ApplicationScope TakeSpare(ApplicationRequest request, StepContext context)
    {
        var spare = t_spare ?? new ApplicationScope();
        t_spare = null;
        return Fill(spare, request, context);
    }

    private static ApplicationScope Fill(ApplicationScope scope, ApplicationRequest request, StepContext context)
    {
        var application = request.Application;
        if (application.AssessedMajors is { Count: 0 })
        {
            // A plan names its 考核专业: an empty list is not yet known, never "all of nothing is offered" (SCALE-05).
            application = application with { AssessedMajors = null };
        }

        return scope.Fill(
            request.Institution,
            application,
            context.Catalogue.Find(application.CertificateCode),
            new ApplicationHistory(ApplicationHistoryIndex.SameCertificateLevelSeason(request.EarlierApplications, application)),
            context.SeasonOf(application.Season),
            context.Edition);
    }

    private static void ReadInstitution(JsonFields fields, RecordList records, Dictionary<string, ApplicationHistoryIndex> histories)
    {
        var before = fields.Problems.Items.Count;
        var institution = Readers.Institution(fields);
        var applications = fields.Array("applications", required: true, maxItems: Bounds.Records);
        fields.RejectUnknown();
        var institutionOk = institution is not null && fields.Problems.Items.Count == before;
        var earlier = new ApplicationHistoryIndex();
        if (institution is not null && !histories.TryAdd(institution.Name, earlier))
        {
            earlier = histories[institution.Name];
        }
        foreach (var item in applications ?? [])
        {
            var start = fields.Problems.Items.Count;
            var application = JsonFields.Of(item, fields.File, fields.Problems, "an application");
            if (application is null)
            {
                continue;
            }

            var id = Readers.Id(application);
            var read = Readers.Application(application);
            application.RejectUnknown();
            if (institutionOk && id is not null && read is not null && fields.Problems.Items.Count == start)
            {
                var request = new ApplicationRequest { Institution = institution!, Application = read, EarlierApplications = earlier.SoFar() };
                records.Add(new StepRecord(id, RecordPlace.Of(application.Object, application.Object["id"]!), institution!.Name, institution.City, read.CertificateCode, request));
            }

            // A bad application still counts as applied for, so the ones after it are judged the same.
            if (read is not null)
            {
                earlier.Add(read);
            }
        }
    }
}
