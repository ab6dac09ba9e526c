using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Steps;

/// <summary>
/// A typed request is held to the bounds a document is: a value outside them is refused with one
/// exception that lists every problem at its member path, with the code a document would get,
/// and is never judged.
/// </summary>
public sealed class RequestBoundsTests
{
    public static TheoryData<string, string> ApplicationBounds => new()
    {
        { "candidates", "$.application.candidates" },
        { "level", "$.application.level" },
        { "season", "$.application.season" },
        { "year", "$.application.year" },
        { "registeredOn", "$.institution.registeredOn" },
        { "name", "$.institution.name" },
        { "kind", "$.institution.kind" },
        { "major", "$.application.assessedMajors[0]" },
        { "submittedAt", "$.application.submittedAt" },
    };

    [Theory]
    [MemberData(nameof(ApplicationBounds))]
    public void Evaluate_ValueOutsideItsBound_IsRefusedAtItsPath(string bound, string path)
    {
        var request = bound switch
        {
            "candidates" => TestData.Request(a => a with { Candidates = 1_000_000 }),
            "level" => TestData.Request(a => a with { Level = (CertificateLevel)42 }),
            "season" => TestData.Request(a => a with { Season = (Season)7 }),
            "year" => TestData.Request(a => a with { Year = 1 }),
            "registeredOn" => TestData.Request(institution: i => i with { RegisteredOn = new LocalDate(1, 1, 1) }),
            "name" => TestData.Request(institution: i => i with { Name = "" }),
            "kind" => TestData.Request(institution: i => i with { Kind = (InstitutionKind)(-1) }),
            "major" => TestData.Request(a => a with { AssessedMajors = [" "] }),
            _ => TestData.Request(a => a with { SubmittedAt = Moment.FromDate(new LocalDate(9999, 1, 1)) }),
        };

        var error = Assert.Throws<InvalidRequestException>(() => TestData.Engine.Evaluate(request));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.JsonPath);
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Contains(path, error.Message);
    }

    [Theory]
    [InlineData("\u3000")]
    [InlineData("\u3000\u3000")]
    [InlineData("\u00A0")]
    [InlineData("\u0085")]
    [InlineData("\u2028 ")]
    [InlineData("\t\r\n")]
    public void Evaluate_NameOfWhiteSpaceOnly_IsRefused(string name)
    {
        var error = Assert.Throws<InvalidRequestException>(() => TestData.Engine.Evaluate(TestData.Request(institution: i => i with { Name = name })));

        Assert.Equal("$.institution.name", Assert.Single(error.Problems).JsonPath);
    }

    [Theory]
    [InlineData("\u3000合肥职业技术学院")]
    [InlineData(" 合肥职业技术学院")]
    [InlineData("~")]
    [InlineData("\u3001")]
    public void Evaluate_NameWithAnyCharacterNotWhiteSpace_IsJudged(string name)
    {
        var result = TestData.Engine.Evaluate(TestData.Request(institution: i => i with { Name = name }));

        Assert.True(result.IsAccepted, string.Join("\n", result.Findings.Select(f => f.Message.En)));
    }

    [Fact]
    public void Evaluate_SeveralValuesOutsideTheirBounds_ListsEveryOne()
    {
        var request = TestData.Request(a => a with { Candidates = -1, Level = (CertificateLevel)0 }, i => i with { Name = " " });

        var error = Assert.Throws<InvalidRequestException>(() => TestData.Engine.Evaluate(request));

        Assert.Equal(["$.application.candidates", "$.application.level", "$.institution.name"], error.Problems.Select(p => p.JsonPath).Order(StringComparer.Ordinal));
        Assert.Contains("between 0 and 100000", error.Problems.Single(p => p.JsonPath.EndsWith("candidates", StringComparison.Ordinal)).Message);
    }

    [Fact]
    public void Evaluate_BoundsThemselves_AreJudged()
    {
        var result = TestData.Engine.Evaluate(TestData.Request(a => a with { Candidates = 100_000 }));

        Assert.NotEqual(Outcome.Indeterminate, result.Outcome);
    }

    [Theory]
    [InlineData(1899, 12, 31, false)]
    [InlineData(1900, 1, 1, true)]
    [InlineData(2100, 12, 31, true)]
    [InlineData(2101, 1, 1, false)]
    public void Evaluate_DateAtTheEdgeOfItsBounds_IsJudgedOnlyInside(int year, int month, int day, bool judged)
    {
        var request = TestData.Request(institution: i => i with { OfficeMeetingApprovedOn = new LocalDate(year, month, day) });

        if (judged)
        {
            TestData.Engine.Evaluate(request);
        }
        else
        {
            Assert.Equal("$.institution.officeMeetingApprovedOn", Assert.Single(Assert.Throws<InvalidRequestException>(() => TestData.Engine.Evaluate(request)).Problems).JsonPath);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Evaluate_KindJustOutsideItsValues_IsRefused(int kind)
    {
        var error = Assert.Throws<InvalidRequestException>(() => TestData.Engine.Evaluate(TestData.Request(institution: i => i with { Kind = (InstitutionKind)kind })));

        Assert.Equal("$.institution.kind", Assert.Single(error.Problems).JsonPath);
    }

    [Fact]
    public void Evaluate_EveryDefinedEnumValue_IsJudged()
    {
        foreach (var kind in Enum.GetValues<InstitutionKind>())
        {
            foreach (var level in Enum.GetValues<CertificateLevel>())
            {
                foreach (var season in Enum.GetValues<Season>())
                {
                    TestData.Engine.Evaluate(TestData.Request(a => a with { Level = level, Season = season }, i => i with { Kind = kind }));
                }
            }
        }
    }

    [Fact]
    public void EveryStep_RefusesAnEnumOutsideItsDefinition()
    {
        var review = new CityReviewRequest { Institution = SecondarySchool, Application = TestData.Application with { Season = (Season)7 } };
        var mail = new SummaryTableMail { Year = 2024, SenderName = "合肥市教育局", SenderKind = (SenderKind)9 };
        var adjustment = new AdjustmentRequest
        {
            Year = 2024, Institution = College,
            Approved = new ExamPlan { CertificateCode = "B1-WEB", Candidates = 40 },
            Requested = new ExamPlan { CertificateCode = "B1-WEB", Candidates = 200_000 },
        };

        Assert.Equal("$.application.season", Assert.Single(Assert.Throws<InvalidRequestException>(() => Engine.EvaluateCityReview(review)).Problems).JsonPath);
        Assert.Equal("$.application.season", Assert.Single(Assert.Throws<InvalidRequestException>(() => Engine.EvaluateProvincialReview(
            new ProvincialReviewRequest { Institution = SecondarySchool, Application = review.Application })).Problems).JsonPath);
        Assert.Equal("$.senderKind", Assert.Single(Assert.Throws<InvalidRequestException>(() => Engine.EvaluateSummaryTable(mail)).Problems).JsonPath);
        Assert.Equal("$.requested.candidates", Assert.Single(Assert.Throws<InvalidRequestException>(() => Engine.EvaluateAdjustment(adjustment)).Problems).JsonPath);
    }

    [Fact]
    public void EvaluateMonthlyReports_CheckOverTenYears_IsRefusedNamingAsOf()
    {
        var request = new MonthlyReportsRequest
        {
            Year = 2024, Institution = College, AsOf = new LocalDate(2040, 1, 1),
            Approvals = [new Approval("B1-WEB", new LocalDate(2024, 1, 1))], Reported = [],
        };

        var error = Assert.Throws<InvalidRequestException>(() => Engine.EvaluateMonthlyReports(request));

        Assert.Equal(ProblemCodes.InconsistentParameters, Assert.Single(error.Problems).Code);
    }

    [Fact]
    public void Document_AndTypedRequest_ShareTheCandidatesBound()
    {
        const string json = """
            { "kind": "applications", "institutions": [ { "name": "x", "applications": [
              { "id": "A", "year": 2024, "certificate": "B1-WEB", "candidates": 100001 } ] } ] }
            """;

        var fromDocument = Assert.Single(Assert.Throws<DocumentException>(() => Ahx1X.Rules.Documents.Document.Parse(json, "a.json")).Problems);
        var fromRequest = Assert.Single(Assert.Throws<InvalidRequestException>(() => TestData.Engine.Evaluate(TestData.Request(a => a with { Candidates = 100_001 }))).Problems);

        Assert.Equal(fromDocument.Code, fromRequest.Code);
        Assert.Contains("100000", fromDocument.Message);
        Assert.Contains("100000", fromRequest.Message);
    }
}
