using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs.Validation;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.RuleModel;
using Ahx1X.Rules.Steps;

namespace Ahx1X.Rules.Packs.Compilation;

/// <summary>
/// Compiles an edition's definitions into one executable workflow per step, reporting each
/// expression or message placeholder that does not parse or is not allowed.
/// </summary>
internal static class PackCompiler
{
    /// <summary>
    /// Compiles the workflow of each step, in <see cref="StepTable.All"/> order. A step's entry is
    /// null when its workflow is missing, a rule of it does not compile, or the edition file could
    /// not be read; without that file the expressions and messages are still checked.
    /// </summary>
    public static IReadOnlyList<IWorkflowInfo?> Compile(EditionDraft draft, ProblemList problems)
    {
        var compilation = new WorkflowCompilation(draft, problems);
        return StepTable.All.Select(step => step.Accept(compilation)).ToArray();
    }

    /// <summary>
    /// Returns each step's workflow, compiled at its first use; for a pack checked when it was
    /// built (the embedded pack, which its tests load in full), so a process pays only for the
    /// steps it judges. Null for a step without a workflow, found now. A workflow that does not
    /// compile after all throws <see cref="RulePackException"/> with its problems at first use,
    /// so nothing is judged by it.
    /// </summary>
    public static IReadOnlyList<Lazy<IWorkflowInfo>?> Defer(EditionDraft draft) =>
        StepTable.All.Select(step => draft.Workflows.Any(w => w.Name == step.Workflow)
            ? new Lazy<IWorkflowInfo>(() => CompileOne(step, draft))
            : null).ToArray();

    private static IWorkflowInfo CompileOne(Step step, EditionDraft draft)
    {
        var problems = new ProblemList();
        return step.Accept(new WorkflowCompilation(draft, problems)) is { } workflow && !problems.HasAny
            ? workflow
            : throw new RulePackException(problems.Items);
    }

    /// <summary>Compiles the workflow of each step, with the step's scope type.</summary>
    private sealed class WorkflowCompilation(EditionDraft draft, ProblemList problems) : IScopeVisitor<IWorkflowInfo?>
    {
        public IWorkflowInfo? Visit<TScope>(Step step)
            where TScope : Scope =>
            CompileWorkflow<TScope>(step.Workflow, draft, problems);
    }

    private static CompiledWorkflow<TScope>? CompileWorkflow<TScope>(string name, EditionDraft draft, ProblemList problems)
        where TScope : Scope
    {
        if (draft.Workflows.FirstOrDefault(w => w.Name == name) is not { } definition)
        {
            return null;
        }

        var compiler = new ExpressionCompiler<TScope>();
        var rules = new List<CompiledRule<TScope>>();
        var ok = true;
        foreach (var rule in definition.Rules.Where(r => r.Enabled))
        {
            if (CompileRule(rule, compiler, draft.Edition, problems) is { } compiled)
            {
                rules.Add(compiled);
            }
            else
            {
                ok = false;
            }
        }

        return ok && draft.Edition is not null ? new CompiledWorkflow<TScope>(name, definition.File, rules, compiler, PrecompiledChecks.Find) : null;
    }

    private static CompiledRule<TScope>? CompileRule<TScope>(RuleDefinition rule, ExpressionCompiler<TScope> compiler, EditionDefinition? edition, ProblemList problems)
        where TScope : Scope
    {
        var parsed = compiler.Parse(rule.Expression, typeof(bool), out var code, out var error);
        if (parsed is null)
        {
            problems.Add(code!, rule.At["Expression"], error!, rule.Name);
        }

        var errors = new List<(string Code, string Message)>();
        var zh = MessageTemplate<TScope>.Parse(rule.Message.Zh, compiler, errors);
        var en = MessageTemplate<TScope>.Parse(rule.Message.En, compiler, errors);
        foreach (var (messageCode, message) in errors)
        {
            problems.Add(messageCode, rule.At["Properties.message"], message, rule.Name);
        }

        if (edition is null || parsed is null || zh is null || en is null || errors.Count > 0)
        {
            return null;
        }

        var citation = new Citation(edition.Parameters.DocumentNumber, rule.Section, rule.CitationText);
        return new CompiledRule<TScope>(rule, citation, parsed, zh, en, compiler, edition.Texts);
    }
}
