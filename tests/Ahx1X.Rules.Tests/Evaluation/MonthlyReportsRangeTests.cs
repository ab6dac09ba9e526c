using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using NodaTime;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// REQ-04 walks every month from the earliest approval to the month of the check: the walk
/// stops at the last month even in the year 9999, and a check spanning centuries is refused
/// when it is read.
/// </summary>
public sealed class MonthlyReportsRangeTests
{
    private static MonthlyReportsRequest Request(LocalDate approvedOn, LocalDate asOf) => new()
    {
        Year = 2024,
        Institution = College,
        AsOf = asOf,
        Approvals = [new Approval("B1-WEB", approvedOn)],
        Reported = [],
    };

    [Fact]
    public void EvaluateMonthlyReports_CheckSpanningTheEditionYear_OneFindingPerMonth()
    {
        var result = Engine.EvaluateMonthlyReports(Request(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));

        Assert.Equal(12, result.Findings.Count);
    }

    [Fact]
    public void EvaluateMonthlyReports_AsOfInDecember9999_IsRefusedAtItsDates()
    {
        var request = Request(new LocalDate(9999, 11, 1), new LocalDate(9999, 12, 31));

        var error = Assert.Throws<InvalidRequestException>(() => Engine.EvaluateMonthlyReports(request));

        Assert.Contains(error.Problems, p => p.JsonPath == "$.asOf" && p.Code == ProblemCodes.InvalidValue);
        Assert.Contains(error.Problems, p => p.JsonPath == "$.approvals[0].approvedOn");
    }

    [Fact]
    public void Parse_CheckSpanningCenturies_IsRefusedAtItsDates()
    {
        const string json = """
            {
              "kind": "monthlyReports",
              "checks": [
                { "id": "M1", "year": 2024, "institution": { "name": "安徽示范职业技术学院" }, "asOf": "9999-11-30",
                  "approvals": [ { "certificate": "B1-WEB", "approvedOn": "0001-01-01" } ], "reported": [] }
              ]
            }
            """;

        var error = Assert.Throws<DocumentException>(() => Document.Parse(json, "centuries.json"));

        Assert.Contains(error.Problems, p => p.JsonPath is "$.checks[0].asOf" or "$.checks[0].approvals[0].approvedOn");
    }
}
