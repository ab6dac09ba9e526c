namespace Ahx1X.Rules.Results;

/// <summary>
/// Names an edition parameter that a decision used while it is still a placeholder (marked
/// <c>"placeholder": true</c> in the edition's <c>edition.json</c>), with the value in force.
/// </summary>
/// <param name="Name">The parameter, as <c>edition.json</c> names it, such as <c>lowCompletionRate</c>.</param>
/// <param name="JsonPath">Where the value is written in <c>edition.json</c>, such as <c>$.thresholds.lowCompletionRate.value</c>.</param>
/// <param name="Value">The value in force, as invariant text such as <c>0.6</c>.</param>
public sealed record PlaceholderParameter(string Name, string JsonPath, string Value)
{
    /// <summary>Gets the words that mark a placeholder value wherever it is shown: 暂定值，待主管部门确定 / placeholder, to be set by the provincial office.</summary>
    public static LocalizedText Mark { get; } = new("暂定值，待主管部门确定", "placeholder, to be set by the provincial office");

    /// <summary>Returns the parameter as <c>name ($.json.path) = value</c>.</summary>
    public override string ToString() => $"{Name} ({JsonPath}) = {Value}";
}
