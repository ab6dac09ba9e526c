using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Documents;

/// <summary>Holds one application read from a document, with the id the document gave it.</summary>
/// <param name="Id">The document's id for the application, unique in the document.</param>
/// <param name="Request">The application, its institution and the institution's earlier applications in the document.</param>
public sealed record ApplicationEntry(string Id, ApplicationRequest Request);

/// <summary>
/// Reads an applications document: institutions, each with its applications (<c>"kind": "applications"</c>).
/// Every problem is reported with its JSON path, line and column; a fact given as null or left
/// out is not an error, it is a missing fact the rules report.
/// </summary>
public sealed class ApplicationDocument
{
    /// <summary>The value of <c>kind</c> that marks an applications document.</summary>
    public const string Kind = "applications";

    private static readonly IReadOnlyDictionary<string, InstitutionKind> InstitutionKinds = new Dictionary<string, InstitutionKind>
    {
        ["appliedUndergraduate"] = InstitutionKind.AppliedUndergraduate,
        ["higherVocational"] = InstitutionKind.HigherVocational,
        ["secondaryVocational"] = InstitutionKind.SecondaryVocational,
        ["provincialSecondarySpecialised"] = InstitutionKind.ProvincialSecondarySpecialised,
    };

    private static readonly IReadOnlyDictionary<string, CertificateLevel> Levels = new Dictionary<string, CertificateLevel>
    {
        ["junior"] = CertificateLevel.Junior,
        ["intermediate"] = CertificateLevel.Intermediate,
        ["senior"] = CertificateLevel.Senior,
    };

    private static readonly IReadOnlyDictionary<string, Season> Seasons = new Dictionary<string, Season>
    {
        ["spring"] = Season.Spring,
        ["autumn"] = Season.Autumn,
    };

    private ApplicationDocument(string source, IReadOnlyList<ApplicationEntry> applications)
    {
        Source = source;
        Applications = applications;
    }

    /// <summary>Gets where the document came from.</summary>
    public string Source { get; }

    /// <summary>Gets the applications, in document order.</summary>
    public IReadOnlyList<ApplicationEntry> Applications { get; }

    /// <summary>Reads an applications document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="DocumentException">The file cannot be read or is not a valid applications document; lists every problem.</exception>
    public static ApplicationDocument Load(string path) => Parse(DocumentFile.Read(path), path);

    /// <summary>Parses an applications document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to use in messages, usually the file path.</param>
    /// <exception cref="DocumentException">The text is not a valid applications document; lists every problem.</exception>
    public static ApplicationDocument Parse(string json, string source)
    {
        var problems = new ProblemList();
        var root = JsonFields.Of(JsonText.Parse(json, source, problems), source, problems, "an applications document");
        var entries = new List<ApplicationEntry>();
        if (root is not null)
        {
            var kind = root.String("kind", required: true);
            if (kind is not null && kind != Kind)
            {
                problems.Add(ProblemCodes.InvalidValue, source, root.Object["kind"], $"\"kind\" is \"{kind}\"; this reader takes \"{Kind}\" documents.");
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in root.Array("institutions", required: true) ?? [])
            {
                ReadInstitution(item, source, problems, ids, entries);
            }

            root.RejectUnknown();
        }

        return problems.HasAny ? throw new DocumentException(problems.Items) : new ApplicationDocument(source, entries);
    }

    private static void ReadInstitution(JToken item, string source, ProblemList problems, HashSet<string> ids, List<ApplicationEntry> entries)
    {
        var fields = JsonFields.Of(item, source, problems, "an institution");
        if (fields is null)
        {
            return;
        }

        var name = fields.String("name", required: true);
        fields.Subject = name;
        var institution = name is null ? null : new Institution
        {
            Name = name,
            Kind = fields.Enum("kind", InstitutionKinds),
            City = fields.String("city"),
            RegisteredOn = fields.Date("registeredOn"),
            MajorsOffered = fields.StringArray("majorsOffered"),
            OfficeMeetingApprovedOn = fields.Date("officeMeetingApprovedOn"),
            StandardsInTrainingPlan = fields.Bool("standardsInTrainingPlan"),
            FundingBudgeted = fields.Bool("fundingBudgeted"),
        };
        var applications = fields.Array("applications", required: true);
        fields.RejectUnknown();

        var earlier = new List<Application>();
        foreach (var entry in applications ?? [])
        {
            var (id, application) = ReadApplication(entry, source, problems);
            if (id is not null && !ids.Add(id))
            {
                problems.Add(ProblemCodes.Duplicate, source, entry["id"], $"The id \"{id}\" is used twice; give each application its own id.", id);
            }

            if (institution is not null && id is not null && application is not null)
            {
                entries.Add(new ApplicationEntry(id, new ApplicationRequest
                {
                    Institution = institution,
                    Application = application,
                    EarlierApplications = earlier.ToArray(),
                }));
                earlier.Add(application);
            }
        }
    }

    private static (string? Id, Application? Application) ReadApplication(JToken item, string source, ProblemList problems)
    {
        var fields = JsonFields.Of(item, source, problems, "an application");
        if (fields is null)
        {
            return (null, null);
        }

        var id = fields.String("id", required: true);
        fields.Subject = id;
        var year = fields.Int("year", required: true, min: 2000, max: 2100);
        var certificate = fields.String("certificate", required: true);
        var application = new Application
        {
            Year = year ?? 0,
            CertificateCode = certificate ?? "",
            Level = fields.Enum("level", Levels),
            AssessedMajors = fields.StringArray("assessedMajors"),
            Candidates = fields.Int("candidates", min: 0, max: 100_000),
            Season = fields.Enum("season", Seasons),
            SubmittedAt = fields.Moment("submittedAt"),
            JustificationPresent = fields.Bool("justificationPresent"),
            FormPresent = fields.Bool("formPresent"),
        };
        fields.RejectUnknown();
        return (id, year is null || certificate is null ? null : application);
    }
}
