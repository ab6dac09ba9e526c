using Ahx1X.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Ahx1X.Rules.Tests.Properties;

/// <summary>FsCheck generators of 2024 application requests, biased so every outcome shows up.</summary>
internal static class Generators
{
    /// <summary>A code no catalogue holds.</summary>
    public const string UnknownCode = "B9-UNKNOWN";

    private static readonly LocalDate FirstDayOf2024 = new(2024, 1, 1);

    private static readonly string[] Majors = ["软件技术", "计算机应用技术", "数字媒体技术", "物流管理", "护理", "会计"];

    /// <summary>Codes of the sample catalogue whose every fact is given, and a code that is not in it.</summary>
    public static string[] CompleteCodes { get; } =
        TestData.Engine.Pack.For(2024).SampleCatalogue.Entries
            .Where(e => e.MinimumCandidates is not null && e.CompletionRate is not null && e.IssuanceRate is not null)
            .Select(e => e.Code)
            .Append(UnknownCode)
            .ToArray();

    private static string[] AllCodes { get; } =
        TestData.Engine.Pack.For(2024).SampleCatalogue.Entries.Select(e => e.Code).Append(UnknownCode).ToArray();

    /// <summary>Generates a day of 2024 (a leap year: 366 days).</summary>
    public static Gen<LocalDate> DayOf2024 { get; } = Gen.Choose(0, 365).Select(d => FirstDayOf2024.PlusDays(d));

    public static Gen<Season> AnySeason { get; } = Gen.Elements(Season.Spring, Season.Autumn);

    /// <summary>Generates a request with every fact supplied.</summary>
    public static Gen<ApplicationRequest> CompleteRequest { get; } = Request(complete: true);

    /// <summary>Generates a request in which any nullable fact may be missing.</summary>
    public static Gen<ApplicationRequest> AnyRequest { get; } = Request(complete: false);

    private static Gen<ApplicationRequest> Request(bool complete) =>
        from application in Application(complete, complete ? CompleteCodes : AllCodes)
        from institution in Institution(complete, application.SubmittedAt?.Date ?? new LocalDate(2024, 3, 25))
        from earlier in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Earlier(application), n))
        select new ApplicationRequest { Institution = institution, Application = application, EarlierApplications = earlier.ToArray() };

    private static Gen<Application> Application(bool complete, string[] codes) =>
        from code in Gen.Elements(codes)
        from level in Gen.Elements(CertificateLevel.Junior, CertificateLevel.Intermediate, CertificateLevel.Senior)
        from majors in Gen.SubListOf(Majors)
        from candidates in Gen.Frequency((3, Gen.Choose(0, 100)), (1, Gen.Choose(18, 42)))
        from season in AnySeason
        from submitted in SubmittedAt()
        from justification in Flag(9)
        from form in Flag(9)
        from nulls in NullMask(complete, 9)
        select new Application
        {
            Year = 2024,
            CertificateCode = code,
            Level = nulls[0] ? null : level,
            // A complete plan names at least one major: an empty list is a missing fact (SCALE-05).
            AssessedMajors = nulls[1] ? null : complete && majors.Count == 0 ? [Majors[0]] : majors.ToArray(),
            Candidates = nulls[2] ? null : candidates,
            Season = nulls[3] ? null : season,
            SubmittedAt = nulls[4] ? null : submitted.ToMoment(season),
            JustificationPresent = nulls[5] ? null : justification,
            FormPresent = nulls[6] ? null : form,
        };

    private static Gen<Institution> Institution(bool complete, LocalDate submitted) =>
        from majors in Gen.SubListOf(Majors)
        from registeredDaysBefore in Gen.Frequency((9, Gen.Choose(0, 400)), (1, Gen.Choose(-30, -1)))
        from meetingDaysBefore in Gen.Frequency((9, Gen.Choose(0, 60)), (1, Gen.Choose(-30, -1)))
        from standards in Flag(8)
        from funding in Flag(8)
        from kind in Gen.Elements(Enum.GetValues<InstitutionKind>())
        from nulls in NullMask(complete, 9)
        select new Institution
        {
            Name = "测试学院",
            Kind = kind,
            City = "合肥",
            RegisteredOn = nulls[0] ? null : submitted.PlusDays(-registeredDaysBefore),
            MajorsOffered = nulls[1] ? null : majors.Append("软件技术").Distinct().ToArray(),
            OfficeMeetingApprovedOn = nulls[2] ? null : submitted.PlusDays(-meetingDaysBefore),
            StandardsInTrainingPlan = nulls[3] ? null : standards,
            FundingBudgeted = nulls[4] ? null : funding,
        };

    /// <summary>Generates an earlier application: mostly the same certificate, level, season or year, sometimes all four.</summary>
    private static Gen<Application> Earlier(Application application) =>
        from sameCode in Flag(6)
        from sameLevel in Flag(6)
        from sameSeason in Flag(6)
        from sameYear in Flag(8)
        select application with
        {
            CertificateCode = sameCode ? application.CertificateCode : "B1-BIM-OTHER",
            Level = sameLevel ? application.Level : CertificateLevel.Senior == application.Level ? CertificateLevel.Junior : CertificateLevel.Senior,
            Season = sameSeason ? application.Season : application.Season == Season.Spring ? Season.Autumn : Season.Spring,
            Year = sameYear ? 2024 : 2023,
        };

    /// <summary>Generates when an application was submitted: half the time inside its season's window, otherwise any day of 2024, as a date or an instant.</summary>
    private static Gen<Submission> SubmittedAt() =>
        from inWindow in Gen.Elements(true, false)
        from day in DayOf2024
        from windowDay in Gen.Choose(0, 11)
        from asInstant in Gen.Elements(true, false)
        from secondOfDay in Gen.Choose(0, 86_399)
        from offsetMinutes in Gen.Choose(-12 * 4, 14 * 4).Select(q => q * 15)
        select new Submission(inWindow, day, windowDay, asInstant, secondOfDay, offsetMinutes);

    /// <summary>Generates true with probability <paramref name="outOfTen"/>/10.</summary>
    private static Gen<bool> Flag(int outOfTen) => Gen.Frequency((outOfTen, Gen.Constant(true)), (10 - outOfTen, Gen.Constant(false)));

    /// <summary>Generates which facts to leave out: none for complete requests, otherwise each with probability 1/10.</summary>
    private static Gen<bool[]> NullMask(bool complete, int count) =>
        complete ? Gen.Constant(new bool[count]) : Gen.ArrayOf(Flag(1), count);

    /// <summary>A submission day, resolved against the season's window once the season is known.</summary>
    private sealed record Submission(bool InWindow, LocalDate Day, int WindowDay, bool AsInstant, int SecondOfDay, int OffsetMinutes)
    {
        public Moment ToMoment(Season season)
        {
            var window = TestData.Engine.Pack.For(2024).Parameters.For(season).Application;
            var date = InWindow ? window.Start.PlusDays(Math.Min(WindowDay, Period.Between(window.Start, window.End, PeriodUnits.Days).Days)) : Day;
            if (!AsInstant)
            {
                return Moment.FromDate(date);
            }

            // The local time at Shanghai's own offset, so the Asia/Shanghai date stays the generated one.
            var local = date.AtMidnight().PlusSeconds(SecondOfDay);
            var instant = local.WithOffset(Offset.FromHours(8)).ToInstant();
            return Moment.FromOffsetDateTime(instant.WithOffset(Offset.FromSeconds(OffsetMinutes * 60)));
        }
    }
}
