using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.RuleModel;

/// <summary>
/// What could be read of one edition folder. A part that could not be read is null or left out,
/// and its problem is already reported; the rest is still validated, so one run lists every problem.
/// </summary>
/// <param name="Folder">The edition's folder within the pack, such as <c>2024/</c>.</param>
/// <param name="Edition">The edition file, or null when it could not be read.</param>
/// <param name="Catalogue">The sample catalogue, or null when it could not be read.</param>
/// <param name="NoticeText">The notice's text with white space dropped, or null when it could not be read.</param>
/// <param name="Workflows">The workflows that could be read, by file name.</param>
/// <param name="EveryWorkflowRead">False when a workflow file could not be read, so its name is unknown.</param>
/// <param name="EveryRuleRead">False when any rule of any workflow file could not be read.</param>
internal sealed record EditionDraft(
    string Folder,
    EditionDefinition? Edition,
    Catalogue? Catalogue,
    string? NoticeText,
    IReadOnlyList<WorkflowDefinition> Workflows,
    bool EveryWorkflowRead,
    bool EveryRuleRead)
{
    /// <summary>Drops all white space, which the notice's text scatters between numbers and words.</summary>
    public static string Normalise(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
