using Ahx1X.Rules.Steps;
using Ahx1X.Rules;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using ReEngine = RulesEngine.RulesEngine;

namespace Ahx1X.Benchmarks;

/// <summary>
/// Judges one application five ways: plain C# that builds the facade's exact result (the
/// baseline), plain C# checks only, the <see cref="PolicyEngine"/> facade (<c>Evaluate</c>, the
/// same with every message and fact read, and <c>Check</c> for the verdict and clauses only), and
/// RulesEngine running the same 15 expressions with its own executor.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ApplicationBenchmarks
{
    private PolicyEngine _engine = null!;
    private ApplicationRequest _request = null!;
    private Catalogue _catalogue = null!;
    private EditionParameters _parameters = null!;
    private ReEngine _rulesEngine = null!;
    private SameOutputRules _sameOutput = null!;
    private RuleParameter[] _ruleParameters = null!;

    [ParamsAllValues]
    public ApplicationCase Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = PolicyEngine.LoadEmbedded();
        _request = Requests.For(Case);
        var edition = _engine.Pack.For(2024);
        _catalogue = _engine.CatalogueFor(2024);
        _parameters = edition.Parameters;
        _sameOutput = new SameOutputRules(_engine, 2024);

        // The RulesEngine peer gets its inputs ready-made: the scope (catalogue lookup, history
        // count, season calendar) and the typed RuleParameter[] are built here, once, so the
        // RulesEngine figure is RulesEngine's own execution only. HandWritten and Facade do that
        // lookup work on every call, so RulesEngine is flattered by it, not penalised.
        _ruleParameters = ScopeShape<ApplicationScope>.Instance.ToRuleParameters(_engine.ScopeFor(_request, edition));
        var workflow = new Workflow
        {
            WorkflowName = "Application",
            Rules = edition.Application.Rules
                .Select(r => new Rule { RuleName = r.Definition.Name, Expression = r.Definition.Expression })
                .ToList(),
        };
        _rulesEngine = new ReEngine([workflow], ExpressionCompiler<ApplicationScope>.Settings());

        // Warm: RulesEngine compiles a workflow's rules on its first execution.
        var peer = RulesEngine();
        CheckAgreement(peer);
    }

    [Benchmark(Baseline = true)]
    public EvaluationResult SameOutput() => _sameOutput.Evaluate(_request);

    [Benchmark]
    public int HandWritten() => HandWrittenRules.Check(_request, _catalogue, _parameters);

    [Benchmark]
    public EvaluationResult Facade() => _engine.Evaluate(_request);

    /// <summary>Evaluates and reads every message and fact, as a caller that shows them does: the facade renders them at their first read.</summary>
    [Benchmark]
    public int FacadeRead() => Interleaved.ReadEverything(_engine.Evaluate(_request));

    [Benchmark]
    public CheckResult FacadeCheck() => _engine.Check(_request);

    [Benchmark]
    public List<RuleResultTree> RulesEngine() =>
        _rulesEngine.ExecuteAllRulesAsync("Application", _ruleParameters).GetAwaiter().GetResult();

    /// <summary>Fails the run unless the three ways reach the same verdict on every rule.</summary>
    private void CheckAgreement(List<RuleResultTree> peer)
    {
        var handWritten = HandWritten();
        var facade = HandWrittenRules.MaskOf(Facade());
        if (handWritten != facade)
        {
            throw new InvalidOperationException($"{Case}: hand-written mask {handWritten:X8} differs from the facade's {facade:X8}.");
        }

        // RulesEngine has no notion of a missing fact: a null compares false or throws, and
        // either way the rule is reported as not successful.
        var notPassed = (handWritten & 0xFFFF) | (handWritten >> HandWrittenRules.MissingShift);
        var peerNotPassed = 0;
        foreach (var result in peer.Where(r => !r.IsSuccess))
        {
            peerNotPassed |= 1 << Array.IndexOf(HandWrittenRules.RuleNames, result.Rule.RuleName);
        }

        if (notPassed != peerNotPassed)
        {
            throw new InvalidOperationException($"{Case}: RulesEngine fails rules {peerNotPassed:X4}, the hand-written checks {notPassed:X4}.");
        }

        Console.WriteLine($"// {Case}: hand-written mask 0x{handWritten:X8}, facade {Facade().Outcome} with {Facade().Findings.Count} finding(s), RulesEngine fails {peer.Count(r => !r.IsSuccess)} of {peer.Count} rule(s)");
    }
}
