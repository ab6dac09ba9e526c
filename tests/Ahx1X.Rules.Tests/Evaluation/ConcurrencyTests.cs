using System.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using Newtonsoft.Json.Linq;
using NodaTime;
using Xunit.Abstractions;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>Tests in this collection run alone, after the others, so they neither slow other tests nor are timed with them.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;

/// <summary>
/// One engine judges from eight threads at once exactly as it does from one: 8 × 100,000
/// evaluations of varied documents of every kind (accepted, warned, rejected, with missing facts
/// and with a rule that fails), each compared with the result of a sequential run.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Threads = 8;
    private const int EvaluationsPerThread = 100_000;
    private const int Inputs = 4_000;

    /// <summary>A rule added to the Application workflow that divides by zero when an institution offers exactly two majors.</summary>
    private const string FailingRule = "REQ-03-majors-ratio";

    [Fact]
    public void EvaluateWith_OneEngineFromEightThreads_GivesTheSequentialResults()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w =>
        {
            var rule = (JObject)TempRulePack.Rule(w, "REQ-03-funding-budgeted").DeepClone();
            rule["RuleName"] = FailingRule;
            rule["Expression"] = "institution.MajorsOffered.Count / (institution.MajorsOffered.Count - 2) >= -100";
            ((JArray)w["Rules"]!).Add(rule);
        });
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);
        var inputs = Generate(new Random(20240322), Inputs);
        var clock = Stopwatch.StartNew();
        var expected = inputs.Select(i => i.EvaluateWith(engine)).ToArray();
        var sequential = clock.Elapsed;
        AssertVaried(expected);

        var mismatches = new List<string>[Threads];
        var errors = new Exception?[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            mismatches[t] = [];
            try
            {
                start.SignalAndWait();
                for (var i = 0; i < EvaluationsPerThread; i++)
                {
                    // Each thread walks the inputs in its own order, so threads meet on every input.
                    var n = (int)(((long)i * (2 * t + 1) + (t * 977)) % inputs.Length);
                    var actual = inputs[n].EvaluateWith(engine);
                    if (!Same(expected[n], actual) && mismatches[t].Count < 5)
                    {
                        mismatches[t].Add($"thread {t}, input {n} ({inputs[n].Id}): expected {Describe(expected[n])}, got {Describe(actual)}");
                    }
                }
            }
            catch (Exception ex)
            {
                errors[t] = ex;
            }
        })).ToList();

        clock.Restart();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var concurrent = clock.Elapsed;

        output.WriteLine($"{Inputs} inputs judged sequentially in {sequential.TotalMilliseconds:F0} ms; "
            + $"{Threads} threads x {EvaluationsPerThread:N0} evaluations in {concurrent.TotalSeconds:F1} s "
            + $"({Threads * EvaluationsPerThread / concurrent.TotalSeconds:N0} per second on {Environment.ProcessorCount} cores).");
        Assert.All(errors, e => Assert.Null(e));
        Assert.Empty(mismatches.SelectMany(m => m));
    }

    private static bool Same(EvaluationResult a, EvaluationResult b)
    {
        if (a.Outcome != b.Outcome || a.Findings.Count != b.Findings.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Findings.Count; i++)
        {
            var (x, y) = (a.Findings[i], b.Findings[i]);
            if (x.ClauseId != y.ClauseId || x.RuleName != y.RuleName || x.Kind != y.Kind || x.Message != y.Message || !x.Facts.SequenceEqual(y.Facts))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(EvaluationResult result) => result.DescribeStep();

    /// <summary>Checks that the inputs cover every outcome, missing facts and failed rules, in every workflow.</summary>
    private static void AssertVaried(IReadOnlyList<EvaluationResult> results)
    {
        Assert.Equal(Enum.GetValues<Outcome>().ToHashSet(), results.Select(r => r.Outcome).ToHashSet());
        Assert.Equal(6, results.Select(r => r.Workflow).Distinct().Count());
        var kinds = results.SelectMany(r => r.Findings).GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(kinds.GetValueOrDefault(FindingKind.MissingFacts) > 100, "too few missing facts");
        Assert.True(kinds.GetValueOrDefault(FindingKind.RuleFailed) > 100, "too few failed rules");
        Assert.True(results.Count(r => r.Outcome == Outcome.Accepted) > results.Count / 3, "too few accepted");
    }

    /// <summary>Returns varied records of every kind, about half of them applications that are accepted.</summary>
    private static DocumentEntry[] Generate(Random random, int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            object request = random.Next(10) switch
            {
                < 5 => Application(random),
                5 => CityReview(random),
                6 => ProvincialReview(random),
                7 => SummaryMail(random),
                8 => Adjustment(random),
                _ => MonthlyReports(random),
            };
            return new DocumentEntry { Id = $"C{i:D4}", Subject = "concurrency", Item = request.GetType().Name, Request = request };
        }).ToArray();

    private static T? Sometimes<T>(Random random, T value, int nullInTen = 1)
        where T : class => random.Next(10) < nullInTen ? null : value;

    private static T? SometimesValue<T>(Random random, T value, int nullInTen = 1)
        where T : struct => random.Next(10) < nullInTen ? null : value;

    private static readonly string[] Majors = ["软件技术", "计算机应用技术", "数字媒体技术", "物流管理"];

    private static ApplicationRequest Application(Random random)
    {
        // Mostly the compliant application (cheapest to judge), sometimes with a fact missing or a clause broken.
        var variant = random.Next(24);
        var offered = Majors.Take(variant < 2 ? 2 : random.Next(3, 5)).ToArray();
        var institution = TestData.Institution with
        {
            MajorsOffered = variant == 7 ? null : offered,
            FundingBudgeted = variant == 8 ? random.Next(2) == 0 : true,
            RegisteredOn = variant == 9 ? null : TestData.Institution.RegisteredOn,
        };
        var application = TestData.Application with
        {
            Candidates = variant == 6 ? random.Next(0, 30) : random.Next(30, 120),
            SubmittedAt = Moment.FromDate(new LocalDate(2024, 3, 22).PlusDays(variant == 5 ? random.Next(-30, 60) : random.Next(0, 12))),
            AssessedMajors = [offered[random.Next(offered.Length)]],
            CertificateCode = variant == 4 ? Properties.Generators.UnknownCode : "B1-WEB",
            Level = SometimesValue(random, CertificateLevel.Intermediate, variant == 3 ? 5 : 0),
        };
        return new ApplicationRequest
        {
            Institution = institution,
            Application = application,
            EarlierApplications = variant == 2 ? [application] : [],
        };
    }

    private static CityReviewRequest CityReview(Random random) =>
        StepData.CityReview(
            random.Next(4) == 0 ? InstitutionKind.HigherVocational : InstitutionKind.SecondaryVocational,
            random.Next(2) == 0 ? Season.Spring : Season.Autumn,
            random.Next(8) == 0 ? null : Date(3, 15).PlusDays(random.Next(0, 200)));

    private static ProvincialReviewRequest ProvincialReview(Random random) =>
        StepData.ProvincialReview(
            random.Next(3) == 0 ? InstitutionKind.AppliedUndergraduate : InstitutionKind.ProvincialSecondarySpecialised,
            Season.Spring,
            Date(3, 24).PlusDays(random.Next(0, 20)),
            random.Next(5) == 0 ? null : new CityReviewRecord
            {
                ReviewedAt = Sometimes(random, Moment.FromDate(Date(3, 22).PlusDays(random.Next(0, 15)))),
                Passed = SometimesValue(random, random.Next(5) != 0),
            });

    private static SummaryTableMail SummaryMail(Random random) =>
        StepData.SummaryMail(Season.Spring, Moment.FromDate(Date(3, 20).PlusDays(random.Next(0, 10)))) with
        {
            Sealed = SometimesValue(random, random.Next(6) != 0),
            Recipient = Sometimes(random, MailRecipient.ToMailbox(random.Next(6) == 0 ? IncreaseMailbox : SummaryMailbox)),
            SenderKind = random.Next(6) == 0 ? SenderKind.SecondaryVocational : SenderKind.HigherVocational,
        };

    private static AdjustmentRequest Adjustment(Random random) =>
        StepData.Adjustment(
            Plan(40),
            Plan(SometimesValue(random, random.Next(30, 60)), random.Next(8) == 0 ? CertificateLevel.Senior : CertificateLevel.Intermediate),
            Sometimes(random, IncreaseInOrder with { SchoolLeaderAgreed = SometimesValue(random, random.Next(4) != 0) }, 2));

    private static MonthlyReportsRequest MonthlyReports(Random random) => new()
    {
        Year = 2024,
        Institution = College,
        AsOf = Date(4, 1).PlusDays(random.Next(0, 240)),
        Approvals = [new Approval("B1-WEB", Date(4, 1).PlusDays(random.Next(0, 20)))],
        Reported = Enumerable.Range(4, 9).Where(_ => random.Next(5) != 0).Select(m => new YearMonth(2024, m)).ToArray(),
    };
}
