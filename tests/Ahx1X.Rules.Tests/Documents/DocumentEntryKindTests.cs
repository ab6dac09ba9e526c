using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Tests.Documents;

/// <summary>Each record's request is reachable typed through the accessor its kind names, and through no other.</summary>
public class DocumentEntryKindTests
{
    public static TheoryData<string, DocumentKind> SampleDocuments() => new()
    {
        { "samples/documents/applications-accepted.json", DocumentKind.Applications },
        { "samples/documents/city-reviews.json", DocumentKind.CityReviews },
        { "samples/documents/provincial-reviews.json", DocumentKind.ProvincialReviews },
        { "samples/documents/summary-tables.json", DocumentKind.SummaryTables },
        { "samples/documents/adjustments.json", DocumentKind.Adjustments },
        { "samples/documents/monthly-reports.json", DocumentKind.MonthlyReports },
        { "samples/documents/monthly-progress.json", DocumentKind.MonthlyProgress },
    };

    [Theory]
    [MemberData(nameof(SampleDocuments))]
    public void Entry_OfAKind_GivesItsRequestThroughThatKindsAccessorOnly(string path, DocumentKind kind)
    {
        foreach (var entry in Document.Load(Demo.Repository.PathOf(path)).Entries)
        {
            Assert.Equal(kind, entry.Kind);
            object?[] typed = [entry.Application, entry.CityReview, entry.ProvincialReview, entry.SummaryTable, entry.Adjustment, entry.MonthlyReports, entry.MonthlyProgress];
            Assert.Same(entry.Request, Assert.Single(typed, t => t is not null));
            Assert.Same(entry.Request, typed[(int)kind]);
        }
    }

    [Fact]
    public void SummaryTableEntry_WithApplications_GivesThemAsJudgedWith()
    {
        var entry = Document.Load(Demo.Repository.PathOf("samples/documents/summary-reconciled.json")).Entries[0];

        Assert.NotNull(entry.JudgedWith);
        Assert.Null(Document.Load(Demo.Repository.PathOf("samples/documents/summary-tables.json")).Entries[0].JudgedWith);
    }
}
