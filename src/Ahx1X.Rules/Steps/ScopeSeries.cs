using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Steps;

/// <summary>Runs a workflow once per scope of a series (one per month, one per certificate), findings in series order.</summary>
internal static class ScopeSeries
{
    public static StepOutcome Run<TScope>(CompiledWorkflow<TScope> workflow, IEnumerable<TScope> scopes, bool explain)
        where TScope : Scope
    {
        var findings = new List<Finding>();
        var verdicts = new List<RuleVerdict>();
        foreach (var scope in scopes)
        {
            if (explain)
            {
                var (found, explained) = workflow.Explain(scope);
                findings.AddRange(found);
                verdicts.AddRange(explained);
            }
            else
            {
                findings.AddRange(workflow.Evaluate(scope));
            }
        }

        return new StepOutcome(findings, verdicts);
    }
}
