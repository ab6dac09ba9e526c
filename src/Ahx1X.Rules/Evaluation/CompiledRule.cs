using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.RuleModel;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// One rule ready to run: its expression compiled to a typed delegate, the readers of every
/// fact it and its messages look at, and its messages. It never reports a pass it did not
/// see: a missing fact or an exception becomes a finding of its own.
/// </summary>
internal sealed class CompiledRule<TScope>
    where TScope : Scope
{
    private readonly Lazy<Func<TScope, bool>> _predicate;
    private readonly MessageTemplate<TScope> _zh;
    private readonly MessageTemplate<TScope> _en;
    private readonly Reader[] _readers;
    private readonly IReadOnlySet<int> _wholeInputs;
    private readonly EditionTexts _texts;

    public CompiledRule(
        RuleDefinition definition,
        Citation citation,
        ParsedExpression expression,
        System.Linq.Expressions.Expression guarded,
        Lazy<Func<TScope, bool>> predicate,
        MessageTemplate<TScope> zh,
        MessageTemplate<TScope> en,
        ExpressionCompiler<TScope> compiler,
        EditionTexts texts)
    {
        Definition = definition;
        Citation = citation;
        Guarded = guarded;
        _predicate = predicate;
        _zh = zh;
        _en = en;
        _texts = texts;
        _wholeInputs = expression.WholeInputs;
        // Facts the expression reads decide whether the rule can run; facts only the messages
        // show are displayed, as "not given" when absent, and never make a rule indeterminate.
        var decisive = expression.Paths.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        _readers = expression.Paths.Concat(zh.Paths).Concat(en.Paths)
            .DistinctBy(p => p.Name)
            .Select(p => new Reader(p, new Lazy<Func<TScope, ChainRead>>(() => compiler.CompileReader(p)), texts.Label(p.Name), decisive.Contains(p.Name)))
            .ToArray();
        LabelledNames = _readers.SelectMany(r => compiler.NamesOf(r.Path)).Distinct().ToArray();
    }

    public RuleDefinition Definition { get; }

    /// <summary>Compiles the rule's expression now rather than at its first evaluation.</summary>
    public void Warm() => _ = _predicate.Value;

    /// <summary>Gets the rule's expression with its fact reads guarded, over the workflow's inputs, for fusing.</summary>
    public System.Linq.Expressions.Expression Guarded { get; }

    public Citation Citation { get; }

    /// <summary>Gets every name the rule's findings may show, which the edition should label in both languages.</summary>
    public IReadOnlyList<string> LabelledNames { get; }

    /// <summary>Checks the rule against <paramref name="scope"/>; returns null when the clause is met.</summary>
    public Finding? Evaluate(TScope scope)
    {
        bool holds;
        scope.MissingFact = null;
        try
        {
            holds = _predicate.Value(scope);
        }
        catch (Exception ex) when (scope.MissingFact is null)
        {
            return Failed(Read(scope), ex);
        }
        catch (Exception)
        {
            // Running on after a missing fact with a stand-in value may throw; the fact is the cause.
            holds = false;
        }

        if (scope.MissingFact is { } missing)
        {
            return Missing(scope, missing);
        }

        if (holds)
        {
            return null;
        }

        var values = Read(scope);
        try
        {
            return Finding(Definition.BrokenKind, values, new LocalizedText(_zh.Render(scope, chinese: true), _en.Render(scope, chinese: false)));
        }
        catch (Exception ex)
        {
            return Failed(values, ex);
        }
    }

    private ChainRead[] Read(TScope scope)
    {
        var values = new ChainRead[_readers.Length];
        for (var i = 0; i < _readers.Length; i++)
        {
            values[i] = _readers[i].Compiled.Value(scope);
        }

        return values;
    }

    /// <summary>Reports the fact the rule reached first and every other fact it reads that is missing too.</summary>
    private Finding Missing(TScope scope, string reached)
    {
        var values = Read(scope);
        var missing = new List<string> { reached };
        for (var i = 0; i < _readers.Length; i++)
        {
            var nullAt = values[i].NullAt;
            if (_readers[i].Decisive && (nullAt > 0 || (nullAt == 0 && !_wholeInputs.Contains(_readers[i].Path.Input))))
            {
                missing.Add(_readers[i].PrefixName(nullAt));
            }
        }

        var labels = missing.Distinct().Select(_texts.Label).ToList();
        return Finding(FindingKind.MissingFacts, values, new LocalizedText(
            Fill(_texts.MissingFacts.Zh, string.Join("、", labels.Select(l => l.Zh))),
            Fill(_texts.MissingFacts.En, string.Join(", ", labels.Select(l => l.En)))));
    }

    private Finding Failed(ChainRead[] values, Exception ex) =>
        Finding(FindingKind.RuleFailed, values, new LocalizedText(
            _texts.RuleFailed.Zh.Replace("{rule}", Definition.Name).Replace("{error}", ex.Message),
            _texts.RuleFailed.En.Replace("{rule}", Definition.Name).Replace("{error}", ex.Message)));

    private string Fill(string template, string facts) =>
        template.Replace("{facts}", facts).Replace("{clause}", Definition.ClauseId);

    /// <summary>Checks the rule and tells its verdict with every value it read, whether or not it fired.</summary>
    public (Finding? Finding, RuleVerdict Verdict) Explain(TScope scope)
    {
        var finding = Evaluate(scope);
        var outcome = finding?.Kind switch
        {
            null => RuleOutcome.Held,
            FindingKind.MissingFacts => RuleOutcome.MissingFacts,
            FindingKind.RuleFailed => RuleOutcome.Failed,
            _ => RuleOutcome.Broken,
        };
        return (finding, new RuleVerdict(Definition.Name, Definition.ClauseId, outcome, finding?.Facts ?? FactsOf(Read(scope))));
    }

    /// <summary>
    /// Reports <paramref name="missing"/> as the facts the rule lacks, without running it: the step knows they are
    /// missing before any scope can be built, such as the dates a monthly check derives its months from. The
    /// facts named in <paramref name="unknown"/> are shown as missing whatever the scope holds in their place.
    /// </summary>
    public (Finding Finding, RuleVerdict Verdict) MissingWithoutRunning(TScope scope, IReadOnlyList<string> missing, IReadOnlySet<string> unknown)
    {
        var labels = missing.Select(_texts.Label).ToList();
        var finding = Finding(FindingKind.MissingFacts, Read(scope), new LocalizedText(
            Fill(_texts.MissingFacts.Zh, string.Join("、", labels.Select(l => l.Zh))),
            Fill(_texts.MissingFacts.En, string.Join(", ", labels.Select(l => l.En)))));
        finding = finding with { Facts = finding.Facts.Select(f => unknown.Contains(f.Name) ? f with { Value = null } : f).ToArray() };
        return (finding, new RuleVerdict(Definition.Name, Definition.ClauseId, RuleOutcome.MissingFacts, finding.Facts));
    }

    private Fact[] FactsOf(ChainRead[] values) =>
        _readers.Select((r, i) => new Fact(
            r.Path.Name,
            r.Label,
            values[i].NullAt >= 0 ? null : FactText.Value(values[i].Value, chinese: false))).ToArray();

    private Finding Finding(FindingKind kind, ChainRead[] values, LocalizedText message) => new()
    {
        ClauseId = Definition.ClauseId,
        RuleName = Definition.Name,
        Severity = Definition.Severity,
        Kind = kind,
        Message = message,
        Citation = Citation,
        Facts = FactsOf(values),
    };

    /// <summary>Reads one fact for a finding; compiled when a finding first needs it.</summary>
    private sealed record Reader(FactPath Path, Lazy<Func<TScope, ChainRead>> Compiled, LocalizedText Label, bool Decisive)
    {
        public string PrefixName(int depth) =>
            string.Join('.', Path.Name.Split('.').Take(depth + 1));
    }
}
