using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// One step of the notice that a portal checks: the workflow that holds its rules, the kind of
/// document that carries its records, and how a record becomes the inputs its rules see. The
/// steps are the rows of <see cref="StepTable"/>; adding a step is one folder and one row.
/// </summary>
internal abstract class Step(int index, string workflow, DocumentKind kind, string kindName)
{
    /// <summary>Gets the step's row in <see cref="StepTable.All"/>; editions keep their workflows in this order.</summary>
    public int Index { get; } = index;

    /// <summary>Gets the <c>WorkflowName</c> of the step's rules.</summary>
    public string Workflow { get; } = workflow;

    /// <summary>Gets the kind of document whose records the step judges.</summary>
    public DocumentKind Kind { get; } = kind;

    /// <summary>Gets the kind as a document writes it in <c>"kind"</c>.</summary>
    public string KindName { get; } = kindName;

    /// <summary>Calls <paramref name="visitor"/> with the step's scope type, so generic work (compiling, checking) needs no reflection.</summary>
    public abstract TResult Accept<TResult>(IScopeVisitor<TResult> visitor);

    /// <summary>Reads every record of a document of this kind; a record with a problem of its own is left out and its problems added.</summary>
    public abstract void Read(JsonFields root, RecordList records);
}

/// <summary>Receives a step's scope type as a type argument.</summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
internal interface IScopeVisitor<out TResult>
{
    TResult Visit<TScope>(Step step)
        where TScope : Scope;
}
