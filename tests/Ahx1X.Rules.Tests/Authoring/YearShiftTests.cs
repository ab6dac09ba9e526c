using Ahx1X.Rules.Authoring;

namespace Ahx1X.Rules.Tests.Authoring;

public class YearShiftTests
{
    [Fact]
    public void Move_MovesDatesMonthsYearsAndTheYearInText_ButNotLongerNumbers()
    {
        var root = Ahx1X.Rules.Json.JsonText.Parse("""
            { "year": 2024, "day": "2024-02-29", "at": "2024-04-02T16:30:00Z", "month": "2024-03", "subject": "{unit}2024年证书申报",
              "number": "皖教秘职成〔2024〕22号", "phone": "0551-62024123", "other": "2023年", "count": 2024 }
            """, "t.json", new Ahx1X.Rules.Json.ProblemList())!;
        var moved = new List<string>();

        YearShift.Move(root, 1, 2024, (value, was) => moved.Add(value.Path));

        Assert.Equal(2025, (int)root["year"]!);
        Assert.Equal("2025-02-28", (string)root["day"]!);
        Assert.Equal("2025-04-02T16:30:00Z", (string)root["at"]!);
        Assert.Equal("2025-03", (string)root["month"]!);
        Assert.Equal("{unit}2025年证书申报", (string)root["subject"]!);
        Assert.Equal("皖教秘职成〔2025〕22号", (string)root["number"]!);
        Assert.Equal("0551-62024123", (string)root["phone"]!);
        Assert.Equal("2023年", (string)root["other"]!);
        Assert.Equal(2024, (int)root["count"]!);
        Assert.Equal(["year", "day", "at", "month", "subject", "number"], moved);
    }
}
