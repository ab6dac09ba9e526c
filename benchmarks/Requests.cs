using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Benchmarks;

/// <summary>The three applications the application benchmarks judge.</summary>
public enum ApplicationCase
{
    /// <summary>Every clause met: the facade returns no finding.</summary>
    Accepted,

    /// <summary>Two error clauses broken: 23 candidates for a minimum of 30 (SCALE-01), submitted outside the spring window (TIME-01).</summary>
    Rejected,

    /// <summary>Two facts left null, each one rule's: the number of candidates (SCALE-01) and whether the form is uploaded (SCALE-02).</summary>
    MissingFacts,
}

/// <summary>Builds the requests the benchmarks judge: three fixed cases and a seeded random batch.</summary>
internal static class Requests
{
    /// <summary>The seed of the benchmarks' generated batch; change it and the figures are no longer comparable.</summary>
    public const int BatchSeed = 20240322;

    private static readonly Institution School = new()
    {
        Name = "安徽示范职业技术学院",
        Kind = InstitutionKind.HigherVocational,
        City = "合肥",
        RegisteredOn = new LocalDate(2021, 5, 10),
        MajorsOffered = ["计算机应用技术", "软件技术", "大数据与会计"],
        OfficeMeetingApprovedOn = new LocalDate(2024, 3, 12),
        StandardsInTrainingPlan = true,
        FundingBudgeted = true,
    };

    /// <summary>Returns the request for <paramref name="which"/>.</summary>
    public static ApplicationRequest For(ApplicationCase which) => which switch
    {
        ApplicationCase.Accepted => new ApplicationRequest
        {
            Institution = School,
            Application = new Application
            {
                Year = 2024, CertificateCode = "B1-WEB", Level = CertificateLevel.Intermediate,
                AssessedMajors = ["计算机应用技术", "软件技术"], Candidates = 45, Season = Season.Spring,
                SubmittedAt = new LocalDate(2024, 4, 2), JustificationPresent = true, FormPresent = true,
            },
        },
        ApplicationCase.Rejected => new ApplicationRequest
        {
            Institution = School,
            Application = new Application
            {
                Year = 2024, CertificateCode = "B1-WEB", Level = CertificateLevel.Junior,
                AssessedMajors = ["软件技术"], Candidates = 23, Season = Season.Spring,
                SubmittedAt = new LocalDate(2024, 4, 10), JustificationPresent = true, FormPresent = true,
            },
        },
        ApplicationCase.MissingFacts => new ApplicationRequest
        {
            Institution = School,
            Application = new Application
            {
                Year = 2024, CertificateCode = "B1-WEB", Level = CertificateLevel.Junior,
                AssessedMajors = ["大数据与会计"], Candidates = null, Season = Season.Autumn,
                SubmittedAt = new LocalDate(2024, 9, 20), JustificationPresent = true, FormPresent = null,
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
    };

    /// <summary>
    /// Generates <paramref name="count"/> requests from a fixed seed: certificates from
    /// <paramref name="catalogue"/> (and an unknown code 2% of the time), dates around both seasons' windows,
    /// a few nulls and a few repeated applications, so every outcome occurs.
    /// </summary>
    public static ApplicationRequest[] Generate(int count, Catalogue catalogue, int seed)
    {
        var random = new Random(seed);
        string[] majors = ["计算机应用技术", "软件技术", "大数据与会计", "物流管理", "老年保健与管理", "工业机器人技术", "建筑工程技术"];
        var codes = catalogue.Entries.Select(e => e.Code).ToArray();
        var schools = Enumerable.Range(0, 200).Select(i => new Institution
        {
            Name = $"示范学院{i:D3}",
            Kind = (InstitutionKind)random.Next(4),
            City = "合肥",
            RegisteredOn = Maybe(random, 0.03, () => new LocalDate(2019, 1, 1).PlusDays(random.Next(2000))),
            MajorsOffered = MaybeOf(random, 0.02, () => (IReadOnlyList<string>)random.GetItems(majors, 3 + random.Next(4)).Distinct().ToArray()),
            OfficeMeetingApprovedOn = Maybe(random, 0.05, () => new LocalDate(2024, 2, 1).PlusDays(random.Next(60))),
            StandardsInTrainingPlan = Maybe(random, 0.03, () => random.NextDouble() < 0.9),
            FundingBudgeted = Maybe(random, 0.03, () => random.NextDouble() < 0.9),
        }).ToArray();

        var requests = new ApplicationRequest[count];
        for (var i = 0; i < count; i++)
        {
            var season = random.Next(2) == 0 ? Season.Spring : Season.Autumn;
            var windowStart = season == Season.Spring ? new LocalDate(2024, 3, 22) : new LocalDate(2024, 9, 15);
            var application = new Application
            {
                Year = 2024,
                CertificateCode = random.NextDouble() < 0.02 ? "X9-UNKNOWN" : codes[random.Next(codes.Length)],
                Level = Maybe(random, 0.02, () => (CertificateLevel)(1 + random.Next(3))),
                AssessedMajors = MaybeOf(random, 0.02, () => (IReadOnlyList<string>)random.GetItems(majors, 1 + random.Next(2)).Distinct().ToArray()),
                Candidates = Maybe(random, 0.03, () => 15 + random.Next(80)),
                Season = season,
                SubmittedAt = MaybeOf(random, 0.02, () => (Moment)windowStart.PlusDays(random.Next(-1, 13))),
                JustificationPresent = Maybe(random, 0.02, () => random.NextDouble() < 0.97),
                FormPresent = Maybe(random, 0.02, () => random.NextDouble() < 0.97),
            };
            Application[] earlier = random.NextDouble() < 0.05 ? [application with { }] : [];
            requests[i] = new ApplicationRequest { Institution = schools[random.Next(schools.Length)], Application = application, EarlierApplications = earlier };
        }

        return requests;
    }

    private static T? Maybe<T>(Random random, double nullRate, Func<T> value)
        where T : struct =>
        random.NextDouble() < nullRate ? null : value();

    private static T? MaybeOf<T>(Random random, double nullRate, Func<T> value)
        where T : class =>
        random.NextDouble() < nullRate ? null : value();
}
