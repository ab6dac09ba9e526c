using Ahx1X.Benchmarks;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Tests.Demo;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>
/// The embedded pack compiles each workflow at its first use, trusting that it was checked when
/// built: these tests are that check. Every rule of it compiles, it is the rules folder loaded in
/// full, it judges as that folder does, and a workflow that did not compile would refuse at its
/// first use instead of judging.
/// </summary>
public sealed class EmbeddedPackTests
{
    private static readonly Lazy<RulePack> Folder = new(() => RulePack.LoadFromDirectory(Repository.PathOf("rules")));

    [Fact]
    public void EveryWorkflowOfTheEmbeddedPack_Compiles()
    {
        var embedded = RulePack.LoadEmbedded();

        embedded.Warm();

        Assert.Equal(Folder.Value.For(2024).Workflows.All.Select(w => (w.Name, string.Join(",", w.ClauseIds))), embedded.For(2024).Workflows.All.Select(w => (w.Name, string.Join(",", w.ClauseIds))));
    }

    [Fact]
    public void TheEmbeddedPack_IsTheRulesFolder()
    {
        var embedded = RulePack.LoadEmbedded();

        Assert.Equal(Folder.Value.Fingerprint, embedded.Fingerprint);
        Assert.Equal(Folder.Value.For(2024).Rules, embedded.For(2024).Rules);
        Assert.Equal(Folder.Value.For(2024).Clauses, embedded.For(2024).Clauses);
    }

    [Fact]
    public void TheEmbeddedPackRulesList_NeedsNoWorkflowCompiled()
    {
        var edition = RulePack.LoadEmbedded().For(2024);

        Assert.Equal(15, edition.Rules.Count(r => r.Workflow == "Application"));
        Assert.Equal(edition.Workflows.All.SelectMany(w => w.Definitions).Select(r => r.Name), edition.Rules.Select(r => r.Name));
    }

    [Fact]
    public void TheEmbeddedPack_JudgesGeneratedApplicationsAsTheFolderDoes()
    {
        var embedded = new PolicyEngine(RulePack.LoadEmbedded());
        var folder = new PolicyEngine(Folder.Value);
        var requests = Requests.Generate(2_000, embedded.CatalogueFor(2024), Requests.BatchSeed);

        Assert.All(requests, request => Assert.Equal(folder.Evaluate(request).DescribeWhole(receipt: false), embedded.Evaluate(request).DescribeWhole(receipt: false)));
    }

    [Fact]
    public void TheEmbeddedPack_JudgesEveryOtherStepAsTheFolderDoes()
    {
        var embedded = new PolicyEngine(RulePack.LoadEmbedded());
        var folder = new PolicyEngine(Folder.Value);
        var reviewed = new LocalDate(2024, 3, 28);
        foreach (var kind in Enum.GetValues<InstitutionKind>())
        {
            var cityReview = StepData.CityReview(kind, Season.Spring, reviewed);
            Assert.Equal(folder.EvaluateCityReview(cityReview).DescribeWhole(receipt: false), embedded.EvaluateCityReview(cityReview).DescribeWhole(receipt: false));
            var provincialReview = StepData.ProvincialReview(kind, Season.Spring, reviewed.PlusDays(3), StepData.PassedCityReview(reviewed));
            Assert.Equal(folder.EvaluateProvincialReview(provincialReview).DescribeWhole(receipt: false), embedded.EvaluateProvincialReview(provincialReview).DescribeWhole(receipt: false));
        }

        var mail = StepData.SummaryMail(Season.Spring, Moment.FromDate(new LocalDate(2024, 4, 5)));
        Assert.Equal(folder.EvaluateSummaryTable(mail).DescribeWhole(receipt: false), embedded.EvaluateSummaryTable(mail).DescribeWhole(receipt: false));
        var adjustment = StepData.Adjustment(StepData.Plan(40), StepData.Plan(30));
        Assert.Equal(folder.EvaluateAdjustment(adjustment).DescribeWhole(receipt: false), embedded.EvaluateAdjustment(adjustment).DescribeWhole(receipt: false));
    }

    [Fact]
    public void ADeferredWorkflowThatDoesNotCompile_RefusesAtEachUse_AndJudgesNothing()
    {
        var files = RulePack.ReadDirectory(Repository.PathOf("rules"))
            .Select(f => f.Path == "2024/workflows/city-review.json" ? f with { Text = WithExpression(f.Text, "TIME-02-city-window", "review.NoSuchFact == 1") } : f)
            .ToList();

        // Loaded in full, the pack is refused at once, naming the rule.
        var eager = Assert.Throws<RulePackException>(() => RulePackLoader.Load(files, "broken"));
        Assert.Contains(eager.Problems, p => p.Subject == "TIME-02-city-window" && p.Code == ProblemCodes.ExpressionSyntax);

        // Deferred, the other steps judge, and the broken one refuses every time it is asked, with the same problem.
        var engine = new PolicyEngine(RulePackLoader.Load(files, "broken", checkedWhenBuilt: true));
        Assert.True(engine.Evaluate(TestData.Request()).IsAccepted);
        var review = StepData.CityReview(InstitutionKind.SecondaryVocational, Season.Spring, new LocalDate(2024, 3, 28));
        for (var i = 0; i < 2; i++)
        {
            var refused = Assert.Throws<RulePackException>(() => engine.EvaluateCityReview(review));
            Assert.Contains(refused.Problems, p => p.Subject == "TIME-02-city-window" && p.Code == ProblemCodes.ExpressionSyntax);
        }
    }

    private static string WithExpression(string workflow, string rule, string expression)
    {
        var root = JObject.Parse(workflow);
        var target = ((JArray)root["Rules"]!).Cast<JObject>().Single(r => (string?)r["RuleName"] == rule);
        target["Expression"] = expression;
        return root.ToString();
    }
}

/// <summary>The expression that primes the parser while a pack loads still parses over the application inputs, so priming still does the set-up it is for.</summary>
public sealed class ParserPrimingTests
{
    [Fact]
    public void ThePrimingExpression_Parses() => Assert.True(Ahx1X.Rules.Packs.Compilation.ParserPriming.Run());
}
