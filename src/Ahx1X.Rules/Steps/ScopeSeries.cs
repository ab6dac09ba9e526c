using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Steps;

/// <summary>Runs a workflow once per scope of a series (one per month, one per certificate), findings in series order, each with <c>contact</c>'s contact.</summary>
internal static class ScopeSeries
{
    public static StepOutcome Run<TScope>(CompiledWorkflow<TScope> workflow, IEnumerable<TScope> scopes, FindingContact contact, bool explain)
        where TScope : Scope
    {
        var findings = new List<Finding>();
        var verdicts = new List<RuleVerdict>();
        foreach (var scope in scopes)
        {
            if (explain)
            {
                var (found, explained) = workflow.Explain(scope, contact);
                findings.AddRange(found);
                verdicts.AddRange(explained);
            }
            else
            {
                findings.AddRange(workflow.Evaluate(scope, contact));
            }
        }

        return new StepOutcome(findings, verdicts);
    }
}
