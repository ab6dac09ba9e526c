using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.RuleModel;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// One rule ready to run: its expression compiled to a typed delegate, the readers of every
/// fact it and its messages look at, and its messages. It never reports a pass it did not
/// see: a missing fact or an exception becomes a finding of its own. Its findings are built
/// by delegates compiled for the rule (<see cref="MessageRenderer"/>, <see cref="FactsCompiler"/>),
/// when it first has one to build.
/// </summary>
internal sealed class CompiledRule<TScope>
    where TScope : Scope
{
    private readonly Lazy<RulePredicate<TScope>> _predicate;
    private readonly Lazy<Func<TScope, LocalizedText>> _message;
    private readonly Lazy<FactsReader<TScope>> _facts;
    private readonly Reader[] _readers;
    private readonly EditionTexts _texts;

    // The missing-facts message split around "{facts}", with the clause already filled in.
    private readonly string[] _missingZh;
    private readonly string[] _missingEn;

    public CompiledRule(
        RuleDefinition definition,
        Citation citation,
        ParsedExpression expression,
        MessageTemplate<TScope> zh,
        MessageTemplate<TScope> en,
        ExpressionCompiler<TScope> compiler,
        EditionTexts texts)
    {
        Definition = definition;
        Citation = citation;
        Body = expression.Body;
        _texts = texts;
        _predicate = new(() => compiler.CompilePredicate(expression.Body));
        _message = new(() => MessageRenderer.Compile(zh, en, compiler));

        // Facts the expression reads decide whether the rule can run; facts only the messages
        // show are displayed, as "not given" when absent, and never make a rule indeterminate.
        var decisive = expression.Paths.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        _readers = expression.Paths.Concat(zh.Paths).Concat(en.Paths)
            .DistinctBy(p => p.Name)
            .Select(p => new Reader(p, texts.Label(p.Name), decisive.Contains(p.Name) ? Reader.PrefixesOf(p.Name) : null, expression.WholeInputs.Contains(p.Input)))
            .ToArray();
        var readers = _readers.Select(r => (r.Path, r.Label)).ToArray();
        _facts = new(() => FactsCompiler.Compile(compiler, readers));
        LabelledNames = _readers.SelectMany(r => compiler.NamesOf(r.Path)).Distinct().ToArray();
        _missingZh = texts.MissingFacts.Zh.Replace("{clause}", definition.ClauseId).Split("{facts}");
        _missingEn = texts.MissingFacts.En.Replace("{clause}", definition.ClauseId).Split("{facts}");
        _defers = CanDefer(zh, en, _readers);
    }

    // True when the rule's message and facts can be rendered at their first read: see CanDefer.
    private readonly bool _defers;

    // The message naming one missing fact, by the fact: at most one per fact path the rule reads.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LocalizedText> _missingOne = new(StringComparer.Ordinal);

    /// <summary>Gets whether the rule's findings render their message and facts at their first read rather than at once.</summary>
    public bool DefersText => _defers;

    public RuleDefinition Definition { get; }

    /// <summary>Gets the rule's expression over the workflow's inputs, unguarded, for fusing.</summary>
    public System.Linq.Expressions.Expression Body { get; }

    public Citation Citation { get; }

    /// <summary>Gets every name the rule's findings may show, which the edition should label in both languages.</summary>
    public IReadOnlyList<string> LabelledNames { get; }

    /// <summary>Compiles the rule's delegates now rather than at their first use.</summary>
    public void Warm()
    {
        _ = _predicate.Value;
        _ = _message.Value;
        _ = _facts.Value;
    }

    /// <summary>Checks the rule against <paramref name="scope"/>; returns null when the clause is met.</summary>
    public Finding? Evaluate(TScope scope, Contact? contact)
    {
        bool holds;
        string? missing = null;
        try
        {
            holds = _predicate.Value(scope, ref missing);
        }
        catch (Exception ex) when (missing is null)
        {
            return Failed(scope, ex, contact);
        }
        catch (Exception)
        {
            // Running on after a missing fact with a stand-in value may throw; the fact is the cause.
            holds = false;
        }

        if (missing is not null)
        {
            return Missing(scope, missing, contact);
        }

        return holds ? null : Broken(scope, contact);
    }

    /// <summary>
    /// Builds the finding of the rule broken on <paramref name="scope"/>, its text rendered when first read
    /// where that cannot fail; a message that cannot be rendered fails the rule.
    /// </summary>
    public Finding Broken(TScope scope, Contact? contact)
    {
        try
        {
            if (_defers)
            {
                // Compiled now, so that a renderer that cannot be compiled fails the rule here rather than its first read.
                _ = _message.Value;
                _ = _facts.Value;
                return Deferred(Definition.BrokenKind, new DeferredText(this, scope, null), contact);
            }
        }
        catch (Exception ex)
        {
            return Failed(scope, ex, contact);
        }

        var facts = _facts.Value(scope, null);
        try
        {
            return Finding(Definition.BrokenKind, facts, _message.Value(scope), contact);
        }
        catch (Exception ex)
        {
            return Failed(scope, ex, contact);
        }
    }

    /// <summary>Reports <paramref name="reached"/>, the fact the rule reached first, and every other fact it reads that is missing too.</summary>
    public Finding Missing(TScope scope, string reached, Contact? contact)
    {
        if (_defers)
        {
            // The message of a missing fact is the edition's, not the rule's: its facts are all it renders.
            _ = _facts.Value;
            return Deferred(FindingKind.MissingFacts, new DeferredText(this, scope, reached), contact);
        }

        var (facts, message) = MissingText(scope, reached);
        return Finding(FindingKind.MissingFacts, facts, message, contact);
    }

    /// <summary>Renders the facts of a missing-facts finding and its message, which names every missing fact the rule reads.</summary>
    private (Fact[] Facts, LocalizedText Message) MissingText(TScope scope, string reached)
    {
        var nullAt = new int[_readers.Length];
        var facts = _facts.Value(scope, nullAt);
        var names = new string[_readers.Length + 1];
        var count = 0;
        Add(names, ref count, reached);
        for (var i = 0; i < _readers.Length; i++)
        {
            var reader = _readers[i];
            var depth = nullAt[i];
            if (reader.Prefixes is { } prefixes && (depth > 0 || (depth == 0 && !reader.WholeInput)))
            {
                Add(names, ref count, prefixes[depth]);
            }
        }

        return (facts, MissingMessage(names, count));

        static void Add(string[] names, ref int count, string name)
        {
            if (Array.IndexOf(names, name, 0, count) < 0)
            {
                names[count++] = name;
            }
        }
    }

    /// <summary>
    /// Returns true when a finding's text can wait for its first read: every placeholder of both messages
    /// reads a fact path, which renders without throwing (a null shows as not given), and every fact the
    /// finding shows is a value that cannot change after the call (a value type or a text; a list, or
    /// a member of one such as its count, is the caller's and is rendered at once).
    /// </summary>
    private static bool CanDefer(MessageTemplate<TScope> zh, MessageTemplate<TScope> en, Reader[] readers)
    {
        foreach (var part in zh.Parts.Concat(en.Parts))
        {
            if (part.Body is { } body && !IsPath(body))
            {
                return false;
            }
        }

        foreach (var reader in readers)
        {
            // A member of a list (its Count) reads the caller's list, which may change after the call.
            foreach (var member in reader.Path.Members)
            {
                if (member.DeclaringType is { } owner && owner != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(owner))
                {
                    return false;
                }
            }

            var type = reader.Path.Members.Count == 0
                ? ScopeShape<TScope>.Instance.Inputs[reader.Path.Input].Type
                : reader.Path.Members[^1] switch
                {
                    System.Reflection.PropertyInfo property => property.PropertyType,
                    System.Reflection.FieldInfo field => field.FieldType,
                    _ => typeof(object),
                };
            if (!type.IsValueType && type != typeof(string))
            {
                return false;
            }
        }

        return true;

        static bool IsPath(System.Linq.Expressions.Expression body)
        {
            while (body is System.Linq.Expressions.MemberExpression member)
            {
                body = member.Expression!;
            }

            return body is System.Linq.Expressions.ParameterExpression;
        }
    }

    private Finding Deferred(FindingKind kind, DeferredText text, Contact? contact) => new(text)
    {
        ClauseId = Definition.ClauseId,
        RuleName = Definition.Name,
        Severity = Definition.Severity,
        Kind = kind,
        Citation = Citation,
        Contact = contact,
    };

    /// <summary>The text of one finding of this rule, rendered from <paramref name="scope"/> when first read; <paramref name="reached"/> is null for a broken rule.</summary>
    private sealed class DeferredText(CompiledRule<TScope> rule, TScope scope, string? reached) : FindingText
    {
        protected override LocalizedText RenderMessage()
        {
            if (reached is null)
            {
                return rule._message.Value(scope);
            }

            // One read of the facts gives both the facts and the names of the missing ones.
            var (facts, message) = rule.MissingText(scope, reached);
            Offer(facts);
            return message;
        }

        protected override IReadOnlyList<Fact> RenderFacts() => rule._facts.Value(scope, null);
    }

    /// <summary>Fills the edition's missing-facts message with the labels of the first <paramref name="count"/> of <paramref name="names"/>.</summary>
    private LocalizedText MissingMessage(IReadOnlyList<string> names, int count)
    {
        // One missing fact is the common case, and its message is the same every time: kept per fact.
        if (count == 1)
        {
            return _missingOne.TryGetValue(names[0], out var known) ? known : _missingOne.GetOrAdd(names[0], Fill(names, 1));
        }

        return Fill(names, count);
    }

    private LocalizedText Fill(IReadOnlyList<string> names, int count)
    {
        var zh = new string[count];
        var en = new string[count];
        for (var i = 0; i < count; i++)
        {
            var label = _texts.Label(names[i]);
            zh[i] = label.Zh;
            en[i] = label.En;
        }

        return new LocalizedText(string.Join(string.Join("、", zh), _missingZh), string.Join(string.Join(", ", en), _missingEn));
    }

    private Finding Failed(TScope scope, Exception ex, Contact? contact) =>
        Finding(FindingKind.RuleFailed, _facts.Value(scope, null), new LocalizedText(
            _texts.RuleFailed.Zh.Replace("{rule}", Definition.Name).Replace("{error}", ex.Message),
            _texts.RuleFailed.En.Replace("{rule}", Definition.Name).Replace("{error}", ex.Message)), contact);

    /// <summary>Checks the rule and tells its verdict with every value it read, whether or not it fired.</summary>
    public (Finding? Finding, RuleVerdict Verdict) Explain(TScope scope, Contact? contact)
    {
        var finding = Evaluate(scope, contact);
        var outcome = finding?.Kind switch
        {
            null => RuleOutcome.Held,
            FindingKind.MissingFacts => RuleOutcome.MissingFacts,
            FindingKind.RuleFailed => RuleOutcome.Failed,
            _ => RuleOutcome.Broken,
        };
        return (finding, new RuleVerdict(Definition.Name, Definition.ClauseId, outcome, finding?.Facts ?? _facts.Value(scope, null)));
    }

    /// <summary>
    /// Reports <paramref name="missing"/> as the facts the rule lacks, without running it: the step knows they are
    /// missing before any scope can be built, such as the dates a monthly check derives its months from. The
    /// facts named in <paramref name="unknown"/> are shown as missing whatever the scope holds in their place.
    /// </summary>
    public (Finding Finding, RuleVerdict Verdict) MissingWithoutRunning(TScope scope, IReadOnlyList<string> missing, IReadOnlySet<string> unknown, Contact? contact)
    {
        var facts = _facts.Value(scope, null);
        for (var i = 0; i < facts.Length; i++)
        {
            if (unknown.Contains(facts[i].Name))
            {
                facts[i] = facts[i] with { Value = null };
            }
        }

        var finding = Finding(FindingKind.MissingFacts, facts, MissingMessage(missing, missing.Count), contact);
        return (finding, new RuleVerdict(Definition.Name, Definition.ClauseId, RuleOutcome.MissingFacts, finding.Facts));
    }

    private Finding Finding(FindingKind kind, Fact[] facts, LocalizedText message, Contact? contact) => new()
    {
        ClauseId = Definition.ClauseId,
        RuleName = Definition.Name,
        Severity = Definition.Severity,
        Kind = kind,
        Message = message,
        Citation = Citation,
        Facts = facts,
        Contact = contact,
    };

    /// <summary>One fact a finding shows: its path, its label, and for a fact the verdict reads, the names of its path up to each depth.</summary>
    private sealed record Reader(FactPath Path, LocalizedText Label, string[]? Prefixes, bool WholeInput)
    {
        /// <summary>Returns <c>a</c>, <c>a.b</c>, <c>a.b.c</c> for <c>a.b.c</c>: the name of a missing fact met at each depth.</summary>
        public static string[] PrefixesOf(string name)
        {
            var parts = name.Split('.');
            var prefixes = new string[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                prefixes[i] = string.Join('.', parts, 0, i + 1);
            }

            return prefixes;
        }
    }
}
