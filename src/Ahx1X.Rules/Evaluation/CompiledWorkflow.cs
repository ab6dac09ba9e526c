using System.Linq.Expressions;
using System.Numerics;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Evaluation;

/// <summary>The rules of one workflow, compiled for one scope type, in file order.</summary>
/// <param name="name">The workflow's name.</param>
/// <param name="file">The file it was read from.</param>
/// <param name="rules">Its enabled rules, in file order.</param>
/// <param name="compiler">The compiler of its expressions.</param>
/// <param name="precompiled">Returns the check compiled with the library that means exactly the given tree, or null.</param>
internal sealed class CompiledWorkflow<TScope>(
    string name, string file, IReadOnlyList<CompiledRule<TScope>> rules, Expressions.ExpressionCompiler<TScope> compiler, Func<LambdaExpression, Delegate?> precompiled) : IWorkflowInfo
    where TScope : Scope
{
    private readonly CompiledRule<TScope>[] _rules = [.. rules];

    // One delegate for every rule, returning the rules broken and those missing a fact; none past 64 rules.
    // Made at first use: a console judging one kind of document never pays for the others.
    private readonly Lazy<FusedCheck<TScope>?> _fused = new(() => Tree(rules, compiler) is { } tree
        ? precompiled(tree) as FusedCheck<TScope> ?? Expressions.ExpressionCompiler<TScope>.CompileLambda(tree)
        : null);

    /// <summary>Returns the tree of the fused check of <paramref name="rules"/>, or null past 64 rules.</summary>
    private static Expression<FusedCheck<TScope>>? Tree(IReadOnlyList<CompiledRule<TScope>> rules, Expressions.ExpressionCompiler<TScope> compiler) =>
        rules.Count <= 64 ? compiler.FusedTree([.. rules.Select(r => r.Body)]) : null;

    // The verdicts without findings, by the rules broken and missing a fact: a batch meets few combinations.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(ulong Broken, ulong Missing), CheckResult> _checks = new();

    private EvaluationResult? _lastAccepted;

    public string Name { get; } = name;

    /// <summary>Gets the tree the fused check is compiled from, or null past 64 rules, when there is none.</summary>
    public LambdaExpression? FusedTree => Tree(_rules, compiler);

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

    /// <summary>Runs every rule one by one, returning the findings, each with <paramref name="contact"/>'s contact, and every rule's verdict with the values it read.</summary>
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<RuleVerdict> Verdicts) Explain(TScope scope, FindingContact contact)
    {
        var findings = new List<Finding>();
        var answering = contact.Resolve();
        var verdicts = new RuleVerdict[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            var (finding, verdict) = _rules[i].Explain(scope, answering);
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
    /// fused delegate tells in one pass which rules are broken and which miss a fact; only those
    /// build their findings, each once, with <paramref name="contact"/>'s contact. If it throws,
    /// every rule runs one by one, so a failing rule is reported.
    /// </summary>
    public IReadOnlyList<Finding> Evaluate(TScope scope, FindingContact contact)
    {
        if (!TryFused(scope, out var broken, out var missing, out var reached))
        {
            return EvaluateOneByOne(scope, contact.Resolve());
        }

        if ((broken | missing) == 0)
        {
            return [];
        }

        var answering = contact.Resolve();
        var findings = new List<Finding>(BitOperations.PopCount(broken | missing));
        for (var i = 0; i < _rules.Length; i++)
        {
            var bit = 1UL << i;
            if ((missing & bit) != 0)
            {
                findings.Add(_rules[i].Missing(scope, reached![i]!, answering));
            }
            else if ((broken & bit) != 0)
            {
                findings.Add(_rules[i].Broken(scope, answering));
            }
        }

        return findings;
    }

    /// <summary>
    /// Runs every rule and returns the verdict with the clauses that fired, building no finding:
    /// one shared result per combination of rules broken and missing a fact.
    /// </summary>
    public CheckResult Check(TScope scope)
    {
        if (!TryFused(scope, out var broken, out var missing, out _))
        {
            return CheckResult.Of(EvaluateOneByOne(scope, null));
        }

        if ((broken | missing) == 0)
        {
            return CheckResult.Accepted;
        }

        if (_checks.TryGetValue((broken, missing), out var known))
        {
            return known;
        }

        var tally = default(OutcomeTally);
        var clauses = new List<string>();
        for (var i = 0; i < _rules.Length; i++)
        {
            var bit = 1UL << i;
            if (((broken | missing) & bit) == 0)
            {
                continue;
            }

            var definition = _rules[i].Definition;
            tally.Add((missing & bit) != 0 ? FindingKind.MissingFacts : definition.BrokenKind, definition.Severity);
            if (!clauses.Contains(definition.ClauseId))
            {
                clauses.Add(definition.ClauseId);
            }
        }

        var result = new CheckResult(tally.Outcome, clauses.ToArray());

        // Bounded: a pathological mix of inputs cannot grow the table without end.
        if (_checks.Count < 4096)
        {
            _checks.TryAdd((broken, missing), result);
        }

        return result;
    }

    /// <summary>Returns the result of an evaluation that found nothing, shared while its receipt is the same.</summary>
    public EvaluationResult Accepted(DecisionReceipt receipt)
    {
        if (Volatile.Read(ref _lastAccepted) is { } last && ReferenceEquals(last.Receipt, receipt))
        {
            return last;
        }

        var accepted = new EvaluationResult { Outcome = Outcome.Accepted, Findings = [], Receipt = receipt };
        Volatile.Write(ref _lastAccepted, accepted);
        return accepted;
    }

    /// <summary>Runs the fused delegate; false when there is none or a rule threw.</summary>
    private bool TryFused(TScope scope, out ulong broken, out ulong missing, out string?[]? reached)
    {
        if (_fused.Value is { } fused)
        {
            try
            {
                broken = fused(scope, out missing, out reached);
                return true;
            }
            catch (Exception)
            {
                // A rule threw; the one-by-one pass finds which and reports it as failed.
            }
        }

        broken = missing = 0;
        reached = null;
        return false;
    }

    private List<Finding> EvaluateOneByOne(TScope scope, Contact? contact)
    {
        var findings = new List<Finding>();
        foreach (var rule in _rules)
        {
            if (rule.Evaluate(scope, contact) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }
}

/// <summary>What every compiled workflow tells about itself, whatever its scope type.</summary>
internal interface IWorkflowInfo
{
    string Name { get; }

    /// <summary>Gets the file the workflow was read from, relative to its edition.</summary>
    string File { get; }

    /// <summary>Gets the tree the workflow's fused check is compiled from, or null when it has none.</summary>
    LambdaExpression? FusedTree { get; }

    /// <summary>Gets or sets the receipt of the workflow's last result, reused while it still applies.</summary>
    Results.DecisionReceipt? LastReceipt { get; set; }

    void Warm();

    /// <summary>Returns the result of an evaluation that found nothing, shared while its receipt is the same.</summary>
    Results.EvaluationResult Accepted(Results.DecisionReceipt receipt);

    IReadOnlyList<string> ClauseIds { get; }

    /// <summary>Gets the definitions of the workflow's rules, in file order.</summary>
    IEnumerable<RuleModel.RuleDefinition> Definitions { get; }

    /// <summary>Lists each rule with the fact names its findings may show.</summary>
    IEnumerable<(RuleModel.RuleDefinition Rule, IReadOnlyList<string> Names)> FactNames();
}
