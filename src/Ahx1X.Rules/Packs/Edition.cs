using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.RuleModel;
using Ahx1X.Rules.Steps;

namespace Ahx1X.Rules.Packs;

/// <summary>Holds one year's rules: its parameters, its clauses, its sample catalogue and its compiled workflows.</summary>
public sealed class Edition
{
    internal Edition(
        EditionDefinition definition,
        Catalogue sampleCatalogue,
        EditionWorkflows workflows,
        string folder,
        IReadOnlyDictionary<string, PackFile> files)
    {
        Definition = definition;
        Folder = folder;
        Files = files;
        Parameters = definition.Parameters;
        Clauses = definition.Clauses.Select(c => new Clause(c.Id, c.Section, c.Title)).ToArray();
        SampleCatalogue = sampleCatalogue;
        Texts = definition.Texts;
        Workflows = workflows;
        Rules = workflows.Rules;
    }

    /// <summary>Gets the year the edition covers.</summary>
    public int Year => Parameters.Year;

    /// <summary>Gets the values the notice states: windows, deadlines, mailboxes, thresholds.</summary>
    public EditionParameters Parameters { get; }

    /// <summary>Gets the clauses of the edition, in specification order.</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>Gets the catalogue shipped with the edition; check <see cref="Catalogue.IsSample"/> before relying on it.</summary>
    public Catalogue SampleCatalogue { get; }

    /// <summary>Gets the names of the rules of every workflow, with the clause each implements.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    internal EditionTexts Texts { get; }

    /// <summary>Gets the edition file as read, with the position of each part.</summary>
    internal EditionDefinition Definition { get; }

    /// <summary>Gets the edition's folder within the pack, such as <c>2024/</c>.</summary>
    internal string Folder { get; }

    /// <summary>Gets the edition's files, by path relative to <see cref="Folder"/>.</summary>
    internal IReadOnlyDictionary<string, PackFile> Files { get; }

    internal EditionWorkflows Workflows { get; }

    internal CompiledWorkflow<ApplicationScope> Application => Workflows.Of(StepTable.Application);
}

/// <summary>
/// The compiled workflows of an edition, one per step, in <see cref="StepTable.All"/> order; each
/// is compiled when first asked for where the pack was checked when built (<see cref="Compilation.PackCompiler.Defer"/>).
/// </summary>
/// <param name="workflows">Each step's workflow, in <see cref="StepTable.All"/> order.</param>
/// <param name="rules">The enabled rules of every workflow, in the same order (<see cref="RulesOf"/>).</param>
internal sealed class EditionWorkflows(IReadOnlyList<Lazy<IWorkflowInfo>> workflows, IReadOnlyList<RuleInfo> rules)
{
    private IReadOnlyList<IWorkflowInfo>? _all;

    /// <summary>Gets every workflow, compiling any not compiled yet.</summary>
    public IReadOnlyList<IWorkflowInfo> All => _all ??= workflows.Select(w => w.Value).ToArray();

    /// <summary>Gets the names of the enabled rules of every workflow, with the clause each implements, without compiling any.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; } = rules;

    /// <summary>Returns the workflow of <paramref name="step"/>, compiling it if it is not yet.</summary>
    public CompiledWorkflow<TScope> Of<TRequest, TScope>(Step<TRequest, TScope> step)
        where TRequest : class
        where TScope : Scope =>
        (CompiledWorkflow<TScope>)workflows[step.Index].Value;

    /// <summary>Returns the enabled rules of <paramref name="draft"/>'s workflows, step by step in <see cref="StepTable.All"/> order, as the compiled workflows hold them.</summary>
    public static RuleInfo[] RulesOf(EditionDraft draft) =>
        StepTable.All
            .SelectMany(step => draft.Workflows.Where(w => w.Name == step.Workflow).Take(1))
            .SelectMany(w => w.Rules.Where(r => r.Enabled).Select(r => new RuleInfo(w.Name, r.Name, r.ClauseId, r.Severity)))
            .ToArray();

    /// <summary>Compiles every workflow now.</summary>
    public void Warm()
    {
        foreach (var workflow in All)
        {
            workflow.Warm();
        }
    }

    /// <summary>Lists each rule with the fact names its findings may show.</summary>
    public IEnumerable<(RuleDefinition Rule, IReadOnlyList<string> Names)> FactNames() => All.SelectMany(w => w.FactNames());
}
