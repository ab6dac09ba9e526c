namespace Ahx1X.Rules.RuleModel;

/// <summary>One RulesEngine workflow as written in a file: its name and its rules, in file order.</summary>
/// <param name="Name">The workflow's name, which says the step it serves.</param>
/// <param name="Rules">The rules that could be read, in file order.</param>
/// <param name="At">The file the workflow is written in.</param>
internal sealed record WorkflowDefinition(string Name, IReadOnlyList<RuleDefinition> Rules, SourceSpan At)
{
    /// <summary>Gets the file the workflow is written in.</summary>
    public string File => At.File;
}
