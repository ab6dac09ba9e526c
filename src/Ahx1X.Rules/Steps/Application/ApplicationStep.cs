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

    public override void Read(JsonFields root, List<StepRecord> records)
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
        }

        if (institutions.TooMany)
        {
            // An array past the bound gives no records, as when it is read whole.
            records.RemoveRange(first, records.Count - first);
        }
    }

    internal override ApplicationScope ScopeOf(ApplicationRequest request, StepContext context)
    {
        var application = request.Application;
        if (application.AssessedMajors is { Count: 0 })
        {
            // A plan names its 考核专业: an empty list is not yet known, never "all of nothing is offered" (SCALE-05).
            application = application with { AssessedMajors = null };
        }

        return new ApplicationScope
        {
            Institution = request.Institution,
            Application = application,
            Certificate = context.Catalogue.Find(application.CertificateCode),
            History = new ApplicationHistory(ApplicationHistoryIndex.SameCertificateLevelSeason(request.EarlierApplications, application)),
            Season = context.SeasonOf(application.Season),
            Edition = context.Edition,
        };
    }

    /// <summary>Reads one institution and its applications; each application sees those before it as earlier ones.</summary>
    private static void ReadInstitution(JsonFields fields, List<StepRecord> records, Dictionary<string, ApplicationHistoryIndex> histories)
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
