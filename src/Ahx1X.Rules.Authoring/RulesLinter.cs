using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Validation;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Checks a rules folder without evaluating anything: everything loading checks (reading,
/// validation and compilation: JSON members, expressions, the allow-list, duplicates, citations,
/// windows that end before they start, clauses no enabled rule implements), and checks of style
/// that never change a verdict: windows that overlap across seasons, a city window that does not
/// cover the application window it reviews, and facts with no label in one of the two languages.
/// It also lists each edition value still marked as a placeholder, which is not a problem, and
/// reports each value a new edition moved from last year's that is still to be confirmed, which is.
/// </summary>
public static class RulesLinter
{
    /// <summary>Lints the rules folder at <paramref name="folder"/>.</summary>
    /// <param name="folder">A folder of editions (such as <c>rules/</c>) or one edition folder.</param>
    public static LintResult Lint(string folder)
    {
        IReadOnlyList<PackFile> files;
        try
        {
            files = RulePack.ReadDirectory(folder);
        }
        catch (RulePackException ex)
        {
            return new LintResult(false, ex.Problems);
        }

        var problems = new ProblemList();
        var pack = RulePackLoader.TryLoad(files, folder, problems, forStyleChecks: true);
        foreach (var edition in pack?.Editions ?? [])
        {
            CheckEdition(edition, problems);
            LintToConfirm.Check(edition, problems);
        }

        return new LintResult(true, problems.Items.Select(p => p.Under(folder)).ToArray())
        {
            Placeholders = (pack?.Editions ?? []).SelectMany(e => LintPlaceholders.Of(e, files, folder)).ToArray(),
        };
    }

    private static void CheckEdition(Edition edition, ProblemList problems)
    {
        var definition = edition.Definition;
        var spring = edition.Parameters.Spring;
        var autumn = edition.Parameters.Autumn;
        foreach (var (name, window) in PackValidator.Windows(spring))
        {
            foreach (var (otherName, other) in PackValidator.Windows(autumn).Where(w => Overlap(window, w.Window)))
            {
                problems.Add(ProblemCodes.InconsistentParameters, definition.At[$"seasons.autumn.{otherName}"],
                    $"The autumn {otherName} window {other} overlaps the spring {name} window {window}; seasons must not overlap.");
            }
        }

        foreach (var (season, calendar) in new[] { ("spring", spring), ("autumn", autumn) })
        {
            if (calendar.CityReview.Start > calendar.Application.Start || calendar.CityReview.End < calendar.Application.End)
            {
                problems.Add(ProblemCodes.InconsistentParameters, definition.At[$"seasons.{season}.cityReview"],
                    $"The {season} city review window {calendar.CityReview} does not cover the application window {calendar.Application}; "
                    + "the city reviews the applications made in that window, so it must start no later and end no earlier.");
            }

            if (calendar.ProvincialReview.End < calendar.CityReview.End)
            {
                problems.Add(ProblemCodes.InconsistentParameters, definition.At[$"seasons.{season}.provincialReview"],
                    $"The {season} provincial review window {calendar.ProvincialReview} closes before the city review window {calendar.CityReview}; "
                    + "the province reviews after the city, so it must not end earlier.");
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rule, names) in edition.Workflows.FactNames())
        {
            foreach (var name in names.Where(n => !definition.Texts.FactLabels.ContainsKey(n) && reported.Add(n)))
            {
                problems.Add(ProblemCodes.MissingText, rule.At["Expression"],
                    $"The fact \"{name}\" has no label in {definition.File} \"facts\"; add \"{name}\": {{ \"zh\": \"…\", \"en\": \"…\" }} so findings name it in both languages.", rule.Name);
            }
        }
    }

    private static bool Overlap(DateWindow a, DateWindow b) => a.Start <= b.End && b.Start <= a.End;
}
