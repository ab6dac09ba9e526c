using NodaTime;
using NodaTime.TimeZones;

namespace Ahx1X.Rules.Model;

/// <summary>
/// The Asia/Shanghai zone of the time zone database, answering from the database only for
/// instants before its last change of offset. China has kept UTC+08:00 without daylight saving
/// since 1991-09-15, so every moment of a notice reads one fixed interval; loading the whole
/// database for it was a noticeable part of a first run. A test holds the fixed interval and the
/// offset bounds to the database's own, so new time zone data that moved them fails the build.
/// </summary>
internal sealed class ChinaStandardTimeZone : DateTimeZone
{
    /// <summary>The zone's id in the time zone database.</summary>
    public const string ZoneId = "Asia/Shanghai";

    /// <summary>The start of the zone's last interval: the end of daylight saving, 1991-09-15 02:00 local (UTC+09:00).</summary>
    internal static readonly Instant LastChange = Instant.FromUtc(1991, 9, 14, 17, 0);

    /// <summary>The zone's last interval, China Standard Time from <see cref="LastChange"/> on.</summary>
    internal static readonly ZoneInterval Standard = new("CST", LastChange, null, Offset.FromHours(8), Offset.Zero);

    /// <summary>The zone's smallest offset in the database (China Standard Time).</summary>
    internal static readonly Offset Min = Offset.FromHours(8);

    /// <summary>The zone's largest offset in the database (daylight saving of 1940–1991).</summary>
    internal static readonly Offset Max = Offset.FromHours(9);

    private readonly Lazy<DateTimeZone> _database = new(() => DateTimeZoneProviders.Tzdb[ZoneId]);

    public ChinaStandardTimeZone()
        : base(ZoneId, false, Min, Max)
    {
    }

    /// <inheritdoc />
    public override ZoneInterval GetZoneInterval(Instant instant) =>
        instant >= LastChange ? Standard : _database.Value.GetZoneInterval(instant);
}
