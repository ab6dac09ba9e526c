using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs;
using Newtonsoft.Json;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Reports, for <see cref="RulesLinter"/>, each value of an edition's <c>to-confirm.txt</c> that
/// still holds the value <see cref="NewEdition"/> moved it to: one problem each, at the value, so
/// an edition started from last year's is not published before staff confirm it. A value changed
/// since is taken as set from the new notice.
/// </summary>
internal static class LintToConfirm
{
    public static void Check(Edition edition, ProblemList problems)
    {
        if (!edition.Files.TryGetValue(ToConfirmList.File, out var list))
        {
            return;
        }

        var listPath = edition.Folder + ToConfirmList.File;
        var parsed = new Dictionary<string, Newtonsoft.Json.Linq.JToken?>(StringComparer.Ordinal);
        foreach (var (value, line) in ToConfirmList.Read(list.Text))
        {
            if (!edition.Files.TryGetValue(value.File, out var file))
            {
                continue;
            }

            var path = edition.Folder + value.File;
            if (value.JsonPath.Length == 0)
            {
                if (ToConfirmList.Fingerprint(file.Text) == value.Now)
                {
                    problems.Add(new Problem(ProblemCodes.ToConfirm, path, "", 0, 0, null,
                        $"This is still the {Year(edition, -1)} notice's text, copied by ahx1x edition new; replace it with the {edition.Year} notice and fix the citations it breaks, then delete line {line} of {listPath}."));
                }

                continue;
            }

            if (!parsed.TryGetValue(value.File, out var root))
            {
                root = parsed[value.File] = JsonText.Parse(file.Text, path, new ProblemList());
            }

            var token = root?.SelectToken(value.JsonPath);
            if (token is not null && token.ToString(Formatting.None) == value.Now)
            {
                problems.Add(ProblemCodes.ToConfirm, path, token,
                    $"The value {value.Now} was moved from {value.Was} by ahx1x edition new and is still to be confirmed against the {edition.Year} notice; "
                    + $"set it from the notice (or keep it when the notice gives the same), then delete line {line} of {listPath}.");
            }
        }
    }

    private static string Year(Edition edition, int offset) => (edition.Year + offset).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
