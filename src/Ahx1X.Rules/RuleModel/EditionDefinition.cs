using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.RuleModel;

/// <summary>What an edition file says: the notice's values, the clauses, and the texts of findings.</summary>
/// <param name="Parameters">The values the notice states: windows, deadlines, mailboxes, thresholds.</param>
/// <param name="NoticeFile">The file, in the edition folder, that holds the notice's text.</param>
/// <param name="Clauses">The clauses, in the order listed.</param>
/// <param name="Texts">Fact labels and generic messages.</param>
/// <param name="At">
/// Where the edition is written; members are recorded by path, such as <c>seasons</c>,
/// <c>seasons.spring.application</c> and <c>seasons.spring.summaryDeadline.date</c>.
/// </param>
internal sealed record EditionDefinition(
    EditionParameters Parameters,
    string NoticeFile,
    IReadOnlyList<ClauseDefinition> Clauses,
    EditionTexts Texts,
    SourceMap At)
{
    /// <summary>Gets the edition file.</summary>
    public string File => At.Self.File;
}
