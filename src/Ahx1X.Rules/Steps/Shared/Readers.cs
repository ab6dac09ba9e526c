using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Rules.Steps;

/// <summary>Reads the parts records of several steps share: institutions, applications, exam plans, and arrays of records.</summary>
internal static class Readers
{
    /// <summary>Reads each record of the array <paramref name="member"/>; keeps it only when reading it added no problem.</summary>
    public static void Each<TRequest>(JsonFields root, string member, string what, RecordList records,
        Func<JsonFields, TRequest?> read, Func<TRequest, (string Subject, string? City, string Item)> describe)
        where TRequest : class
    {
        var first = records.Count;
        var items = root.Items(member, required: true, maxItems: Bounds.Records);
        foreach (var item in items)
        {
            var before = root.Problems.Items.Count;
            if (JsonFields.Of(item, root.File, root.Problems, what) is not { } fields)
            {
                continue;
            }

            var id = Id(fields);
            var request = read(fields);
            fields.RejectUnknown();
            if (id is not null && request is not null && root.Problems.Items.Count == before)
            {
                var (subject, city, what2) = describe(request);
                records.Add(new StepRecord(id, RecordPlace.Of(fields.Object, fields.Object["id"]!), subject, city, what2, request));
            }

            records.HandOnIfMany();
        }

        if (items.TooMany)
        {
            // An array past the bound gives no records, as when it is read whole.
            records.RemoveFrom(first);
        }
    }

    /// <summary>Reads the record's id, which also names the record in its problems.</summary>
    public static string? Id(JsonFields fields) => fields.Subject = fields.String("id", required: true);

    public static int? Year(JsonFields fields) => fields.Int("year", required: true, min: Bounds.Year.Min, max: Bounds.Year.Max);

    public static LocalDate? Date(JsonFields fields, string name, bool required = false) =>
        fields.Date(name, required, Bounds.Dates.Min, Bounds.Dates.Max);

    /// <summary>Reads a date, or a date-time with its offset taken to its Asia/Shanghai date, within <see cref="Bounds.Dates"/>.</summary>
    public static Moment? Moment(JsonFields fields, string name)
    {
        var moment = fields.Parsed(name, text => Model.Moment.Parse(text, out _),
            "a date (\"2024-03-22\") or a date-time with its offset (\"2024-03-22T09:30:00+08:00\" or \"2024-03-22T01:30:00Z\")");
        return moment is null || fields.DateWithin(name, moment.Date, Bounds.Dates.Min, Bounds.Dates.Max) ? moment : null;
    }

    /// <summary>Reads the institution's own members from <paramref name="fields"/> (which may hold others too).</summary>
    public static Institution? Institution(JsonFields fields)
    {
        var name = fields.String("name", required: true);
        var institution = new Institution
        {
            Name = name ?? "",
            Kind = fields.Enum("kind", Vocabularies.InstitutionKind.ByWire),
            City = fields.String("city"),
            Registered = fields.Bool("registered"),
            RegisteredOn = Date(fields, "registeredOn"),
            MajorsOffered = fields.StringArray("majorsOffered", maxItems: Bounds.ListItems),
            OfficeMeetingApprovedOn = Date(fields, "officeMeetingApprovedOn"),
            StandardsInTrainingPlan = fields.Bool("standardsInTrainingPlan"),
            FundingBudgeted = fields.Bool("fundingBudgeted"),
        };
        if (institution is { Registered: false, RegisteredOn: not null })
        {
            fields.Problems.Add(ProblemCodes.InconsistentParameters, fields.File, fields.Object["registered"],
                RequestProblems.NotRegisteredButDated, fields.Subject);
            return null;
        }

        return name is null ? null : institution;
    }

    public static Institution? Institution(JsonFields parent, string member) => Child(parent, member, Institution);

    /// <summary>Reads the application's own members from <paramref name="fields"/> (which may hold an id too).</summary>
    public static Application? Application(JsonFields fields)
    {
        var year = Year(fields);
        var certificate = fields.String("certificate", required: true);
        var application = new Application
        {
            Year = year ?? 0,
            CertificateCode = certificate ?? "",
            Level = fields.Enum("level", Vocabularies.Level.ByWire),
            AssessedMajors = fields.StringArray("assessedMajors", maxItems: Bounds.ListItems),
            Candidates = fields.Int("candidates", min: Bounds.Candidates.Min, max: Bounds.Candidates.Max),
            Season = fields.Enum("season", Vocabularies.Season.ByWire),
            SubmittedAt = Moment(fields, "submittedAt"),
            JustificationPresent = fields.Bool("justificationPresent"),
            FormPresent = fields.Bool("formPresent"),
        };
        return year is null || certificate is null ? null : application;
    }

    public static Application? Application(JsonFields parent, string member) => Child(parent, member, Application);

    public static ExamPlan? Plan(JsonFields parent, string member) => Child(parent, member, fields =>
    {
        var certificate = fields.String("certificate", required: true);
        var plan = new ExamPlan
        {
            CertificateCode = certificate ?? "",
            Level = fields.Enum("level", Vocabularies.Level.ByWire),
            AssessedMajors = fields.StringArray("assessedMajors", maxItems: Bounds.ListItems),
            Candidates = fields.Int("candidates", min: Bounds.Candidates.Min, max: Bounds.Candidates.Max),
        };
        return certificate is null ? null : plan;
    });

    /// <summary>Reports a date more than a year away from the check's year: a typing mistake, and a check that would span centuries.</summary>
    public static bool NearYear(LocalDate date, int? year, JsonFields fields, string member)
    {
        if (year is not { } y || Math.Abs(date.Year - y) <= Bounds.YearsFromCheck)
        {
            return true;
        }

        fields.Problems.Add(ProblemCodes.InconsistentParameters, fields.File, fields.Object[member],
            $"\"{member}\" is {Text.Format.Date(date)}, more than a year from the check's year {y}; correct the date.", fields.Subject);
        return false;
    }

    private static T? Child<T>(JsonFields parent, string member, Func<JsonFields, T?> read)
        where T : class
    {
        var fields = parent.Child(member, required: true);
        if (fields is null)
        {
            return null;
        }

        var value = read(fields);
        fields.RejectUnknown();
        return value;
    }
}
