using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.RuleModel;

namespace Ahx1X.Rules.Packs.Validation;

/// <summary>
/// Rule names and clause ids reach terminals, logs, receipts and portals, and portals store
/// clause ids: both are held to a small alphabet, so none can hide a control character, reverse
/// text, or pass for another by a look-alike letter.
/// </summary>
internal static partial class SafeNames
{
    /// <summary>The alphabet of rule names: ASCII letters and digits, then also <c>.</c>, <c>_</c> and <c>-</c>; at most 100 characters.</summary>
    public const string RuleNameRule = "ASCII letters and digits, then also '.', '_' and '-', at most 100 characters (such as \"SCALE-02-once-per-season\")";

    /// <summary>The alphabet of clause ids: upper-case ASCII letters and digits in parts joined by <c>-</c>; at most 32 characters.</summary>
    public const string ClauseIdRule = "upper-case ASCII letters and digits in parts joined by '-', at most 32 characters (such as \"SCALE-02\")";

    public static void Check(EditionDraft draft, ProblemList problems)
    {
        foreach (var clause in draft.Edition?.Clauses ?? [])
        {
            if (!ClauseId().IsMatch(clause.Id))
            {
                problems.Add(ProblemCodes.InvalidValue, clause.At, $"The clause id {Shown(clause.Id)} is not allowed: use {ClauseIdRule}.");
            }
        }

        foreach (var rule in draft.Workflows.SelectMany(w => w.Rules))
        {
            if (!RuleName().IsMatch(rule.Name))
            {
                problems.Add(ProblemCodes.InvalidValue, rule.At["RuleName"], $"The rule name {Shown(rule.Name)} is not allowed: use {RuleNameRule}.");
            }

            if (!ClauseId().IsMatch(rule.ClauseId))
            {
                problems.Add(ProblemCodes.InvalidValue, rule.At["Properties.clause"], $"The clause id {Shown(rule.ClauseId)} is not allowed: use {ClauseIdRule}.");
            }
        }
    }

    /// <summary>Quotes a refused name with every character outside printable ASCII written as <c>\uXXXX</c>, cut to 100 characters.</summary>
    private static string Shown(string name)
    {
        var text = new StringBuilder("\"");
        foreach (var c in name.Length > 100 ? name[..100] : name)
        {
            text.Append(c is >= ' ' and <= '~' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return text.Append(name.Length > 100 ? "…\"" : "\"").ToString();
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\z")]
    private static partial Regex RuleName();

    [GeneratedRegex(@"^(?=.{1,32}\z)[A-Z0-9]+(-[A-Z0-9]+)*\z")]
    private static partial Regex ClauseId();
}
