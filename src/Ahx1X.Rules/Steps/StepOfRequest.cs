using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Steps;

/// <summary>A step whose records are <typeparamref name="TRequest"/> and whose rules see a <typeparamref name="TScope"/>.</summary>
internal abstract class Step<TRequest, TScope>(int index, string workflow, DocumentKind kind, string kindName)
    : Step(index, workflow, kind, kindName)
    where TRequest : class
    where TScope : Scope
{
    /// <inheritdoc />
    public sealed override TResult Accept<TResult>(IScopeVisitor<TResult> visitor) => visitor.Visit<TScope>(this);

    /// <summary>Returns the year of the notice that judges <paramref name="request"/>.</summary>
    public abstract int YearOf(TRequest request);

    /// <summary>Names the record in output: who it is about, their city, and what it is about.</summary>
    public abstract (string Subject, string? City, string Item) Describe(TRequest request);

    /// <summary>Returns what the notice's contact for <paramref name="request"/>'s findings answers for; by default the 1+X office, which does the reviews, quota increases and monitoring.</summary>
    public virtual ContactRole? ContactFor(TRequest request) => ContactRole.ProvincialOffice;

    /// <summary>Returns who answers for <paramref name="request"/>'s findings in <paramref name="context"/>'s edition, looked up only if there are findings.</summary>
    protected FindingContact ContactOf(TRequest request, StepContext context) => new(context.Edition, ContactFor(request));

    /// <summary>Returns the contact role for an institution of <paramref name="kind"/>: 职成处 for secondary vocational schools, 高教处 for universities and colleges.</summary>
    protected static ContactRole? ContactForKind(InstitutionKind? kind) => kind switch
    {
        null => null,
        { } k when k.IsSecondaryVocational() => ContactRole.SecondaryVocational,
        _ => ContactRole.HigherEducation,
    };

    /// <summary>Adds every value of <paramref name="request"/> outside the bounds documents are held to.</summary>
    public abstract void Check(TRequest request, RequestProblems problems);

    /// <summary>
    /// Runs the step's rules over <paramref name="request"/>: once, or once per scope for steps
    /// that judge a series. Each finding is built with the contact who answers for it.
    /// </summary>
    public virtual StepOutcome Run(CompiledWorkflow<TScope> workflow, TRequest request, StepContext context, bool explain)
    {
        var scope = ScopeOf(request, context);
        var contact = ContactOf(request, context);
        if (!explain)
        {
            return new StepOutcome(workflow.Evaluate(scope, contact), []);
        }

        var (findings, verdicts) = workflow.Explain(scope, contact);
        return new StepOutcome(findings, verdicts);
    }

    /// <summary>Builds the inputs the rules see for one request.</summary>
    internal abstract TScope ScopeOf(TRequest request, StepContext context);
}

/// <summary>The findings of one run of a step, with every rule's verdict when explaining.</summary>
internal readonly record struct StepOutcome(IReadOnlyList<Finding> Findings, IReadOnlyList<RuleVerdict> Verdicts);
