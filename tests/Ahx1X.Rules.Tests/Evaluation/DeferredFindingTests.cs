using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// A finding's message and facts may be rendered at their first read: the finding still behaves
/// as an immutable value, on any thread, through <c>with</c> and equality.
/// </summary>
public sealed class DeferredFindingTests
{
    private static Finding Scale01() =>
        Assert.Single(TestData.Evaluate(a => a with { Candidates = 23 }).For("SCALE-01"));

    [Fact]
    public void Finding_ReadTwice_GivesTheSameInstances()
    {
        var finding = Scale01();

        Assert.Same(finding.Message, finding.Message);
        Assert.Same(finding.Facts, finding.Facts);
        Assert.Equal("申报人数 23 人，低于该证书开考最低人数 30 人", finding.Message.Zh);
        Assert.Equal("23", finding.Facts.Single(f => f.Name == "application.Candidates").Value);
    }

    [Fact]
    public void Finding_ReadOnManyThreadsAtOnce_GivesEveryThreadTheSameText()
    {
        for (var round = 0; round < 50; round++)
        {
            var finding = Scale01();
            using var start = new ManualResetEventSlim();
            var reads = new (LocalizedText Message, IReadOnlyList<Fact> Facts)[4];
            var threads = Enumerable.Range(0, reads.Length).Select(i => new Thread(() =>
            {
                start.Wait();
                // Half the threads read the facts first, half the message.
                if (i % 2 == 0)
                {
                    var message = finding.Message;
                    reads[i] = (message, finding.Facts);
                }
                else
                {
                    var facts = finding.Facts;
                    reads[i] = (finding.Message, facts);
                }
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            start.Set();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            Assert.All(reads, r => Assert.Same(reads[0].Message, r.Message));
            Assert.All(reads, r => Assert.Same(reads[0].Facts, r.Facts));
        }
    }

    [Fact]
    public void CopyMadeBeforeTheFirstRead_SharesTheTextAndEqualsTheOriginal()
    {
        var finding = Scale01();

        var copy = finding with { };

        Assert.Equal(finding, copy);
        Assert.Equal(finding.GetHashCode(), copy.GetHashCode());
        Assert.Same(finding.Message, copy.Message);
        Assert.Same(finding.Facts, copy.Facts);
    }

    [Fact]
    public void CopyWithAnotherMessage_KeepsTheFactsAndDiffers()
    {
        var finding = Scale01();

        var copy = finding with { Message = new LocalizedText("另一条", "another") };

        Assert.Equal("another", copy.Message.En);
        Assert.Same(finding.Facts, copy.Facts);
        Assert.NotEqual(finding, copy);
    }

    [Fact]
    public void FindingBuiltByAnInitializer_EqualsARenderedOneWithTheSameMembers()
    {
        var finding = Scale01();

        var written = new Finding
        {
            ClauseId = finding.ClauseId,
            RuleName = finding.RuleName,
            Severity = finding.Severity,
            Kind = finding.Kind,
            Message = new LocalizedText(finding.Message.Zh, finding.Message.En),
            Citation = finding.Citation,
            Facts = finding.Facts,
            Contact = finding.Contact,
        };

        Assert.Equal(finding, written);
        Assert.Equal(finding.GetHashCode(), written.GetHashCode());
    }

    [Fact]
    public void MissingFactsFinding_NamesEveryMissingFact_WhicheverIsReadFirst()
    {
        var request = TestData.Request(a => a with { Candidates = null });
        var factsFirst = Assert.Single(TestData.Engine.Evaluate(request).For("SCALE-01"));
        var messageFirst = Assert.Single(TestData.Engine.Evaluate(request).For("SCALE-01"));

        var facts = factsFirst.Facts;
        var message = messageFirst.Message;

        Assert.Equal(FindingKind.MissingFacts, factsFirst.Kind);
        Assert.Equal(message, factsFirst.Message);
        Assert.Equal(facts, messageFirst.Facts);
        Assert.Null(facts.Single(f => f.Name == "application.Candidates").Value);
    }

    [Fact]
    public void ListTheCallerChangesAfterwards_DoesNotChangeTheFinding()
    {
        var majors = new List<string> { "软件技术", "茶艺与茶营销" };
        var finding = Assert.Single(TestData.Evaluate(a => a with { AssessedMajors = majors }).For("SCALE-05"));

        majors[1] = "物流管理";

        Assert.Contains("茶艺与茶营销", finding.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("茶艺与茶营销", finding.Facts.Single(f => f.Name == "application.AssessedMajors").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void CountOfAListTheCallerChangesAfterwards_DoesNotChangeTheMessage()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.WorkflowFile, "\"en\": \"{application.Candidates} candidates applied for,", "\"en\": \"{application.Candidates} candidates applied for ({application.AssessedMajors.Count} majors),");
        var engine = new PolicyEngine(RulePack.LoadFromDirectory(pack.Root));
        var majors = new List<string> { "软件技术" };

        var finding = engine.Evaluate(TestData.Request(a => a with { Candidates = 23, AssessedMajors = majors })).For("SCALE-01").Single();
        majors.Add("大数据与会计");

        Assert.False(engine.Pack.For(2024).Application.Rules.Single(r => r.Definition.ClauseId == "SCALE-01").DefersText);
        Assert.StartsWith("23 candidates applied for (1 majors),", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void DateReadOnceForBothLanguages_NotGiven_IsSaidInEachLanguage()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.WorkflowFile, "\"zh\": \"申报人数 {application.Candidates} 人，", "\"zh\": \"申报人数 {application.Candidates} 人（注册于 {institution.RegisteredOn}），");
        pack.Replace(TempRulePack.WorkflowFile, "\"en\": \"{application.Candidates} candidates applied for,", "\"en\": \"{application.Candidates} candidates applied for (registered {institution.RegisteredOn}),");
        var engine = new PolicyEngine(RulePack.LoadFromDirectory(pack.Root));

        var unregistered = engine.Evaluate(TestData.Request(a => a with { Candidates = 23 }, i => i with { RegisteredOn = null })).For("SCALE-01").Single();
        var registered = engine.Evaluate(TestData.Request(a => a with { Candidates = 23 })).For("SCALE-01").Single();

        Assert.StartsWith("申报人数 23 人（注册于 （未提供））", unregistered.Message.Zh, StringComparison.Ordinal);
        Assert.StartsWith("23 candidates applied for (registered (not given)),", unregistered.Message.En, StringComparison.Ordinal);
        Assert.StartsWith("申报人数 23 人（注册于 2023-11-02）", registered.Message.Zh, StringComparison.Ordinal);
        Assert.StartsWith("23 candidates applied for (registered 2023-11-02),", registered.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationRules_RenderAtOnceOnlyWhereALaterReadCouldDiffer()
    {
        var rules = TestData.Engine.Pack.For(2024).Application.Rules;

        // SCOPE-01 shows the edition's list of batches, SCALE-05 two lists and calls Sets.NotIn.
        Assert.Equal(["SCOPE-01-in-catalogue", "SCALE-05-majors-offered"], rules.Where(r => !r.DefersText).Select(r => r.Definition.Name));
    }
}
