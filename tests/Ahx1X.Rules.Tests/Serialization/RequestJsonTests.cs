using System.Text.Json;
using System.Text.Json.Nodes;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Ahx1X.Rules.Tests.Serialization.ContractJson;

namespace Ahx1X.Rules.Tests.Serialization;

/// <summary>
/// Typed requests read and write as documents do: every request type round-trips, a shipped
/// sample record reads as the request the document reader makes, and bad JSON is refused at its path.
/// </summary>
public class RequestJsonTests
{
    private static readonly Institution School = new()
    {
        Name = "蚌埠示范中等职业学校",
        Kind = InstitutionKind.SecondaryVocational,
        City = "蚌埠",
        RegisteredOn = new LocalDate(2021, 5, 10),
        MajorsOffered = ["物流服务与管理"],
        OfficeMeetingApprovedOn = new LocalDate(2024, 3, 12),
        StandardsInTrainingPlan = true,
        FundingBudgeted = false,
    };

    private static readonly Application Full = new()
    {
        Year = 2024,
        CertificateCode = "B1-LOG",
        Level = CertificateLevel.Intermediate,
        AssessedMajors = ["物流服务与管理"],
        Candidates = 45,
        Season = Season.Spring,
        SubmittedAt = Moment.FromOffsetDateTime(new LocalDateTime(2024, 4, 2, 23, 30).WithOffset(Offset.FromHours(8))),
        JustificationPresent = true,
        FormPresent = true,
    };

    private static readonly Application Bare = new() { Year = 2024, CertificateCode = "B1-LOG" };

    private static readonly ExamPlan Plan = new() { CertificateCode = "B1-LOG", Level = CertificateLevel.Junior, AssessedMajors = ["物流服务与管理"], Candidates = 40 };

    public static TheoryData<string, object> EveryRequest() => new()
    {
        { "application, every member", new ApplicationRequest { Institution = School, Application = Full, EarlierApplications = [Bare] } },
        { "application, members left out", new ApplicationRequest { Institution = new() { Name = "x" }, Application = Bare } },
        { "city review", new CityReviewRequest { Institution = School, Application = Bare, ReviewedAt = new LocalDate(2024, 4, 5) } },
        { "provincial review", new ProvincialReviewRequest { Institution = School, Application = Bare, ReviewedAt = Instant.FromUtc(2024, 4, 3, 1, 30), CityReview = new() { ReviewedAt = new LocalDate(2024, 4, 3), Passed = true } } },
        { "provincial review, no city review", new ProvincialReviewRequest { Institution = School, Application = Bare } },
        { "summary table", new SummaryTableMail { Year = 2024, Season = Season.Autumn, SenderName = "蚌埠市教育局", SenderKind = SenderKind.CityBureau, SenderCity = "蚌埠", SentAt = new LocalDate(2024, 9, 21), Sealed = true, Recipient = MailRecipient.ToMailbox("ahxzsbggs@126.com"), Subject = "蚌埠市教育局2024年证书申报" } },
        { "summary table to a city bureau, with its rows", new SummaryTableMail { Year = 2024, Season = Season.Spring, SenderName = "蚌埠示范中等职业学校", SenderKind = SenderKind.SecondaryVocational, SenderCity = "蚌埠", Recipient = MailRecipient.ToCityBureau("蚌埠"), Rows = [new SummaryTableRow { Institution = "蚌埠示范中等职业学校", CertificateCode = "B1-LOG", Level = CertificateLevel.Junior, Candidates = 40 }] } },
        { "city review naming its reviewer, by a school known not to be registered", new CityReviewRequest { Institution = School with { Registered = false, RegisteredOn = null }, Application = Bare, ReviewerCity = "蚌埠" } },
        { "adjustment", new AdjustmentRequest { Year = 2024, Institution = School, Approved = Plan, Requested = Plan with { Candidates = 55 }, Increase = new() { PilotDepartmentAgreed = true, SchoolLeaderAgreed = false, FormPresent = true, Sealed = null, Recipient = "ahxzsbg@126.com", Subject = "s" } } },
        { "adjustment, no increase", new AdjustmentRequest { Year = 2024, Institution = School, Approved = Plan, Requested = new() { CertificateCode = "B1-LOG" } } },
        { "monthly reports", new MonthlyReportsRequest { Year = 2024, Institution = School, Approvals = [new Approval("B1-LOG", new LocalDate(2024, 4, 9))], Reported = [new YearMonth(2024, 5), new YearMonth(2024, 7)], AsOf = new LocalDate(2024, 10, 31) } },
    };

    [Theory]
    [MemberData(nameof(EveryRequest))]
    public void Request_WrittenAndReadBack_IsTheSameAndPassesTheRequestSchema(string name, object request)
    {
        var json = JsonSerializer.Serialize(request, request.GetType(), Ahx1XJson.Options);
        var again = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, request.GetType(), Ahx1XJson.Options), request.GetType(), Ahx1XJson.Options);

        Assert.Equal(json, again);
        Assert.True(Problems(json, "request.schema.json").Length == 0, $"{name}: {Problems(json, "request.schema.json")}\n{json}");
        Assert.Equal("", Problems(json, "request.schema.json", DefinitionOf(request.GetType())));
    }

    [Theory]
    [InlineData("""{ "institution": { "name": "x" }, "application": { "year": 2024, "certificateCode": "B1" } }""", "/application")]
    [InlineData("""{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1", "submittedAt": "2024-04-02 10:00" } }""", "/application/submittedAt")]
    [InlineData("""{ "institution": { "name": "x", "kind": "college" }, "application": { "year": 2024, "certificate": "B1" } }""", "/institution/kind")]
    public void RequestTheReaderRefuses_FailsItsSchemaDefinitionThere(string json, string location)
    {
        Assert.Throws<JsonException>(() => Read<ApplicationRequest>(json));
        Assert.Contains(location + ":", Problems(json, "request.schema.json", DefinitionOf(typeof(ApplicationRequest))), StringComparison.Ordinal);
    }

    [Fact]
    public void Application_IsWrittenAsDocumentsWriteIt()
    {
        var json = JsonNode.Parse(Write(Full))!;

        Assert.Equal("B1-LOG", (string)json["certificate"]!);
        Assert.Null(json.AsObject()["certificateCode"]);
        Assert.Equal("intermediate", (string)json["level"]!);
        Assert.Equal("spring", (string)json["season"]!);
        Assert.Equal("2024-04-02T23:30:00+08:00", (string)json["submittedAt"]!);
        Assert.Equal("2021-05-10", (string)JsonNode.Parse(Write(School))!["registeredOn"]!);
        Assert.Equal("secondaryVocational", (string)JsonNode.Parse(Write(School))!["kind"]!);
        Assert.Equal("""["2024-05"]""", JsonNode.Parse(Write(new MonthlyReportsRequest { Year = 2024, Institution = School, Approvals = [], Reported = [new YearMonth(2024, 5)], AsOf = new LocalDate(2024, 5, 1) }))!["reported"]!.ToJsonString());
    }

    [Fact]
    public void Moment_ReadFromUtc_KeepsTheInstantAndTakesItsShanghaiDate()
    {
        var late = Read<CityReviewRecord>("""{ "reviewedAt": "2024-04-05T20:00:00Z" }""").ReviewedAt!;

        Assert.Equal(new LocalDate(2024, 4, 6), late.Date);
        Assert.Equal(Instant.FromUtc(2024, 4, 5, 20, 0), late.Instant);
        Assert.Equal("2024-04-06T04:00:00+08:00", (string)JsonNode.Parse(Write(new CityReviewRecord { ReviewedAt = late }))!["reviewedAt"]!);
        Assert.Equal(Moment.FromDate(new LocalDate(2024, 4, 5)), Read<CityReviewRecord>("""{ "reviewedAt": "2024-04-05" }""").ReviewedAt);
    }

    /// <summary>Any application, with any optional member left null, and its moment a date or an instant, comes back the same.</summary>
    [Property(MaxTest = 200)]
    public Property Application_AnyValues_RoundTrip() =>
        Prop.ForAll(Arb.From(Applications), application =>
        {
            var (first, again) = RoundTrip(application);
            var read = Read<Application>(first);
            return first == again && read with { AssessedMajors = application.AssessedMajors } == application;
        });

    private static readonly Gen<Application> Applications =
        from year in Gen.Choose(2000, 2100)
        from code in Gen.Elements("B1-WEB", "B2-TAX", "证书-1", "a\"b\\c\u0001")
        from level in Gen.Elements<CertificateLevel?>([null, .. Enum.GetValues<CertificateLevel>().Cast<CertificateLevel?>()])
        from season in Gen.Elements<Season?>([null, .. Enum.GetValues<Season>().Cast<Season?>()])
        from candidates in Gen.Elements<int?>(null, 0, 1, 45, int.MaxValue, -1)
        from majors in Gen.Elements<IReadOnlyList<string>?>(null, [], ["软件技术", "大数据与会计"])
        from flags in Gen.Elements<bool?>(null, true, false).Two()
        from seconds in Gen.Choose(0, int.MaxValue)
        from asDate in Gen.Elements(true, false, false)
        let instant = Instant.FromUtc(2000, 1, 1, 0, 0) + Duration.FromSeconds(seconds)
        select new Application
        {
            Year = year,
            CertificateCode = code,
            Level = level,
            Season = season,
            Candidates = candidates,
            AssessedMajors = majors,
            JustificationPresent = flags.Item1,
            FormPresent = flags.Item2,
            SubmittedAt = seconds % 5 == 0 ? null : asDate ? Moment.FromDate(instant.InUtc().Date) : Moment.FromInstant(instant),
        };

    public static TheoryData<string> RecordDocuments() => new()
    {
        "samples/documents/city-reviews.json",
        "samples/documents/provincial-reviews.json",
        "samples/documents/summary-tables.json",
        "samples/documents/adjustments.json",
        "samples/documents/monthly-reports.json",
    };

    [Theory]
    [MemberData(nameof(RecordDocuments))]
    public void SampleRecord_ReadAsATypedRequest_IsTheRequestTheDocumentReaderMakes(string document)
    {
        var entries = Document.Load(Demo.Repository.PathOf(document)).Entries.ToDictionary(e => e.Id);

        foreach (var (id, record) in Records(document))
        {
            var type = entries[id].Request.GetType();
            var typed = record.Deserialize(type, Ahx1XJson.Options)!;

            Assert.Equal(JsonSerializer.Serialize(entries[id].Request, type, Ahx1XJson.Options), JsonSerializer.Serialize(typed, type, Ahx1XJson.Options));
            Assert.True(Problems(record.ToJsonString(), "request.schema.json", DefinitionOf(type)).Length == 0, $"{id}: {Problems(record.ToJsonString(), "request.schema.json", DefinitionOf(type))}");
        }
    }

    [Fact]
    public void SampleCityReview_ReadAsATypedRequest_IsJudgedAsTheDocumentIs()
    {
        var (id, record) = Records("samples/documents/city-reviews.json").First(r => r.Id == "CITY-LATE-0406");

        var request = record.Deserialize<CityReviewRequest>(Ahx1XJson.Options)!;

        Assert.Equal("蚌埠示范中等职业学校", request.Institution.Name);
        Assert.Equal(InstitutionKind.SecondaryVocational, request.Institution.Kind);
        Assert.Equal("B1-LOG", request.Application.CertificateCode);
        Assert.Equal(Moment.FromDate(new LocalDate(2024, 4, 6)), request.ReviewedAt);
        var fromDocument = Document.Load(Demo.Repository.PathOf("samples/documents/city-reviews.json")).Entries.Single(e => e.Id == id).EvaluateWith(StepData.Engine);
        Assert.Equal(Write(fromDocument), Write(StepData.Engine.EvaluateCityReview(request)));
    }

    public static TheoryData<string, string, string> BadRequests() => new()
    {
        { """{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1", "nickname": 1 } }""", "$.application.nickname", "nickname" },
        { """{ "institution": { "name": "x", "Kind": "higherVocational" }, "application": { "year": 2024, "certificate": "B1" } }""", "$.institution.Kind", "Kind" },
        { """{ "institution": { "name": "x" }, "application": { "year": 2024 } }""", "$.application", "certificate" },
        { """{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1", "candidates": "45" } }""", "$.application.candidates", "" },
        { """{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1", "level": 2 } }""", "$.application.level", "junior" },
        { """{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1", "season": "Spring" } }""", "$.application.season", "\"spring\"" },
        { """{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1", "submittedAt": "2024-04-02 10:00" } }""", "$.application.submittedAt", "offset" },
        { """{ "institution": { "name": null }, "application": { "year": 2024, "certificate": "B1" } }""", "$.institution.name", "name" },
        { """{ "institution": { "name": "x" }, "application": { "year": 2024, "certificate": "B1" }, "earlierApplications": null }""", "$.earlierApplications", "earlierApplications" },
        { """{ "institution": { "name": "x", "name": "y" }, "application": { "year": 2024, "certificate": "B1" } }""", "$.institution", "name" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void BadRequest_IsRefusedAtItsPath(string json, string path, string named)
    {
        var refused = Assert.Throws<JsonException>(() => Read<ApplicationRequest>(json));

        Assert.StartsWith(path, refused.Path ?? "", StringComparison.Ordinal);
        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigureForAhx1X_OnWebDefaults_ReadsStrictly()
    {
        // What ASP.NET Core starts from: case-insensitive names and numbers read from strings.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() }.ConfigureForAhx1X();

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ExamPlan>("""{ "certificate": "B1", "candidates": "40" }""", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ExamPlan>("""{ "Certificate": "B1" }""", options));
        Assert.Equal(Plan, JsonSerializer.Deserialize<ExamPlan>(JsonSerializer.Serialize(Plan, options), options)! with { AssessedMajors = Plan.AssessedMajors });
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(Ahx1XJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => Ahx1XJson.Options.ConfigureForAhx1X());
    }
}
