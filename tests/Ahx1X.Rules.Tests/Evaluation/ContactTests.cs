using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// The notice's contacts reach users: each finding carries the office that answers for its step
/// (SPEC "Places and people"): 职成处 for secondary vocational schools, 高教处 for universities and
/// colleges, the 1+X office for reviews, quota increases and monitoring.
/// </summary>
public sealed class ContactTests
{
    [Theory]
    [InlineData(InstitutionKind.SecondaryVocational, "省教育厅职成处")]
    [InlineData(InstitutionKind.ProvincialSecondarySpecialised, "省教育厅职成处")]
    [InlineData(InstitutionKind.HigherVocational, "省教育厅高教处")]
    [InlineData(InstitutionKind.AppliedUndergraduate, "省教育厅高教处")]
    public void Evaluate_Finding_CarriesTheOfficeOfTheInstitutionsKind(InstitutionKind kind, string office)
    {
        var result = TestData.Evaluate(a => a with { Candidates = 1 }, i => i with { Kind = kind });

        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Equal(office, f.Contact?.Office));
    }

    [Fact]
    public void Evaluate_KindNotGiven_NamesNoContact()
    {
        var result = TestData.Evaluate(a => a with { Candidates = 1 }, i => i with { Kind = null });

        Assert.All(result.Findings, f => Assert.Null(f.Contact));
    }

    [Fact]
    public void EvaluateProvincialReview_Finding_CarriesTheProvincialOffice()
    {
        var request = new ProvincialReviewRequest { Institution = College, Application = TestData.Application, ReviewedAt = Date(12, 1) };

        var result = Engine.EvaluateProvincialReview(request);

        var contact = Assert.Single(result.Findings.Select(f => f.Contact).Distinct());
        Assert.Equal((ContactRole.ProvincialOffice, "0551-65658560"), (contact!.Role, contact.Phone));
    }

    [Fact]
    public void Evaluate_Accepted_HasNoFindingToCarryAContact()
    {
        Assert.Empty(TestData.Evaluate().Findings);
    }

    [Fact]
    public void Edition_ListsTheThreeContactsOfTheNotice()
    {
        var contacts = Engine.Pack.For(2024).Parameters.Contacts;

        Assert.Equal([ContactRole.SecondaryVocational, ContactRole.HigherEducation, ContactRole.ProvincialOffice], contacts.Select(c => c.Role));
        Assert.Equal(["张亚群", "任雯君", "张娴、赵亮"], contacts.Select(c => c.People));
    }
}
