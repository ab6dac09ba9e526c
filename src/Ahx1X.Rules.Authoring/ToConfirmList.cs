using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Reads and writes an edition's <c>to-confirm.txt</c>: one line per value still to be confirmed,
/// its file, JSON path, value last year and value now, separated by tabs; lines starting with
/// <c>#</c> are comments. Staff delete a line once they have confirmed its value.
/// </summary>
internal static class ToConfirmList
{
    /// <summary>The list's file name in an edition folder.</summary>
    public const string File = "to-confirm.txt";

    /// <summary>The prefix of a whole file's fingerprint in the list.</summary>
    private const string Sha256 = "sha256:";

    public static string Write(int fromYear, int year, IEnumerable<ValueToConfirm> values)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# Values ahx1x edition new moved from the {fromYear} edition to {year}. Each is still to be confirmed against the {year} notice:\n")
            .Append("# set it from the notice (or keep it when the notice gives the same), then delete its line. lint lists every line left.\n")
            .Append("# file\tJSON path\tvalue in the earlier edition\tvalue now\n");
        foreach (var value in values)
        {
            text.Append(value.File).Append('\t').Append(value.JsonPath).Append('\t').Append(value.Was).Append('\t').Append(value.Now).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Returns each entry and the line it is on; lines that are not four tab-separated fields are skipped.</summary>
    public static IEnumerable<(ValueToConfirm Value, int Line)> Read(string text)
    {
        var lines = Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || lines[i].Split('\t') is not [var file, var path, var was, var now])
            {
                continue;
            }

            yield return (new ValueToConfirm(file, path, was, now), i + 1);
        }
    }

    /// <summary>
    /// Returns the list without the lines of the values <paramref name="confirmed"/> names (each by file and JSON path,
    /// empty for a whole file), as staff delete them by hand; comments and every other line are kept as they are.
    /// </summary>
    public static string Remove(string text, IReadOnlySet<(string File, string JsonPath)> confirmed)
    {
        var dropped = Read(text).Where(entry => confirmed.Contains((entry.Value.File, entry.Value.JsonPath))).Select(entry => entry.Line).ToHashSet();
        return string.Join('\n', Lines(text).Where((_, i) => !dropped.Contains(i + 1)));
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    /// <summary>Returns the fingerprint a whole file is listed with.</summary>
    public static string Fingerprint(string text) => Sha256 + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
