using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Evaluation;

/// <summary>The rules of one workflow, compiled for one scope type, in file order.</summary>
internal sealed class CompiledWorkflow<TScope>(string name, string file, IReadOnlyList<CompiledRule<TScope>> rules) : IWorkflowInfo
    where TScope : Scope
{
    public string Name { get; } = name;

    public string File { get; } = file;

    public IReadOnlyList<CompiledRule<TScope>> Rules { get; } = rules;

    public IReadOnlyList<string> ClauseIds { get; } = rules.Select(r => r.Definition.ClauseId).Distinct().ToArray();

    /// <summary>Runs every rule; returns the findings, or an empty list shared by every clean result.</summary>
    public IReadOnlyList<Finding> Evaluate(TScope scope)
    {
        List<Finding>? findings = null;
        foreach (var rule in Rules)
        {
            if (rule.Evaluate(scope) is { } finding)
            {
                (findings ??= []).Add(finding);
            }
        }

        return findings ?? (IReadOnlyList<Finding>)[];
    }
}

/// <summary>What every compiled workflow tells about itself, whatever its scope type.</summary>
internal interface IWorkflowInfo
{
    string Name { get; }

    IReadOnlyList<string> ClauseIds { get; }
}
