using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// Workflows, their fused checks and their rules compile at first use, so the first records of a
/// run judged on several threads at once compile several of them at the same moment: each fresh
/// engine judges every sample record, from every thread together, as one thread does.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class FirstUseConcurrencyTests
{
    private const int FreshEngines = 40;

    [Fact]
    public void FreshEngines_JudgingEverySampleFromManyThreadsAtOnce_JudgeAsOneThreadDoes()
    {
        var entries = JudgedTogether.Link(Directory.GetFiles(Repository.PathOf("samples/documents"), "*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => Document.Load(file).Entries));
        var expected = Outcomes(new PolicyEngine(RulePack.LoadEmbedded()), entries, parallel: false);

        for (var run = 0; run < FreshEngines; run++)
        {
            Assert.Equal(expected, Outcomes(new PolicyEngine(RulePack.LoadEmbedded()), entries, parallel: true));
        }
    }

    private static string[] Outcomes(PolicyEngine engine, IReadOnlyList<DocumentEntry> entries, bool parallel)
    {
        var outcomes = new string[entries.Count];
        void Judge(int i)
        {
            var result = entries[i].EvaluateWith(engine);
            outcomes[i] = $"{entries[i].Id} {result.Outcome} {string.Join(",", result.Findings.Select(f => f.ClauseId + ":" + f.Kind))}";
        }

        if (parallel)
        {
            Parallel.For(0, entries.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, Judge);
        }
        else
        {
            for (var i = 0; i < entries.Count; i++)
            {
                Judge(i);
            }
        }

        return outcomes;
    }
}
