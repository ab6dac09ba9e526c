using Ahx1X.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Ahx1X.Rules.Tests.Model;

/// <summary>
/// The zone moments are read in answers as the time zone database's Asia/Shanghai does, for
/// every instant and local time, though it reads the database only before 1991.
/// </summary>
public sealed class ChinaStandardTimeZoneTests
{
    private static readonly DateTimeZone Database = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly DateTimeZone Zone = Moment.ChinaStandardTime;

    [Fact]
    public void TheFixedInterval_IsTheDatabasesLastInterval()
    {
        Assert.Equal(Database.GetZoneInterval(ChinaStandardTimeZone.LastChange), ChinaStandardTimeZone.Standard);
        Assert.Equal(Database.GetZoneInterval(Instant.MaxValue), ChinaStandardTimeZone.Standard);
        Assert.Equal(Database.GetZoneInterval(Instant.FromUtc(2024, 3, 21, 16, 0)), ChinaStandardTimeZone.Standard);
    }

    [Fact]
    public void IdAndOffsetBounds_AreTheDatabases()
    {
        Assert.Equal(Database.Id, Zone.Id);
        Assert.Equal(Database.MinOffset, Zone.MinOffset);
        Assert.Equal(Database.MaxOffset, Zone.MaxOffset);
    }

    [Theory]
    [InlineData(1991, 9, 14, 16, 59, 1991, 9, 15)] // the last instant of daylight saving: 01:59 at UTC+09:00
    [InlineData(1991, 9, 14, 17, 0, 1991, 9, 15)] // China Standard Time from here on: 01:00 at UTC+08:00
    [InlineData(1988, 7, 1, 15, 30, 1988, 7, 2)] // daylight saving: 00:30 the next day, not 23:30
    [InlineData(1900, 1, 1, 15, 55, 1900, 1, 2)] // local mean time, UTC+08:05:43
    [InlineData(2024, 3, 21, 15, 59, 2024, 3, 21)]
    public void MomentsBefore1991_AreReadAsTheDatabaseReadsThem(int year, int month, int day, int hour, int minute, int dateYear, int dateMonth, int dateDay)
    {
        var instant = Instant.FromUtc(year, month, day, hour, minute);

        Assert.Equal(new LocalDate(dateYear, dateMonth, dateDay), Moment.FromInstant(instant).Date);
        Assert.Equal(instant.InZone(Database).LocalDateTime, instant.InZone(Zone).LocalDateTime);
    }

    [Property(MaxTest = 1000)]
    public Property AnyInstant_HasTheDatabasesInterval()
    {
        var min = Instant.MinValue.ToUnixTimeTicks();
        var max = Instant.MaxValue.ToUnixTimeTicks();
        // Half the draws across 1900–2100, where the zone changed, to the second; half across the whole calendar.
        var near = Gen.Zip(Gen.Choose(-70 * 365, 130 * 365), Gen.Choose(0, 86_399))
            .Select(p => Instant.FromUnixTimeSeconds((p.Item1 * 86_400L) + p.Item2));
        var anywhere = Gen.Choose(0, int.MaxValue)
            .Select(n => Instant.FromUnixTimeTicks(min + (long)(n / (double)int.MaxValue * (max - min))));
        var instants = Gen.OneOf(near, anywhere).Select(i => i > Instant.MaxValue ? Instant.MaxValue : i);
        return Prop.ForAll(Arb.From(instants), instant =>
            (Zone.GetZoneInterval(instant).Equals(Database.GetZoneInterval(instant))
                && instant.InZone(Zone).Date == instant.InZone(Database).Date).Label(instant.ToString()));
    }

    [Property(MaxTest = 500)]
    public Property AnyLocalTime_MapsAsInTheDatabase()
    {
        var times = Gen.Zip(Gen.Choose(-70 * 365, 130 * 365), Gen.Choose(0, 86_399))
            .Select(p => new LocalDate(1970, 1, 1).PlusDays(p.Item1).AtMidnight().PlusSeconds(p.Item2));
        return Prop.ForAll(Arb.From(times), local =>
            (Zone.MapLocal(local).Count == Database.MapLocal(local).Count
                && local.InZoneLeniently(Zone).ToInstant() == local.InZoneLeniently(Database).ToInstant()).Label(local.ToString()));
    }
}
