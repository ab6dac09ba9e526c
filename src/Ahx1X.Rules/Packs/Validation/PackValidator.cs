using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.RuleModel;
using Ahx1X.Rules.Steps;

namespace Ahx1X.Rules.Packs.Validation;

/// <summary>
/// Checks what an edition's definitions mean: windows in order and in the edition's year, mail
/// addresses and subjects, placeholders of generic messages, names used once, each step's
/// workflow present, each rule's clause listed and citation found in the notice, and every
/// clause implemented by an enabled rule. Whatever it reports
/// refuses the pack; <c>lint</c> reports the same, and its style checks besides.
/// </summary>
internal static class PackValidator
{
    private static readonly string[] Seasons = ["spring", "autumn"];

    /// <summary>Checks <paramref name="draft"/>, adding every problem to <paramref name="problems"/>.</summary>
    /// <param name="draft">What could be read of the edition.</param>
    /// <param name="problems">Receives every problem.</param>
    /// <param name="incomplete">Receives the clauses no enabled rule implements; the caller may defer them, never drop them.</param>
    public static void Validate(EditionDraft draft, ProblemList problems, ProblemList incomplete)
    {
        if (draft.Edition is { } edition)
        {
            CheckCalendar(edition, problems);
            CheckMail(edition, problems);
            CheckMessages(edition, problems);
            CheckClausesListedOnce(edition, problems);
        }

        SafeNames.Check(draft, problems);
        CheckWorkflowsUnique(draft.Workflows, problems);
        CheckRuleNamesUnique(draft.Workflows, problems);
        foreach (var step in StepTable.All)
        {
            if (draft.Workflows.FirstOrDefault(w => w.Name == step.Workflow) is { } workflow)
            {
                CheckRules(workflow, draft, problems);
            }
            else if (draft.EveryWorkflowRead)
            {
                // A workflow missing because its file did not parse is already reported; say it once.
                problems.Add(ProblemCodes.UnknownWorkflow, SourceSpan.OfFile(draft.Folder + PackReader.WorkflowFolder),
                    $"The edition has no \"{step.Workflow}\" workflow; add a file to {PackReader.WorkflowFolder} with \"WorkflowName\": \"{step.Workflow}\".");
            }
        }

        var known = StepTable.All.Select(s => s.Workflow).ToArray();
        foreach (var unknown in draft.Workflows.Where(w => !known.Contains(w.Name)))
        {
            problems.Add(ProblemCodes.UnknownWorkflow, unknown.At,
                $"Unknown workflow \"{unknown.Name}\". The workflows an edition may define are: {string.Join(", ", known)}.");
        }

        if (draft.Edition is not null && draft.EveryRuleRead)
        {
            CheckEveryClauseHasARule(draft.Edition, draft.Workflows, incomplete);
        }
    }

    private static void CheckCalendar(EditionDefinition edition, ProblemList problems)
    {
        var year = edition.Parameters.Year;
        var inOrder = true;
        foreach (var (name, season) in Seasons.Zip([edition.Parameters.Spring, edition.Parameters.Autumn]))
        {
            foreach (var (window, dates) in Windows(season))
            {
                inOrder &= CheckWindow(dates, year, edition.At[$"seasons.{name}.{window}"], problems);
            }

            if (season.SummaryDeadline.Date.Year != year)
            {
                problems.Add(ProblemCodes.InconsistentParameters, edition.At[$"seasons.{name}.summaryDeadline.date"],
                    $"The {name} summary deadline {Text.Format.Date(season.SummaryDeadline.Date)} is not in {year}, the edition's year; correct the year.");
            }
        }

        // Windows out of order are reported already; comparing seasons by them would only add noise.
        if (inOrder && edition.Parameters.Spring.Application.End >= edition.Parameters.Autumn.Application.Start)
        {
            problems.Add(ProblemCodes.InconsistentParameters, edition.At["seasons"],
                "The spring application window reaches into the autumn one; the spring window must end before autumn starts.");
        }
    }

    /// <summary>Returns the windows of a season, by their member name.</summary>
    public static IEnumerable<(string Name, DateWindow Window)> Windows(SeasonCalendar calendar) =>
        [("application", calendar.Application), ("cityReview", calendar.CityReview), ("provincialReview", calendar.ProvincialReview)];

    private static bool CheckWindow(DateWindow window, int year, SourceSpan at, ProblemList problems)
    {
        if (window.Start.Year != year || window.End.Year != year)
        {
            problems.Add(ProblemCodes.InconsistentParameters, at,
                $"The window {Text.Format.Date(window.Start)}..{Text.Format.Date(window.End)} is not within {year}, the edition's year; correct the year.");
            return false;
        }

        return true;
    }

    private static void CheckMail(EditionDefinition edition, ProblemList problems)
    {
        var parameters = edition.Parameters;
        foreach (var (name, mailbox, subject) in new[] { ("summary", parameters.SummaryMailbox, parameters.SummarySubject), ("quotaIncrease", parameters.IncreaseMailbox, parameters.IncreaseSubject) })
        {
            if (!mailbox.Contains('@'))
            {
                problems.Add(ProblemCodes.InvalidValue, edition.At[$"mail.{name}.mailbox"], $"\"{mailbox}\" is not a mail address.");
            }
            else if (!subject.Contains("{unit}", StringComparison.Ordinal))
            {
                problems.Add(ProblemCodes.InvalidValue, edition.At[$"mail.{name}.subject"],
                    "The subject must contain {unit} where the sender's name goes, such as \"{unit}2024年证书申报\".");
            }
        }
    }

    /// <summary>Checks that each generic message has the placeholder its finding fills in, in both languages.</summary>
    private static void CheckMessages(EditionDefinition edition, ProblemList problems)
    {
        foreach (var (name, text, placeholder) in new[] { ("missingFacts", edition.Texts.MissingFacts, "{facts}"), ("ruleFailed", edition.Texts.RuleFailed, "{error}") })
        {
            // One problem per message: the other language usually repeats the same slip.
            var language = !text.Zh.Contains(placeholder, StringComparison.Ordinal) ? "zh"
                : !text.En.Contains(placeholder, StringComparison.Ordinal) ? "en"
                : null;
            if (language is not null)
            {
                problems.Add(ProblemCodes.InvalidValue, edition.At[$"messages.{name}.{language}"], $"The text must contain {placeholder}.");
            }
        }
    }

    private static void CheckClausesListedOnce(EditionDefinition edition, ProblemList problems)
    {
        foreach (var duplicate in edition.Clauses.GroupBy(c => c.Id, StringComparer.Ordinal).SelectMany(g => g.Skip(1)))
        {
            problems.Add(ProblemCodes.Duplicate, duplicate.At, $"The clause id \"{duplicate.Id}\" is listed twice; list each clause once.", duplicate.Id);
        }
    }

    private static void CheckWorkflowsUnique(IReadOnlyList<WorkflowDefinition> workflows, ProblemList problems)
    {
        foreach (var group in workflows.GroupBy(w => w.Name).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                problems.Add(ProblemCodes.Duplicate, duplicate.At,
                    $"The workflow \"{group.Key}\" is also defined in {group.First().File}; keep one.");
            }
        }
    }

    private static void CheckRuleNamesUnique(IReadOnlyList<WorkflowDefinition> workflows, ProblemList problems)
    {
        var seen = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var rule in workflows.SelectMany(w => w.Rules))
        {
            if (!seen.TryAdd(rule.Name, rule))
            {
                var first = seen[rule.Name];
                problems.Add(ProblemCodes.Duplicate, rule.At["RuleName"],
                    $"The rule name \"{rule.Name}\" is already used at {first.File}:{first.At.Self.Line}; give each rule its own name.", rule.Name);
            }
        }
    }

    /// <summary>Checks the enabled rules of a step's workflow: their clause is the edition's, their citation is the notice's.</summary>
    private static void CheckRules(WorkflowDefinition workflow, EditionDraft draft, ProblemList problems)
    {
        foreach (var rule in workflow.Rules.Where(r => r.Enabled))
        {
            if (draft.Edition is { } edition && edition.Clauses.All(c => c.Id != rule.ClauseId))
            {
                problems.Add(ProblemCodes.UnknownClause, rule.At["Properties.clause"],
                    $"The clause \"{rule.ClauseId}\" is not a clause of the {edition.Parameters.Year} edition. Known clauses: {string.Join(", ", edition.Clauses.Select(c => c.Id).Distinct())}.", rule.Name);
            }

            if (draft.NoticeText is { } notice && !notice.Contains(EditionDraft.Normalise(rule.CitationText), StringComparison.Ordinal))
            {
                problems.Add(ProblemCodes.CitationNotFound, rule.At["Properties.citation"],
                    "The citation is not found verbatim in the notice; copy the sentence from the notice's text.", rule.Name);
            }
        }
    }

    /// <summary>
    /// Refuses an edition that lists a clause no enabled rule implements: without its rule, a
    /// clause would never fire, and an application it should refuse would pass.
    /// </summary>
    private static void CheckEveryClauseHasARule(EditionDefinition edition, IReadOnlyList<WorkflowDefinition> workflows, ProblemList problems)
    {
        var implemented = workflows.SelectMany(w => w.Rules).Where(r => r.Enabled).Select(r => r.ClauseId).ToHashSet(StringComparer.Ordinal);
        foreach (var clause in edition.Clauses.Where(c => !implemented.Contains(c.Id)).DistinctBy(c => c.Id))
        {
            problems.Add(ProblemCodes.UnknownClause, clause.At,
                $"The clause \"{clause.Id}\" has no enabled rule, so it would never be checked. Add a rule with \"clause\": \"{clause.Id}\" to a workflow, enable its rule, or remove the clause from the edition.", clause.Id);
        }
    }
}
