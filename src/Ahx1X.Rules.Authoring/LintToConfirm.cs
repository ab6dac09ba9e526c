using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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
        var listPath = edition.Folder + ToConfirmList.File;
        foreach (var (value, line, token) in Pending(file => edition.Files.TryGetValue(file, out var found) ? found.Text : null))
        {
            var path = edition.Folder + value.File;
            if (token is null)
            {
                problems.Add(new Problem(ProblemCodes.ToConfirm, path, "", 0, 0, null,
                    $"This is still the {Year(edition, -1)} notice's text, copied by ahx1x edition new; replace it with the {edition.Year} notice and fix the citations it breaks, then delete line {line} of {listPath}."));
                continue;
            }

            problems.Add(ProblemCodes.ToConfirm, path, token,
                $"The value {value.Now} was moved from {value.Was} by ahx1x edition new and is still to be confirmed against the {edition.Year} notice; "
                + $"set it from the notice (or keep it when the notice gives the same), then delete line {line} of {listPath}.");
        }
    }

    /// <summary>
    /// Returns each entry of an edition's <c>to-confirm.txt</c> whose value is still the one it was moved to, with its line
    /// and the value in its file (null for a whole file); <paramref name="textOf"/> gives a file's text by its path in the
    /// edition folder, or null. The linter reports these, and the studio offers them to be confirmed.
    /// </summary>
    internal static IEnumerable<(ValueToConfirm Value, int Line, JToken? Token)> Pending(Func<string, string?> textOf)
    {
        if (textOf(ToConfirmList.File) is not { } list)
        {
            yield break;
        }

        var parsed = new Dictionary<string, JToken?>(StringComparer.Ordinal);
        foreach (var (value, line) in ToConfirmList.Read(list))
        {
            if (textOf(value.File) is not { } text)
            {
                continue;
            }

            if (value.JsonPath.Length == 0)
            {
                if (ToConfirmList.Fingerprint(text) == value.Now)
                {
                    yield return (value, line, null);
                }

                continue;
            }

            if (!parsed.TryGetValue(value.File, out var root))
            {
                root = parsed[value.File] = JsonText.Parse(text, value.File, new ProblemList());
            }

            var token = root?.SelectToken(value.JsonPath);
            if (token is not null && token.ToString(Formatting.None) == value.Now)
            {
                yield return (value, line, token);
            }
        }
    }

    private static string Year(Edition edition, int offset) => (edition.Year + offset).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
