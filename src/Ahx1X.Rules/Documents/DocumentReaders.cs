using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Rules.Documents;

/// <summary>Maps each document kind's JSON to the typed requests of the facade.</summary>
internal static class DocumentReaders
{
    public static readonly IReadOnlyDictionary<string, DocumentKind> Kinds = new Dictionary<string, DocumentKind>
    {
        ["applications"] = DocumentKind.Applications,
        ["cityReviews"] = DocumentKind.CityReviews,
        ["provincialReviews"] = DocumentKind.ProvincialReviews,
        ["summaryTables"] = DocumentKind.SummaryTables,
        ["adjustments"] = DocumentKind.Adjustments,
        ["monthlyReports"] = DocumentKind.MonthlyReports,
    };

    private static readonly IReadOnlyDictionary<string, InstitutionKind> InstitutionKinds = new Dictionary<string, InstitutionKind>
    {
        ["appliedUndergraduate"] = InstitutionKind.AppliedUndergraduate,
        ["higherVocational"] = InstitutionKind.HigherVocational,
        ["secondaryVocational"] = InstitutionKind.SecondaryVocational,
        ["provincialSecondarySpecialised"] = InstitutionKind.ProvincialSecondarySpecialised,
    };

    private static readonly IReadOnlyDictionary<string, SenderKind> SenderKinds = new Dictionary<string, SenderKind>
    {
        ["cityBureau"] = SenderKind.CityBureau,
        ["appliedUndergraduate"] = SenderKind.AppliedUndergraduate,
        ["higherVocational"] = SenderKind.HigherVocational,
        ["secondaryVocational"] = SenderKind.SecondaryVocational,
        ["provincialSecondarySpecialised"] = SenderKind.ProvincialSecondarySpecialised,
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

    /// <summary>
    /// Reads every record of a document of <paramref name="kind"/>. A record with any problem of
    /// its own is left out of <paramref name="entries"/>; its problems are in the root's list.
    /// </summary>
    public static void Read(DocumentKind kind, JsonFields root, List<DocumentEntry> entries)
    {
        switch (kind)
        {
            case DocumentKind.Applications:
                foreach (var item in root.Array("institutions", required: true) ?? [])
                {
                    if (JsonFields.Of(item, root.File, root.Problems, "an institution") is { } institution)
                    {
                        ReadApplications(institution, entries);
                    }
                }

                break;
            case DocumentKind.CityReviews:
                Each(root, "reviews", "a city review", entries, review =>
                    Entry(review, ReadCityReview(review), r => r.Institution.Name, r => r.Institution.City, r => r.Application.CertificateCode));
                break;
            case DocumentKind.ProvincialReviews:
                Each(root, "reviews", "a provincial review", entries, review =>
                    Entry(review, ReadProvincialReview(review), r => r.Institution.Name, r => r.Institution.City, r => r.Application.CertificateCode));
                break;
            case DocumentKind.SummaryTables:
                Each(root, "mails", "a summary table mail", entries, mail =>
                    Entry(mail, ReadSummaryMail(mail), m => m.SenderName, m => m.SenderCity, _ => "附件3"));
                break;
            case DocumentKind.Adjustments:
                Each(root, "adjustments", "an adjustment", entries, adjustment =>
                    Entry(adjustment, ReadAdjustment(adjustment), a => a.Institution.Name, a => a.Institution.City, a => a.Approved.CertificateCode));
                break;
            case DocumentKind.MonthlyReports:
                Each(root, "checks", "a monthly reports check", entries, check =>
                    Entry(check, ReadMonthlyReports(check), c => c.Institution.Name, c => c.Institution.City, _ => "附件5"));
                break;
        }
    }

    /// <summary>Reads each record of an array; keeps it only when reading it added no problem.</summary>
    private static void Each(JsonFields root, string member, string what, List<DocumentEntry> entries, Func<JsonFields, DocumentEntry?> read)
    {
        foreach (var item in root.Array(member, required: true) ?? [])
        {
            var before = root.Problems.Items.Count;
            if (JsonFields.Of(item, root.File, root.Problems, what) is { } fields)
            {
                var entry = read(fields);
                fields.RejectUnknown();
                if (entry is not null && root.Problems.Items.Count == before)
                {
                    entries.Add(entry);
                }
            }
        }
    }

    private static DocumentEntry? Entry<T>(JsonFields fields, T? request, Func<T, string> subject, Func<T, string?> city, Func<T, string> item)
        where T : class =>
        fields.Subject is { } id && request is not null
            ? new DocumentEntry { Id = id, Subject = subject(request), City = city(request), Item = item(request), Request = request, IdToken = fields.Object["id"] }
            : null;

    private static string? Id(JsonFields fields) => fields.Subject = fields.String("id", required: true);

    private static void ReadApplications(JsonFields fields, List<DocumentEntry> entries)
    {
        var before = fields.Problems.Items.Count;
        var institution = ReadInstitution(fields);
        var applications = fields.Array("applications", required: true);
        fields.RejectUnknown();
        var institutionOk = institution is not null && fields.Problems.Items.Count == before;
        var earlier = new List<Application>();
        foreach (var item in applications ?? [])
        {
            var start = fields.Problems.Items.Count;
            var application = JsonFields.Of(item, fields.File, fields.Problems, "an application");
            if (application is null)
            {
                continue;
            }

            var id = Id(application);
            var read = ReadApplication(application);
            application.RejectUnknown();
            if (institutionOk && id is not null && read is not null && fields.Problems.Items.Count == start)
            {
                entries.Add(new DocumentEntry
                {
                    Id = id,
                    IdToken = application.Object["id"],
                    Subject = institution!.Name,
                    City = institution.City,
                    Item = read.CertificateCode,
                    Request = new ApplicationRequest { Institution = institution, Application = read, EarlierApplications = earlier.ToArray() },
                });
            }

            // A bad application still counts as applied for, so the ones after it are judged the same.
            if (read is not null)
            {
                earlier.Add(read);
            }
        }
    }

    /// <summary>Reads the institution's own members from <paramref name="fields"/> (which may hold others too).</summary>
    private static Institution? ReadInstitution(JsonFields fields)
    {
        var name = fields.String("name", required: true);
        var institution = new Institution
        {
            Name = name ?? "",
            Kind = fields.Enum("kind", InstitutionKinds),
            City = fields.String("city"),
            RegisteredOn = fields.Date("registeredOn"),
            MajorsOffered = fields.StringArray("majorsOffered"),
            OfficeMeetingApprovedOn = fields.Date("officeMeetingApprovedOn"),
            StandardsInTrainingPlan = fields.Bool("standardsInTrainingPlan"),
            FundingBudgeted = fields.Bool("fundingBudgeted"),
        };
        return name is null ? null : institution;
    }

    private static Institution? ReadInstitution(JsonFields parent, string member)
    {
        var fields = parent.Child(member, required: true);
        if (fields is null)
        {
            return null;
        }

        var institution = ReadInstitution(fields);
        fields.RejectUnknown();
        return institution;
    }

    /// <summary>Reads the application's own members from <paramref name="fields"/> (which may hold an id too).</summary>
    private static Application? ReadApplication(JsonFields fields)
    {
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
        return year is null || certificate is null ? null : application;
    }

    private static Application? ReadApplication(JsonFields parent, string member)
    {
        var fields = parent.Child(member, required: true);
        if (fields is null)
        {
            return null;
        }

        var application = ReadApplication(fields);
        fields.RejectUnknown();
        return application;
    }

    private static CityReviewRequest? ReadCityReview(JsonFields fields)
    {
        Id(fields);
        var institution = ReadInstitution(fields, "institution");
        var application = ReadApplication(fields, "application");
        var reviewedAt = fields.Moment("reviewedAt");
        return institution is null || application is null
            ? null
            : new CityReviewRequest { Institution = institution, Application = application, ReviewedAt = reviewedAt };
    }

    private static ProvincialReviewRequest? ReadProvincialReview(JsonFields fields)
    {
        Id(fields);
        var institution = ReadInstitution(fields, "institution");
        var application = ReadApplication(fields, "application");
        var reviewedAt = fields.Moment("reviewedAt");
        CityReviewRecord? cityReview = null;
        if (fields.Child("cityReview") is { } city)
        {
            cityReview = new CityReviewRecord { ReviewedAt = city.Moment("reviewedAt"), Passed = city.Bool("passed") };
            city.RejectUnknown();
        }

        return institution is null || application is null
            ? null
            : new ProvincialReviewRequest { Institution = institution, Application = application, ReviewedAt = reviewedAt, CityReview = cityReview };
    }

    private static SummaryTableMail? ReadSummaryMail(JsonFields fields)
    {
        Id(fields);
        var year = fields.Int("year", required: true, min: 2000, max: 2100);
        var sender = fields.String("senderName", required: true);
        var mail = new SummaryTableMail
        {
            Year = year ?? 0,
            SenderName = sender ?? "",
            Season = fields.Enum("season", Seasons),
            SenderKind = fields.Enum("senderKind", SenderKinds),
            SenderCity = fields.String("senderCity"),
            SentAt = fields.Moment("sentAt"),
            Sealed = fields.Bool("sealed"),
            Recipient = fields.String("recipient"),
            Subject = fields.String("subject"),
        };
        return year is null || sender is null ? null : mail;
    }

    private static AdjustmentRequest? ReadAdjustment(JsonFields fields)
    {
        Id(fields);
        var year = fields.Int("year", required: true, min: 2000, max: 2100);
        var institution = ReadInstitution(fields, "institution");
        var approved = ReadPlan(fields, "approved");
        var requested = ReadPlan(fields, "requested");
        IncreaseRequest? increase = null;
        if (fields.Child("increase") is { } found)
        {
            increase = new IncreaseRequest
            {
                PilotDepartmentAgreed = found.Bool("pilotDepartmentAgreed"),
                SchoolLeaderAgreed = found.Bool("schoolLeaderAgreed"),
                FormPresent = found.Bool("formPresent"),
                Sealed = found.Bool("sealed"),
                Recipient = found.String("recipient"),
                Subject = found.String("subject"),
            };
            found.RejectUnknown();
        }

        return year is null || institution is null || approved is null || requested is null
            ? null
            : new AdjustmentRequest { Year = year.Value, Institution = institution, Approved = approved, Requested = requested, Increase = increase };
    }

    private static ExamPlan? ReadPlan(JsonFields parent, string member)
    {
        var fields = parent.Child(member, required: true);
        if (fields is null)
        {
            return null;
        }

        var certificate = fields.String("certificate", required: true);
        var plan = new ExamPlan
        {
            CertificateCode = certificate ?? "",
            Level = fields.Enum("level", Levels),
            AssessedMajors = fields.StringArray("assessedMajors"),
            Candidates = fields.Int("candidates", min: 0, max: 100_000),
        };
        fields.RejectUnknown();
        return certificate is null ? null : plan;
    }

    /// <summary>Reports a date more than a year away from the notice's year: a typing mistake, and a check that would span centuries.</summary>
    private static bool NearYear(LocalDate date, int? year, JsonFields fields, string member)
    {
        if (year is not { } y || Math.Abs(date.Year - y) <= 1)
        {
            return true;
        }

        fields.Problems.Add(ProblemCodes.InconsistentParameters, fields.File, fields.Object[member],
            $"\"{member}\" is {Text.Format.Date(date)}, more than a year from the check's year {y}; correct the date.", fields.Subject);
        return false;
    }

    private static MonthlyReportsRequest? ReadMonthlyReports(JsonFields fields)
    {
        Id(fields);
        var year = fields.Int("year", required: true, min: 2000, max: 2100);
        var institution = ReadInstitution(fields, "institution");
        var asOf = fields.Date("asOf", required: true);
        var approvals = new List<Approval>();
        var ok = true;
        foreach (var item in fields.Array("approvals", required: true) ?? [])
        {
            var approval = JsonFields.Of(item, fields.File, fields.Problems, "an approval");
            var certificate = approval?.String("certificate", required: true);
            var approvedOn = approval?.Date("approvedOn", required: true);
            approval?.RejectUnknown();
            if (certificate is null || approvedOn is null)
            {
                ok = false;
                continue;
            }

            if (!NearYear(approvedOn.Value, year, approval!, "approvedOn"))
            {
                ok = false;
                continue;
            }

            approvals.Add(new Approval(certificate, approvedOn.Value));
        }

        var reported = new List<YearMonth>();
        foreach (var item in fields.Array("reported", required: true) ?? [])
        {
            if (item.Type == JTokenType.String && YearMonthPattern.Iso.Parse((string)item!) is { Success: true } month)
            {
                reported.Add(month.Value);
            }
            else
            {
                fields.Problems.Add(ProblemCodes.InvalidValue, fields.File, item,
                    $"Each item of \"reported\" must be a month written yyyy-MM (such as \"2024-05\"), found {JsonFields.Describe(item)}.", fields.Subject);
                ok = false;
            }
        }

        if (asOf is { } checkedOn && !NearYear(checkedOn, year, fields, "asOf"))
        {
            ok = false;
        }
        else if (asOf is { } date && approvals.Count > 0 && approvals.Min(a => a.ApprovedOn) > date)
        {
            fields.Problems.Add(ProblemCodes.InconsistentParameters, fields.File, fields.Object["asOf"],
                "\"asOf\" is before the first approval; no report can be due yet. Check the dates.", fields.Subject);
            ok = false;
        }

        return !ok || year is null || institution is null || asOf is null
            ? null
            : new MonthlyReportsRequest { Year = year.Value, Institution = institution, AsOf = asOf.Value, Approvals = approvals, Reported = reported };
    }
}
