using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Rules.Tests.Model;

/// <summary>A moment is read as its Asia/Shanghai calendar date, whatever offset it was written with.</summary>
public sealed class MomentTests
{
    [Fact]
    public void FromDate_AnyDate_KeepsDateWithoutInstant()
    {
        var moment = Moment.FromDate(new LocalDate(2024, 3, 22));

        Assert.Equal(new LocalDate(2024, 3, 22), moment.Date);
        Assert.Null(moment.Instant);
    }

    [Fact]
    public void FromInstant_MidnightInShanghai_IsThatDay()
    {
        // 2024-03-21T16:00:00Z is 2024-03-22T00:00:00+08:00.
        var moment = Moment.FromInstant(Instant.FromUtc(2024, 3, 21, 16, 0));

        Assert.Equal(new LocalDate(2024, 3, 22), moment.Date);
        Assert.Equal(Instant.FromUtc(2024, 3, 21, 16, 0), moment.Instant);
    }

    [Fact]
    public void FromInstant_OneSecondBeforeMidnightInShanghai_IsDayBefore()
    {
        var moment = Moment.FromInstant(Instant.FromUtc(2024, 3, 21, 15, 59, 59));

        Assert.Equal(new LocalDate(2024, 3, 21), moment.Date);
    }

    [Theory]
    [InlineData(2024, 4, 2, 20, 0, -5, 2024, 4, 3)]
    [InlineData(2024, 4, 3, 1, 0, 14, 2024, 4, 2)]
    [InlineData(2024, 9, 14, 23, 59, 8, 2024, 9, 14)]
    [InlineData(2024, 9, 14, 17, 0, 0, 2024, 9, 15)]
    [InlineData(2024, 9, 25, 12, 0, -12, 2024, 9, 26)]
    public void FromOffsetDateTime_AnyOffset_UsesShanghaiDateNotLocalDate(
        int year, int month, int day, int hour, int minute, int offsetHours, int shYear, int shMonth, int shDay)
    {
        var written = new LocalDateTime(year, month, day, hour, minute).WithOffset(Offset.FromHours(offsetHours));

        var moment = Moment.FromOffsetDateTime(written);

        Assert.Equal(new LocalDate(shYear, shMonth, shDay), moment.Date);
        Assert.Equal(written.ToInstant(), moment.Instant);
    }

    [Fact]
    public void ImplicitConversions_DateAndInstant_MatchFactoryMethods()
    {
        Moment fromDate = new LocalDate(2024, 3, 25);
        Moment fromInstant = Instant.FromUtc(2024, 3, 25, 2, 0);

        Assert.Equal(Moment.FromDate(new LocalDate(2024, 3, 25)), fromDate);
        Assert.Equal(Moment.FromInstant(Instant.FromUtc(2024, 3, 25, 2, 0)), fromInstant);
    }

    [Fact]
    public void Equals_DateOnlyAndInstantOnSameDay_AreDifferent()
    {
        Assert.NotEqual(Moment.FromDate(new LocalDate(2024, 3, 25)), Moment.FromInstant(Instant.FromUtc(2024, 3, 25, 2, 0)));
    }

    [Fact]
    public void ToString_DateOnly_IsIsoDate()
    {
        Assert.Equal("2024-03-25", Moment.FromDate(new LocalDate(2024, 3, 25)).ToString());
    }

    [Fact]
    public void ToString_Instant_ShowsShanghaiDateAndUtcInstant()
    {
        Assert.Equal("2024-03-22 (2024-03-21T16:30:00Z)", Moment.FromInstant(Instant.FromUtc(2024, 3, 21, 16, 30)).ToString());
    }
}
