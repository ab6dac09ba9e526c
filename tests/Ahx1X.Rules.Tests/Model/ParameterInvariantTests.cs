using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Rules.Tests.Model;

/// <summary>Windows, deadlines and thresholds keep their own rules: no public constructor builds one that makes no sense.</summary>
public sealed class ParameterInvariantTests
{
    [Fact]
    public void DateWindow_EndingBeforeItStarts_IsRefused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new DateWindow(new LocalDate(2024, 4, 2), new LocalDate(2024, 3, 22)));

        Assert.Equal("end", ex.ParamName);
        Assert.Contains("before it starts", ex.Message);
    }

    [Fact]
    public void DateWindow_OfOneDay_HoldsThatDay()
    {
        var day = new LocalDate(2024, 3, 22);

        Assert.True(new DateWindow(day, day).Contains(day));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Threshold_OutsideZeroToOne_IsRefused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Threshold((decimal)value, isPlaceholder: true));
    }

    [Fact]
    public void Deadline_OutsideTheNoticeYears_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Deadline(new LocalDate(1, 1, 1), inclusive: true));
    }

    [Fact]
    public void LoadFromDirectory_WindowEndingBeforeItStarts_IsRefusedAtTheWindowByItsOwnRule()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile,
            "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-02\" }",
            "\"application\": { \"start\": \"2024-04-22\", \"end\": \"2024-04-02\" }");

        var ex = Assert.Throws<RulePackException>(() => Ahx1X.Rules.Packs.RulePack.LoadFromDirectory(pack.Root));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((ProblemCodes.InconsistentParameters, "$.seasons.spring.application"), (problem.Code, problem.JsonPath));
        Assert.Contains("before it starts", problem.Message);
        Assert.DoesNotContain("Parameter", problem.Message);
    }
}
