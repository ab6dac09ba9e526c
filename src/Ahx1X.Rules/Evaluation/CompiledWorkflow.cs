using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Evaluation;

/// <summary>The rules of one workflow, compiled for one scope type, in file order.</summary>
internal sealed class CompiledWorkflow<TScope>(string name, string file, IReadOnlyList<CompiledRule<TScope>> rules, Expressions.ExpressionCompiler<TScope> compiler) : IWorkflowInfo
    where TScope : Scope
{
    private readonly CompiledRule<TScope>[] _rules = [.. rules];

    // One delegate for every rule, returning a bit per rule that did not hold; none past 64 rules.
    // Compiled at first use: a console judging one kind of document never pays for the others.
    private readonly Lazy<Func<TScope, ulong>?> _fused = new(() => rules.Count <= 64 ? compiler.CompileFused([.. rules.Select(r => r.Guarded)]) : null);

    public string Name { get; } = name;

    public string File { get; } = file;

    public IReadOnlyList<CompiledRule<TScope>> Rules { get; } = rules;

    public IReadOnlyList<string> ClauseIds { get; } = rules.Select(r => r.Definition.ClauseId).Distinct().ToArray();

    public IEnumerable<RuleModel.RuleDefinition> Definitions => _rules.Select(r => r.Definition);

    public IEnumerable<(RuleModel.RuleDefinition Rule, IReadOnlyList<string> Names)> FactNames() => _rules.Select(r => (r.Definition, r.LabelledNames));

    public DecisionReceipt? LastReceipt
    {
        get => Volatile.Read(ref _lastReceipt);
        set => Volatile.Write(ref _lastReceipt, value);
    }

    private DecisionReceipt? _lastReceipt;

    /// <summary>Compiles every delegate now, so the first evaluation pays nothing.</summary>
    public void Warm()
    {
        _ = _fused.Value;
        foreach (var rule in _rules)
        {
            rule.Warm();
        }
    }

    /// <summary>Runs every rule one by one, returning the findings and every rule's verdict with the values it read.</summary>
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<RuleVerdict> Verdicts) Explain(TScope scope)
    {
        var findings = new List<Finding>();
        var verdicts = new RuleVerdict[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            var (finding, verdict) = _rules[i].Explain(scope);
            verdicts[i] = verdict;
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }

        return (findings, verdicts);
    }

    /// <summary>
    /// Runs every rule; returns the findings, or an empty list shared by every clean result. The
    /// fused delegate answers first; only the rules it flags run again one by one to build their
    /// findings, and if it throws every rule runs one by one, so a failing rule is reported.
    /// </summary>
    public IReadOnlyList<Finding> Evaluate(TScope scope)
    {
        var flagged = ulong.MaxValue;
        if (_fused.Value is { } fused)
        {
            try
            {
                flagged = fused(scope);
            }
            catch (Exception)
            {
                // A rule threw; the one-by-one pass below finds which and reports it as failed.
                flagged = ulong.MaxValue;
            }
        }

        if (flagged == 0)
        {
            return [];
        }

        List<Finding>? findings = null;
        for (var i = 0; i < _rules.Length; i++)
        {
            if ((i < 64 && (flagged & (1UL << i)) == 0) || _rules[i].Evaluate(scope) is not { } finding)
            {
                continue;
            }

            (findings ??= []).Add(finding);
        }

        return findings ?? (IReadOnlyList<Finding>)[];
    }
}

/// <summary>What every compiled workflow tells about itself, whatever its scope type.</summary>
internal interface IWorkflowInfo
{
    string Name { get; }

    /// <summary>Gets or sets the receipt of the workflow's last result, reused while it still applies.</summary>
    Results.DecisionReceipt? LastReceipt { get; set; }

    void Warm();

    IReadOnlyList<string> ClauseIds { get; }

    /// <summary>Gets the definitions of the workflow's rules, in file order.</summary>
    IEnumerable<RuleModel.RuleDefinition> Definitions { get; }

    /// <summary>Lists each rule with the fact names its findings may show.</summary>
    IEnumerable<(RuleModel.RuleDefinition Rule, IReadOnlyList<string> Names)> FactNames();
}
