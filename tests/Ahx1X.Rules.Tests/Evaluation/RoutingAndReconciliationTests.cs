using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>PROC-02..05 as SPEC reads them: where a summary table goes, what it lists, and who reviews.</summary>
public class RoutingAndReconciliationTests
{
    private static readonly PolicyEngine Engine = PolicyEngine.LoadEmbedded();

    private static SummaryTableMail SecondaryMail(MailRecipient recipient) =>
        SummaryMail(Season.Spring, Moment.FromDate(Date(3, 28))) with
        {
            SenderName = SecondarySchool.Name,
            SenderKind = SenderKind.SecondaryVocational,
            SenderCity = SecondarySchool.City,
            Sealed = null,
            Subject = null,
            Recipient = recipient,
        };

    [Fact]
    public void EvaluateSummaryTable_SecondarySchoolToItsOwnCityBureau_AcceptedWithoutProc02()
    {
        var result = Engine.EvaluateSummaryTable(SecondaryMail(MailRecipient.ToCityBureau(SecondarySchool.City!)));

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Fact]
    public void EvaluateSummaryTable_SecondarySchoolToAnotherCityBureau_RejectedByProc03Alone()
    {
        var result = Engine.EvaluateSummaryTable(SecondaryMail(MailRecipient.ToCityBureau("合肥")));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-03-own-city-bureau", finding.RuleName);
        Assert.Contains("合肥", finding.Message.En);
    }

    [Fact]
    public void EvaluateSummaryTable_SecondarySchoolToTheProvinceMailbox_RejectedByProc03Alone()
    {
        var result = Engine.EvaluateSummaryTable(SecondaryMail(MailRecipient.ToMailbox(SummaryMailbox)));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Equal(["PROC-03"], result.Findings.Select(f => f.ClauseId).Distinct());
    }

    [Fact]
    public void EvaluateSummaryTable_CollegeToACityBureau_RejectedByProc02()
    {
        var mail = SummaryMail(Season.Spring, Moment.FromDate(Date(3, 20))) with { Recipient = MailRecipient.ToCityBureau("合肥") };

        var result = Engine.EvaluateSummaryTable(mail);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("PROC-02-mailbox-not-city-bureau", finding.RuleName);
    }

    [Fact]
    public void EvaluateSummaryTable_UnknownSenderCity_RefusedNamingTheCity()
    {
        var mail = SummaryMail(Season.Spring, Moment.FromDate(Date(3, 20))) with { SenderCity = "南京" };

        var error = Assert.Throws<InvalidRequestException>(() => Engine.EvaluateSummaryTable(mail));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.senderCity", problem.JsonPath);
        Assert.Contains("南京", problem.Message);
    }

    [Fact]
    public void EvaluateSummaryTable_KnownSenderCityAndUnknownCityBureau_RefusedNamingTheBureauOnly()
    {
        var mail = SummaryMail(Season.Spring, Moment.FromDate(Date(3, 20))) with { SenderCity = "合肥", Recipient = MailRecipient.ToCityBureau("南京") };

        var error = Assert.Throws<InvalidRequestException>(() => Engine.EvaluateSummaryTable(mail));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.recipient.cityBureau", problem.JsonPath);
        Assert.Contains("南京", problem.Message);
    }

    [Fact]
    public void EvaluateSummaryTable_WithTheApplicationsItLists_Accepted()
    {
        var mail = SummaryMail(Season.Spring, Moment.FromDate(Date(3, 20))) with { Rows = [Row(College.Name, 45)] };

        var result = Engine.EvaluateSummaryTable(mail, [CollegeApplication(45)]);

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
        Assert.Contains("PROC-04", result.ClausesEvaluated);
    }

    [Fact]
    public void EvaluateSummaryTable_EachDifference_IsAFindingNamingItsRow()
    {
        var mail = SummaryMail(Season.Spring, Moment.FromDate(Date(3, 20))) with
        {
            Rows = [Row(College.Name, 50), Row(College.Name, 20, "B9-NONE")],
        };
        var unlisted = CollegeApplication(30) with { Application = CollegeApplication(30).Application with { CertificateCode = "B2-TAX" } };

        var result = Engine.EvaluateSummaryTable(mail, [CollegeApplication(45), unlisted]);

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.All(result.Findings, f => Assert.Equal("PROC-04", f.ClauseId));
        Assert.Equal(["PROC-04-application-listed", "PROC-04-candidates", "PROC-04-row-applied"], result.Findings.Select(f => f.RuleName).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(result.Findings, f => f.RuleName == "PROC-04-candidates" && f.Message.En.StartsWith("Row 1 ", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.RuleName == "PROC-04-row-applied" && f.Message.En.Contains("Row 2", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.RuleName == "PROC-04-application-listed" && f.Message.En.Contains("B2-TAX", StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluateSummaryTable_ApplicationsOfAnotherSeasonOrSender_AreLeftAside()
    {
        var mail = SummaryMail(Season.Spring, Moment.FromDate(Date(3, 20))) with { Rows = [] };
        var autumn = CollegeApplication(45) with { Application = CollegeApplication(45).Application with { Season = Season.Autumn } };
        var other = CollegeApplication(45) with { Institution = University };

        var result = Engine.EvaluateSummaryTable(mail, [autumn, other]);

        Assert.True(result.Outcome == Outcome.Accepted, result.DescribeStep());
    }

    [Fact]
    public void EvaluateSummaryTable_WithApplicationsButNoRows_MissingFacts()
    {
        var mail = SummaryMail(Season.Spring, Moment.FromDate(Date(3, 20)));

        var result = Engine.EvaluateSummaryTable(mail, [CollegeApplication(45)]);

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("PROC-04", FindingKind.MissingFacts), (finding.ClauseId, finding.Kind));
    }

    [Fact]
    public void EvaluateWith_SummaryDocumentWithItsInstitutions_ReconcilesTheMail()
    {
        var json = """
            { "kind": "summaryTables",
              "mails": [ { "id": "M1", "year": 2024, "season": "spring", "senderName": "安徽示范职业技术学院", "senderKind": "higherVocational",
                "senderCity": "合肥", "sentAt": "2024-03-20", "sealed": true, "recipient": { "mailbox": "ahxzsbggs@126.com" },
                "subject": "安徽示范职业技术学院2024年证书申报", "rows": [] } ],
              "institutions": [ { "name": "安徽示范职业技术学院", "kind": "higherVocational", "city": "合肥",
                "applications": [ { "id": "A1", "year": 2024, "certificate": "B1-WEB", "level": "intermediate", "candidates": 45, "season": "spring" } ] } ] }
            """;

        var result = Assert.Single(Document.Parse(json, "mail.json").Entries).EvaluateWith(Engine);

        Assert.Equal("PROC-04-application-listed", Assert.Single(result.Findings).RuleName);
    }

    [Fact]
    public void Parse_RecipientNamingBothMailboxAndCity_RefusedAtTheRecipient()
    {
        var json = """
            { "kind": "summaryTables", "mails": [ { "id": "M1", "year": 2024, "senderName": "x", "recipient": { "mailbox": "a@b.c", "cityBureau": "合肥" } } ] }
            """;

        var error = Assert.Throws<DocumentException>(() => Document.Parse(json, "mail.json"));

        Assert.Contains(error.Problems, p => p.JsonPath == "$.mails[0].recipient" && p.Message.Contains("exactly one", StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluateWith_UnknownInstitutionCity_RefusedAtTheRecordNamingTheCity()
    {
        var json = """
            { "kind": "cityReviews", "reviews": [ { "id": "C1", "institution": { "name": "x", "kind": "secondaryVocational", "city": "南京" },
              "application": { "year": 2024, "certificate": "B1-LOG", "season": "spring" }, "reviewerCity": "蚌埠", "reviewedAt": "2024-04-01" } ] }
            """;
        var entry = Assert.Single(Document.Parse(json, "reviews.json").Entries);

        var error = Assert.Throws<DocumentException>(() => entry.EvaluateWith(Engine));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("reviews.json", "$.reviews[0].institution.city", 1), (problem.File, problem.JsonPath, problem.Line));
        Assert.Contains("南京", problem.Message);
    }

    [Fact]
    public void EvaluateWith_UnknownCityOfAnApplyingInstitution_RefusedAtTheInstitutionsCity()
    {
        var json = "{ \"kind\": \"applications\", \"institutions\": [ {\n \"name\": \"x\", \"city\": \"南京\",\n"
            + " \"applications\": [ { \"id\": \"A1\", \"year\": 2024, \"certificate\": \"B1-WEB\" } ] } ] }";
        var entry = Assert.Single(Document.Parse(json, "apps.json").Entries);

        var error = Assert.Throws<DocumentException>(() => entry.EvaluateWith(Engine));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("$.institutions[0].city", 2), (problem.JsonPath, problem.Line));
    }

    [Fact]
    public void EvaluateCityReview_ByAnotherCitysBureau_RejectedWithProc05()
    {
        var review = CityReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(4, 1)) with { ReviewerCity = "淮南" };

        var result = Engine.EvaluateCityReview(review);

        Assert.Equal("PROC-05", Assert.Single(result.Findings).ClauseId);
    }

    [Fact]
    public void EvaluateCityReview_ReviewerCityNotGiven_MissingFactForProc05()
    {
        var review = CityReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(4, 1)) with { ReviewerCity = null };

        var result = Engine.EvaluateCityReview(review);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("PROC-05", FindingKind.MissingFacts), (finding.ClauseId, finding.Kind));
    }

    [Fact]
    public void EvaluateCityReview_UnknownReviewerCity_Refused()
    {
        var review = CityReview(InstitutionKind.SecondaryVocational, Season.Spring, Date(4, 1)) with { ReviewerCity = "上海" };

        var error = Assert.Throws<InvalidRequestException>(() => Engine.EvaluateCityReview(review));

        Assert.Equal("$.reviewerCity", Assert.Single(error.Problems).JsonPath);
    }

    private static SummaryTableRow Row(string institution, int candidates, string certificate = "B1-WEB") =>
        new() { Institution = institution, CertificateCode = certificate, Level = CertificateLevel.Intermediate, Candidates = candidates };

    private static ApplicationRequest CollegeApplication(int candidates) => new()
    {
        Institution = College,
        Application = new Application { Year = 2024, CertificateCode = "B1-WEB", Level = CertificateLevel.Intermediate, Candidates = candidates, Season = Season.Spring },
    };
}
