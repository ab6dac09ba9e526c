using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Tests.Documents;

/// <summary>
/// Date-times at the edge of the calendar: a moment whose instant, or whose Asia/Shanghai date,
/// falls outside the years NodaTime can represent is a bad value with a position, never an
/// exception escaping the reader.
/// </summary>
public sealed class DocumentDateRangeTests
{
    private const string CityReview = """
        {
          "kind": "cityReviews",
          "reviews": [
            {
              "id": "R1",
              "institution": { "name": "蚌埠示范中等职业学校", "kind": "secondaryVocational" },
              "application": { "year": 2024, "certificate": "B1-LOG", "season": "spring" },
              "reviewedAt": "MOMENT"
            }
          ]
        }
        """;

    [Theory]
    [InlineData("9999-12-31T23:00:00-10:00")]
    [InlineData("9999-12-31T20:00:00Z")]
    [InlineData("9999-12-31T16:00:00Z")]
    [InlineData("-9998-01-01T00:00:00+10:00")]
    public void Parse_DateTimeOutsideTheCalendar_ThrowsDocumentExceptionWithPosition(string moment)
    {
        var json = CityReview.Replace("MOMENT", moment, StringComparison.Ordinal);

        var error = Assert.Throws<DocumentException>(() => Document.Parse(json, "edge.json"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.reviews[0].reviewedAt", problem.JsonPath);
        Assert.Equal(8, problem.Line);
        Assert.Equal("R1", problem.Subject);
        Assert.Contains(moment, problem.Message);
    }

    [Fact]
    public void ParseRecords_DateTimeOutsideTheCalendar_LeavesTheRecordOutAndReturns()
    {
        var json = CityReview.Replace("MOMENT", "9999-12-31T23:00:00-10:00", StringComparison.Ordinal);

        var result = Document.ParseRecords(json, "edge.json");

        Assert.NotNull(result.Document);
        Assert.Empty(result.Document.Entries);
        Assert.Equal("$.reviews[0].reviewedAt", Assert.Single(result.Problems).JsonPath);
    }

    [Fact]
    public void LoadRecords_SubmittedAtAfterYear9999_ReportsTheValueAndKeepsTheOtherRecords()
    {
        using var folder = new Demo.TempFolder();
        var path = folder.Write("edge.json", """
            {
              "kind": "applications",
              "institutions": [
                {
                  "name": "安徽示范职业技术学院",
                  "applications": [
                    { "id": "A1", "year": 2024, "certificate": "B1-WEB", "submittedAt": "9999-12-31T23:00:00-10:00" },
                    { "id": "A2", "year": 2024, "certificate": "B1-WEB", "submittedAt": "2024-03-25T09:00:00+08:00" }
                  ]
                }
              ]
            }
            """);

        var result = Document.LoadRecords(path);

        Assert.Equal("A2", Assert.Single(result.Document!.Entries).Id);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.institutions[0].applications[0].submittedAt", problem.JsonPath);
        Assert.Equal(7, problem.Line);
    }

    [Fact]
    public void Parse_LastInstantOf9999InShanghai_IsRefusedAsOutsideTheDatesEventsMayFallOn()
    {
        var json = CityReview.Replace("MOMENT", "9999-12-31T15:59:59Z", StringComparison.Ordinal);

        var error = Assert.Throws<DocumentException>(() => Document.Parse(json, "edge.json"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.reviews[0].reviewedAt", problem.JsonPath);
        Assert.Contains("2100-12-31", problem.Message);
    }
}
