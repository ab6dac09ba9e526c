using Ahx1X.Rules.Steps;
using Ahx1X.Rules;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Packs;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;
using RulesEngine.Models;
using ReEngine = RulesEngine.RulesEngine;

namespace Ahx1X.Benchmarks;

/// <summary>
/// Measures loading the embedded 2024 pack in a warm process: reading the resources, parsing
/// and validating every JSON file, checking the citations against the notice, parsing every
/// expression with RulesEngine's parser, the allow-list, and compiling rules, messages and fact
/// readers. The baseline is what a plain RulesEngine user pays for the same workflow: parse the
/// workflow JSON, build an engine, and execute once, since RulesEngine compiles on first use.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LoadBenchmarks
{
    private string _workflowJson = null!;
    private RuleParameter[] _ruleParameters = null!;

    [GlobalSetup]
    public void Setup()
    {
        using (var stream = typeof(RulePack).Assembly.GetManifestResourceStream("rules/2024/workflows/application.json")
            ?? throw new InvalidOperationException("The embedded workflow rules/2024/workflows/application.json is not in Ahx1X.Rules."))
        using (var reader = new StreamReader(stream))
        {
            _workflowJson = reader.ReadToEnd();
        }

        // Inputs are built once: the benchmark is about compiling, not about building a scope.
        var engine = PolicyEngine.LoadEmbedded();
        var request = Requests.For(ApplicationCase.Accepted);
        _ruleParameters = ScopeShape<ApplicationScope>.Instance.ToRuleParameters(engine.ScopeFor(request, engine.Pack.For(2024)));

        if (RulesEngineBuildAndRun().Count != engine.Pack.For(2024).Application.Rules.Count)
        {
            throw new InvalidOperationException("RulesEngine did not run every rule of the embedded workflow.");
        }
    }

    [Benchmark(Baseline = true)]
    public List<RuleResultTree> RulesEngineBuildAndRun()
    {
        var workflow = JsonConvert.DeserializeObject<Workflow>(_workflowJson)!;
        var engine = new ReEngine([workflow], ExpressionCompiler<ApplicationScope>.Settings());
        return engine.ExecuteAllRulesAsync("Application", _ruleParameters).GetAwaiter().GetResult();
    }

    /// <summary>Reads and validates every file and parses every expression; workflows compile at first use.</summary>
    [Benchmark]
    public RulePack LoadEmbedded() => RulePack.LoadEmbedded();

    /// <summary>The same, then compiles every workflow of the pack (six, where RulesEngine here builds one).</summary>
    [Benchmark]
    public RulePack LoadEmbeddedAndWarm()
    {
        var pack = RulePack.LoadEmbedded();
        pack.Warm();
        return pack;
    }
}
