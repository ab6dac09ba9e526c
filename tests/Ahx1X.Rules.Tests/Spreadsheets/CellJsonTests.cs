using Ahx1X.Rules.Spreadsheets;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Ahx1X.Rules.Tests.Spreadsheets;

public sealed class CellJsonTests
{
    private static readonly SheetColumn Moment = SheetLayouts.Applications.Columns.Single(c => c.Path == "submittedAt");
    private static readonly SheetColumn Date = SheetLayouts.Applications.Columns.Single(c => c.Path == "registeredOn");
    private static readonly SheetColumn Month = SheetLayouts.MonthlyProgress.Columns.Single(c => c.Path == "month");
    private static readonly SheetColumn Majors = SheetLayouts.Applications.Columns.Single(c => c.Path == "assessedMajors");
    private static readonly SheetColumn Level = SheetLayouts.Applications.Columns.Single(c => c.Path == "level");
    private static readonly SheetColumn Candidates = SheetLayouts.Applications.Columns.Single(c => c.Path == "candidates");

    private static RawCell DateCell(LocalDateTime date) => new(1, 1, RawKind.Date, "45383", 45383, date);

    [Fact]
    public void DateTimeCell_InAMomentColumn_IsBeijingTime() =>
        Assert.Equal("2024-04-02T23:30:00+08:00", (string)CellJson.Of(DateCell(new LocalDateTime(2024, 4, 2, 23, 30)), Moment)!);

    [Fact]
    public void DateTimeCell_InADateColumn_KeepsItsTimeForTheReaderToRefuse() =>
        Assert.Equal("2024-04-02T23:30:00", (string)CellJson.Of(DateCell(new LocalDateTime(2024, 4, 2, 23, 30)), Date)!);

    [Theory]
    [InlineData(1, "2024-07")]
    [InlineData(15, "2024-07-15")]
    public void DateCell_InAMonthColumn_IsAMonthOnlyOnTheFirst(int day, string json) =>
        Assert.Equal(json, (string)CellJson.Of(DateCell(new LocalDateTime(2024, 7, day, 0, 0)), Month)!);

    [Fact]
    public void NumberInADateColumn_IsPassedAsANumberNeverReadAsADate() =>
        Assert.Equal(JTokenType.Integer, CellJson.Of(new RawCell(1, 1, RawKind.Number, "45383", 45383), Date).Type);

    [Theory]
    [InlineData("软件技术、物流服务与管理", new[] { "软件技术", "物流服务与管理" })]
    [InlineData("软件技术; 物流服务与管理", new[] { "软件技术", "物流服务与管理" })]
    [InlineData("无", new string[0])]
    public void ListCell_IsSplitOnItsSeparators(string text, string[] items) =>
        Assert.Equal(items, CellJson.Of(new RawCell(1, 1, RawKind.Text, text), Majors).Select(t => (string)t!));

    [Fact]
    public void BlankListCell_IsNotKnownRatherThanEmpty() =>
        Assert.Equal(JTokenType.Null, CellJson.Of(null, Majors).Type);

    [Theory]
    [InlineData("中级", "intermediate")]
    [InlineData("Intermediate", "intermediate")]
    [InlineData("intermediate", "intermediate")]
    [InlineData("中極", "中極")]
    public void ChoiceCell_TakesEitherLanguageAndPassesAnythingElseOn(string text, string json) =>
        Assert.Equal(json, (string)CellJson.Of(new RawCell(1, 1, RawKind.Text, text), Level)!);

    [Theory]
    [InlineData(true, "45", 45.0, JTokenType.Integer)]
    [InlineData(true, "45.5", 45.5, JTokenType.Float)]
    [InlineData(false, "45", 0.0, JTokenType.Integer)]
    [InlineData(false, "四十五", 0.0, JTokenType.String)]
    [InlineData(true, "1E+300", 1e300, JTokenType.String)]
    public void NumberCell_IsAWholeNumberOnlyWhenItIsOne(bool numberCell, string text, double number, JTokenType type) =>
        Assert.Equal(type, CellJson.Of(new RawCell(1, 1, numberCell ? RawKind.Number : RawKind.Text, text, number), Candidates).Type);
}
