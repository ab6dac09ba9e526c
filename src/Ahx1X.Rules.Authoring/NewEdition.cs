using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Reading;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Starts next year's edition from this year's: copies an edition folder and moves every date
/// by whole years (windows, deadlines, the office meeting date, the scenarios' dates and years),
/// and the year written in subjects and the notice's title and number. Each value of the edition
/// file so moved is listed in the new folder's <c>to-confirm.txt</c>, with the notice's text,
/// and <see cref="RulesLinter"/> reports each one until staff confirm it against the new notice.
/// </summary>
public static class NewEdition
{
    private const string NoteMember = "note";

    /// <summary>Writes the edition of <paramref name="year"/> into <paramref name="output"/>, moved from the edition folder <paramref name="from"/>.</summary>
    /// <param name="year">The new edition's year.</param>
    /// <param name="from">One edition folder (such as <c>rules/2024</c>) that loads.</param>
    /// <param name="output">A folder that does not exist yet or is empty (such as <c>rules/2025</c>).</param>
    public static NewEditionResult Create(int year, string from, string output)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(output);
        Edition edition;
        IReadOnlyList<PackFile> files;
        try
        {
            var pack = RulePack.LoadFromDirectory(from);
            if (pack.Editions is not [var only] || only.Folder.Length > 0)
            {
                return Refused(0, year, output, new Problem(ProblemCodes.InvalidValue, from, "", 0, 0, null,
                    "Give one edition folder (the folder that holds edition.json, such as rules/2024), not a folder of editions."));
            }

            edition = only;
            files = RulePack.ReadDirectory(from);
        }
        catch (RulePackException ex)
        {
            return new NewEditionResult(0, year, output, [], ex.Problems);
        }

        var shift = year - edition.Year;
        if (year is < 2000 or > 2100 || shift == 0)
        {
            return Refused(edition.Year, year, output, new Problem(ProblemCodes.InvalidValue, from, "", 0, 0, null,
                $"The new edition's year must be another year from 2000 to 2100, not {year}; the edition in {from} is {edition.Year}."));
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() || File.Exists(output))
        {
            return Refused(edition.Year, year, output, new Problem(ProblemCodes.InvalidValue, output, "", 0, 0, null,
                "The output folder already exists and is not empty; give a new folder, so no edition is overwritten."));
        }

        var (written, toConfirm) = Move(files, edition.Year, edition.Definition.NoticeFile, year);
        foreach (var file in written)
        {
            var target = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, file.Text);
        }

        return new NewEditionResult(edition.Year, year, output, toConfirm, []);
    }

    /// <summary>
    /// Returns the files of the edition of <paramref name="year"/>, moved from the files of one
    /// edition folder of <paramref name="fromYear"/> (paths relative to it), with its
    /// <c>to-confirm.txt</c>, and the values staff must confirm; writes nothing. The console's
    /// <c>edition new</c> and the studio both start a year with it.
    /// </summary>
    internal static (IReadOnlyList<PackFile> Files, IReadOnlyList<ValueToConfirm> ToConfirm) Move(
        IReadOnlyList<PackFile> files, int fromYear, string noticeFile, int year)
    {
        var shift = year - fromYear;
        var toConfirm = new List<ValueToConfirm>();
        var written = new List<PackFile>();
        foreach (var file in files.Where(f => f.Path != ToConfirmList.File))
        {
            written.Add(file with { Text = Moved(file, fromYear, shift, toConfirm) });
        }

        if (files.FirstOrDefault(f => f.Path == noticeFile) is { } notice)
        {
            var fingerprint = ToConfirmList.Fingerprint(notice.Text);
            toConfirm.Add(new ValueToConfirm(noticeFile, "", fingerprint, fingerprint));
        }

        written.Add(new PackFile(ToConfirmList.File, ToConfirmList.Write(fromYear, year, toConfirm)));
        return (written, toConfirm);
    }

    /// <summary>Returns the text of <paramref name="file"/> in the new edition: the edition file and scenarios with their years moved, any other file as it is.</summary>
    private static string Moved(PackFile file, int fromYear, int shift, List<ValueToConfirm> toConfirm)
    {
        var isEdition = file.Path == PackReader.EditionFile;
        if (!PackFiles.IsJson(file.Path) || !(isEdition || file.Path.StartsWith(PackReader.ScenarioFolder, StringComparison.Ordinal)))
        {
            return file.Text;
        }

        // The pack loaded, so the edition file parses; a scenario file that does not is copied as it is for test to report.
        var root = JsonText.Parse(file.Text, file.Path, new ProblemList());
        if (root is null)
        {
            return file.Text;
        }

        YearShift.Move(root, shift, fromYear, (value, was) =>
        {
            if (isEdition && value.Parent is not Newtonsoft.Json.Linq.JProperty { Name: NoteMember } && value.Path != "year")
            {
                toConfirm.Add(new ValueToConfirm(file.Path, "$." + value.Path, was, value.ToString(Newtonsoft.Json.Formatting.None)));
            }
        });
        return CanonicalJson.Write(root, template: null, _ => false);
    }

    private static NewEditionResult Refused(int fromYear, int year, string output, Problem problem) => new(fromYear, year, output, [], [problem]);
}
