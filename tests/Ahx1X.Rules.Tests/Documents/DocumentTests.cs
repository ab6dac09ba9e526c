using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Documents;

/// <summary>Reads the shipped sample documents and malformed ones.</summary>
public class DocumentTests
{
    private static string SamplesDirectory => Demo.Repository.PathOf(Path.Combine("samples", "documents"));

    private static Document Sample(string file)
    {
        var path = Path.Combine(SamplesDirectory, file);
        return Document.Parse(File.ReadAllText(path), path);
    }

    private static EvaluationResult Evaluate(string file, string id) =>
        Assert.Single(Sample(file).Entries, e => e.Id == id).EvaluateWith(Engine);

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(SamplesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void SamplesDirectory_Exists_HoldsEveryKindOfDocument()
    {
        var kinds = Directory.GetFiles(SamplesDirectory, "*.json")
            .Select(path => Document.Parse(File.ReadAllText(path), path).Kind)
            .ToHashSet();

        Assert.Equal(Enum.GetValues<DocumentKind>().ToHashSet(), kinds);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Parse_ShippedSample_EveryEntryEvaluatesWithoutException(string file)
    {
        var document = Sample(file);

        Assert.NotEmpty(document.Entries);
        Assert.Equal(document.Entries.Count, document.Entries.Select(e => e.Id).Distinct().Count());
        foreach (var entry in document.Entries)
        {
            var result = entry.EvaluateWith(Engine);
            Assert.Equal(2024, result.Edition);
            Assert.Equal(EvaluationResult.OutcomeOf(result.Findings), result.Outcome);
            Assert.All(result.Findings, f => Assert.Contains(f.ClauseId, result.ClausesEvaluated));
        }
    }

    [Theory]
    [InlineData("applications-accepted.json", Outcome.Accepted)]
    [InlineData("applications-warned.json", Outcome.AcceptedWithWarnings)]
    [InlineData("applications-rejected.json", Outcome.Rejected)]
    [InlineData("applications-indeterminate.json", Outcome.Indeterminate)]
    public void Parse_ApplicationSample_EveryEntryHasTheOutcomeItsFileNames(string file, Outcome expected)
    {
        foreach (var entry in Sample(file).Entries)
        {
            var result = entry.EvaluateWith(Engine);
            Assert.True(result.Outcome == expected, $"{entry.Id}: {result.DescribeStep()}");
        }
    }

    [Theory]
    [InlineData("city-reviews.json", "CITY-PASS-0405", Outcome.Accepted)]
    [InlineData("city-reviews.json", "CITY-LATE-0406", Outcome.Rejected)]
    [InlineData("city-reviews.json", "CITY-NOT-A-STEP", Outcome.NotApplicable)]
    [InlineData("provincial-reviews.json", "PROV-PASS", Outcome.Accepted)]
    [InlineData("provincial-reviews.json", "PROV-BEFORE-CITY", Outcome.Rejected)]
    [InlineData("provincial-reviews.json", "PROV-NO-CITY", Outcome.Rejected)]
    [InlineData("provincial-reviews.json", "PROV-COLLEGE-LATE", Outcome.Rejected)]
    [InlineData("summary-tables.json", "SUM-CITY-OK", Outcome.Accepted)]
    [InlineData("summary-tables.json", "SUM-COLLEGE-WRONG", Outcome.Rejected)]
    [InlineData("summary-tables.json", "SUM-SECONDARY-DIRECT", Outcome.Rejected)]
    [InlineData("adjustments.json", "ADJ-INCREASE-OK", Outcome.Accepted)]
    [InlineData("adjustments.json", "ADJ-INCREASE-BROKEN", Outcome.Rejected)]
    [InlineData("adjustments.json", "ADJ-CHANGES", Outcome.Rejected)]
    [InlineData("monthly-reports.json", "MON-COMPLETE", Outcome.Accepted)]
    [InlineData("monthly-reports.json", "MON-GAPS", Outcome.AcceptedWithWarnings)]
    public void EvaluateWith_StepSample_ExpectedOutcome(string file, string id, Outcome expected)
    {
        var result = Evaluate(file, id);

        Assert.True(result.Outcome == expected, $"{id}: {result.DescribeStep()}");
    }

    [Theory]
    [InlineData("city-reviews.json", "CITY-LATE-0406", "TIME-02-city-window", FindingKind.Violation)]
    [InlineData("city-reviews.json", "CITY-NOT-A-STEP", "TIME-02-secondary-vocational-only", FindingKind.NotApplicable)]
    [InlineData("provincial-reviews.json", "PROV-BEFORE-CITY", "ORDER-01-city-before-province", FindingKind.Violation)]
    [InlineData("provincial-reviews.json", "PROV-NO-CITY", "ORDER-01-city-review-held", FindingKind.Violation)]
    [InlineData("provincial-reviews.json", "PROV-COLLEGE-LATE", "TIME-03-provincial-window", FindingKind.Violation)]
    [InlineData("summary-tables.json", "SUM-SECONDARY-DIRECT", "PROC-03-secondary-reports-to-city", FindingKind.Violation)]
    public void EvaluateWith_StepSample_OnlyTheExpectedFinding(string file, string id, string rule, FindingKind kind)
    {
        var result = Evaluate(file, id);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(rule, finding.RuleName);
        Assert.Equal(kind, finding.Kind);
    }

    [Fact]
    public void EvaluateWith_SummaryCityOk_SubjectWithSpacesAndOffsetAccepted()
    {
        var entry = Assert.Single(Sample("summary-tables.json").Entries, e => e.Id == "SUM-CITY-OK");
        var mail = Assert.IsType<SummaryTableMail>(entry.Request);

        Assert.Equal(new NodaTime.LocalDate(2024, 3, 25), mail.SentAt!.Date);
        Assert.Empty(entry.EvaluateWith(Engine).Findings);
    }

    [Fact]
    public void EvaluateWith_SummaryCollegeWrong_EveryPartOfProc02Reported()
    {
        var result = Evaluate("summary-tables.json", "SUM-COLLEGE-WRONG");

        Assert.Equal(
            ["PROC-02-deadline", "PROC-02-sealed", "PROC-02-mailbox", "PROC-02-subject"],
            result.Findings.Select(f => f.RuleName));
    }

    [Fact]
    public void EvaluateWith_AdjustmentIncreaseBroken_EachBrokenPartOfAdj04()
    {
        var result = Evaluate("adjustments.json", "ADJ-INCREASE-BROKEN");

        Assert.All(result.Findings, f => Assert.Equal("ADJ-04", f.ClauseId));
        Assert.Equal(
            ["ADJ-04-school-leader-agreed", "ADJ-04-sealed", "ADJ-04-mailbox", "ADJ-04-subject"],
            result.Findings.Select(f => f.RuleName));
    }

    [Fact]
    public void EvaluateWith_AdjustmentChanges_Adj01Adj02Adj03()
    {
        var result = Evaluate("adjustments.json", "ADJ-CHANGES");

        Assert.Equal(["ADJ-01", "ADJ-02", "ADJ-03"], result.Findings.Select(f => f.ClauseId));
    }

    [Fact]
    public void EvaluateWith_MonthlyGaps_ThreeFindingsNamingTheMonths()
    {
        var result = Evaluate("monthly-reports.json", "MON-GAPS");

        Assert.Equal(3, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal("REQ-04", f.ClauseId));
        Assert.Contains("2024-04", result.Findings[0].Message.En);
        Assert.Contains("2024-06", result.Findings[1].Message.En);
        Assert.Contains("2024-10", result.Findings[2].Message.En);
    }

    private const string CityReviewTemplate = """
        {
          "kind": "cityReviews",
          "reviews": [
            {
              "id": "R1",
              "institution": { "name": "蚌埠示范中等职业学校", "kind": "secondaryVocational" },
              "application": { "year": 2024, "certificate": "B1-LOG", "season": "spring" },
              "REVIEWED": "2024-04-01"
            }
          ]
        }
        """;

    private static DocumentException ParseFails(string json)
    {
        var error = Assert.Throws<DocumentException>(() => Document.Parse(json, "bad.json"));
        Assert.NotEmpty(error.Problems);
        Assert.All(error.Problems, p =>
        {
            Assert.True(p.Line > 0, p.ToString());
            Assert.StartsWith("$.", p.JsonPath);
        });
        return error;
    }

    [Fact]
    public void Parse_MisspeltMember_ThrowsWithLineAndPath()
    {
        var error = ParseFails(CityReviewTemplate.Replace("\"REVIEWED\"", "\"reviewdAt\""));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ProblemCodes.UnknownMember, problem.Code);
        Assert.Equal("$.reviews[0].reviewdAt", problem.JsonPath);
        Assert.Equal(8, problem.Line);
        Assert.True(problem.Column > 0);
        Assert.Equal("bad.json", problem.File);
        Assert.Equal("R1", problem.Subject);
        Assert.Contains("reviewedAt", problem.Message);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("30/03/2024")]
    [InlineData("2024-03-30T10:00:00")]
    public void Parse_ImpossibleOrUnzonedDate_ThrowsWithLineAndPath(string date)
    {
        var error = ParseFails(CityReviewTemplate.Replace("\"REVIEWED\": \"2024-04-01\"", $"\"reviewedAt\": \"{date}\""));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.reviews[0].reviewedAt", problem.JsonPath);
        Assert.Equal(8, problem.Line);
        Assert.Contains(date, problem.Message);
    }

    [Fact]
    public void Parse_ImpossibleDateInMonthlyCheck_ThrowsWithLineAndPath()
    {
        const string json = """
            {
              "kind": "monthlyReports",
              "checks": [
                {
                  "id": "M1",
                  "year": 2024,
                  "institution": { "name": "安徽示范职业技术学院" },
                  "asOf": "2024-02-30",
                  "approvals": [ { "certificate": "B1-WEB", "approvedOn": "2024-02-01" } ],
                  "reported": ["2024-02"]
                }
              ]
            }
            """;

        var problem = Assert.Single(ParseFails(json).Problems);
        Assert.Equal("$.checks[0].asOf", problem.JsonPath);
        Assert.True(problem.Line > 0);
    }

    [Theory]
    [InlineData("cityReview")]
    [InlineData("CityReviews")]
    [InlineData("applicationz")]
    public void Parse_UnknownKind_ThrowsWithLineAndPath(string kind)
    {
        var error = ParseFails(CityReviewTemplate.Replace("\"cityReviews\"", $"\"{kind}\"").Replace("\"REVIEWED\"", "\"reviewedAt\""));

        var problem = Assert.Single(error.Problems, p => p.JsonPath == "$.kind");
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Contains("cityReviews", problem.Message);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneWithLineAndPath()
    {
        const string json = """
            {
              "kind": "provincialReviews",
              "reviews": [
                {
                  "id": "P1",
                  "institution": { "name": "蚌埠示范中等职业学校", "kind": "secondaryVocational" },
                  "application": { "year": 2024, "certificate": "B1-LOG", "season": "spring" },
                  "reviewedAt": "2024-02-30",
                  "cityReview": { "reviewdAt": "2024-04-01", "passed": true }
                }
              ]
            }
            """;

        var error = ParseFails(json);

        Assert.Equal(2, error.Problems.Count);
        Assert.All(error.Problems, p =>
        {
            Assert.True(p.Line > 0, p.ToString());
            Assert.StartsWith("$.reviews[0].", p.JsonPath);
        });
        Assert.Contains(error.Problems, p => p.JsonPath == "$.reviews[0].reviewedAt" && p.Code == ProblemCodes.InvalidValue);
        Assert.Contains(error.Problems, p => p.JsonPath == "$.reviews[0].cityReview.reviewdAt" && p.Code == ProblemCodes.UnknownMember);
        Assert.Contains("bad.json:", error.Message);
    }

    [Fact]
    public void Parse_NullCityReviewAndMissingReviewedAt_AreMissingFactsNotErrors()
    {
        var document = Document.Parse(CityReviewTemplate.Replace("\"REVIEWED\": \"2024-04-01\"", "\"reviewedAt\": null"), "ok.json");

        var request = Assert.IsType<CityReviewRequest>(Assert.Single(document.Entries).Request);
        Assert.Null(request.ReviewedAt);
        var result = document.Entries[0].EvaluateWith(Engine);
        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        // TIME-02 lacks the review date; PROC-05 the cities the review does not give either.
        Assert.All(result.Findings, f => Assert.Equal(FindingKind.MissingFacts, f.Kind));
        Assert.Equal(["TIME-02", "PROC-05"], result.Findings.Select(f => f.ClauseId));
    }

    [Fact]
    public void Parse_UtcInstantLateOn0324_ReadAsShanghai0325AndAccepted()
    {
        const string json = """
            {
              "kind": "summaryTables",
              "mails": [
                {
                  "id": "S1",
                  "year": 2024,
                  "season": "spring",
                  "senderName": "安徽示范职业技术学院",
                  "senderKind": "higherVocational",
                  "senderCity": "合肥",
                  "sentAt": "2024-03-24T20:30:00Z",
                  "sealed": true,
                  "recipient": "ahxzsbggs@126.com",
                  "subject": "安徽示范职业技术学院 2024 年证书申报"
                }
              ]
            }
            """;

        var entry = Assert.Single(Document.Parse(json, "utc.json").Entries);

        Assert.Equal(new NodaTime.LocalDate(2024, 3, 25), Assert.IsType<SummaryTableMail>(entry.Request).SentAt!.Date);
        var result = entry.EvaluateWith(Engine);
        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }
}
