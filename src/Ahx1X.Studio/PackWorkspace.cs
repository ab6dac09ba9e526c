using Ahx1X.Rules.Authoring;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Packs;

namespace Ahx1X.Studio;

/// <summary>
/// One rules folder: the last snapshot read of it, checks of changed values in memory, and saves
/// that write every changed file or none. Nothing is written outside the folder, and only files
/// the pack already has are written.
/// </summary>
internal sealed class PackWorkspace
{
    private readonly IStudioFileSystem _files;
    private readonly Lock _gate = new();
    private PackSnapshot _current;

    /// <summary>The most values one check or save changes: far more than a form holds, few enough that patching them stays cheap.</summary>
    public const int MaxChanges = 2000;

    public PackWorkspace(string folder, IStudioFileSystem files)
    {
        Root = Path.GetFullPath(folder);
        _files = files;
        _current = PackSnapshot.Read(Root);
    }

    /// <summary>Gets the full path of the rules folder.</summary>
    public string Root { get; }

    /// <summary>Gets the folder as last read.</summary>
    public PackSnapshot Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Reads the folder again, for changes made outside the studio.</summary>
    public PackSnapshot Reload()
    {
        lock (_gate)
        {
            return _current = PackSnapshot.Read(Root);
        }
    }

    /// <summary>Checks the pack as it would be with <paramref name="changes"/>, writing nothing.</summary>
    /// <exception cref="StudioRefusal">A change names a file outside the pack, or a value its file does not have.</exception>
    public SaveResult Check(IReadOnlyList<FieldChange> changes, IReadOnlyList<ConfirmedValue>? confirmed = null)
    {
        var (_, problems) = Apply(Reload(), changes, confirmed ?? []);
        return new SaveResult(false, problems, []);
    }

    /// <summary>Checks the pack with <paramref name="changes"/> and the lines of <paramref name="confirmed"/> taken out of <c>to-confirm.txt</c> and, when it loads, writes every changed file: each to a temporary file in its own folder, then moved over the old one; a failure puts back the files already moved.</summary>
    /// <exception cref="StudioRefusal">A change names a file outside the pack, or a value its file does not have.</exception>
    /// <exception cref="IOException">A file could not be written; the old files are in place.</exception>
    /// <exception cref="UnauthorizedAccessException">A file could not be written; the old files are in place.</exception>
    public SaveResult Save(IReadOnlyList<FieldChange> changes, IReadOnlyList<ConfirmedValue>? confirmed = null)
    {
        lock (_gate)
        {
            // Read again: a change made in an editor since the page was shown is kept, not overwritten.
            var before = _current = PackSnapshot.Read(Root);
            var (changed, problems) = Apply(before, changes, confirmed ?? []);
            if (problems.Count > 0)
            {
                return new SaveResult(false, problems, []);
            }

            Write(changed.Select(c => (Path: FullPath(c.Path), c.Text, Old: before.Text(c.Path))).ToList());
            _current = PackSnapshot.Read(Root);
            return new SaveResult(true, [], changed.Select(c => c.Path).ToArray()) { Warnings = Lint() };
        }
    }

    /// <summary>
    /// Copies the edition of <paramref name="from"/> to a new folder for <paramref name="year"/>, moved by whole years as
    /// <c>ahx1x edition new</c> moves it (dates, years, scenarios, and a <c>to-confirm.txt</c>), and writes it when the pack loads with it.
    /// </summary>
    /// <exception cref="StudioRefusal">The folder is one edition, the source does not exist, or the year already has an edition.</exception>
    /// <exception cref="IOException">A file could not be written; nothing of the new edition is left.</exception>
    /// <exception cref="UnauthorizedAccessException">A file could not be written; nothing of the new edition is left.</exception>
    public SaveResult CreateEdition(int from, int year)
    {
        lock (_gate)
        {
            var before = _current = PackSnapshot.Read(Root);
            var source = before.Drafts.FirstOrDefault(d => d.Edition?.Parameters.Year == from)
                ?? throw new StudioRefusal(400, $"There is no readable {from} edition to copy.");
            if (source.Folder.Length == 0)
            {
                throw new StudioRefusal(400, "The studio was opened on one edition folder; open it on the folder of editions (such as rules/) to add a year beside it.");
            }

            var folder = $"{year}/";
            if (year is < 2000 or > 2100 || before.Drafts.Any(d => d.Edition?.Parameters.Year == year) || before.Files.Any(f => f.Path.StartsWith(folder, StringComparison.Ordinal)))
            {
                throw new StudioRefusal(400, $"{year} already has an edition, or is not a year from 2000 to 2100.");
            }

            // The console's `edition new` moves the copy: every date and year, scenarios included, each listed to confirm.
            var copied = before.Files.Where(f => f.Path.StartsWith(source.Folder, StringComparison.Ordinal))
                .Select(f => f with { Path = f.Path[source.Folder.Length..] })
                .ToList();
            var (moved, _) = NewEdition.Move(copied, from, source.Edition!.NoticeFile, year);
            var added = moved.Select(f => f with { Path = folder + f.Path }).ToList();
            var problems = PackSnapshot.Of([.. before.Files, .. added]).Problems;
            if (problems.Count > 0)
            {
                return new SaveResult(false, problems, []);
            }

            Write(added.Select(f => (Path: FullPath(f.Path), f.Text, Old: (string?)null)).ToList());
            _current = PackSnapshot.Read(Root);
            return new SaveResult(true, [], added.Select(f => f.Path).ToArray()) { Warnings = Lint() };
        }
    }

    /// <summary>Returns what the library's linter says of the folder as saved, with paths relative to it.</summary>
    private IReadOnlyList<Problem> Lint() =>
        [.. RulesLinter.Lint(Root).Problems.Select(p => p with { File = Path.GetRelativePath(Root, p.File).Replace('\\', '/') })];

    /// <summary>Returns the full path of <paramref name="relative"/>, refusing one outside the folder.</summary>
    /// <exception cref="StudioRefusal">The path leaves the rules folder.</exception>
    public string FullPath(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (Path.IsPathRooted(relative) || !full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new StudioRefusal(403, $"\"{relative}\" is outside the rules folder; the studio reads and writes only the files of {Root}.");
        }

        // A link could lead out of the folder although its own path is inside.
        if (File.Exists(full) && new FileInfo(full).LinkTarget is not null)
        {
            throw new StudioRefusal(403, $"\"{relative}\" is a link; the studio writes only plain files inside the rules folder.");
        }

        return full;
    }

    private (IReadOnlyList<PackFile> Changed, IReadOnlyList<Problem> Problems) Apply(PackSnapshot snapshot, IReadOnlyList<FieldChange> changes, IReadOnlyList<ConfirmedValue> confirmed)
    {
        if (changes.Count + confirmed.Count > MaxChanges)
        {
            throw new StudioRefusal(413, $"{changes.Count + confirmed.Count} values changed or confirmed at once; the studio takes at most {MaxChanges} in one check or save.");
        }

        var texts = snapshot.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.File is null || change.Path is null || change.Value is null)
            {
                throw new StudioRefusal(400, "Each change needs a file, a path and a value.");
            }

            FullPath(change.File);
            if (!texts.TryGetValue(change.File, out var text))
            {
                throw new StudioRefusal(403, $"\"{change.File}\" is not a file of this rules pack; the studio changes only the pack's own files.");
            }

            texts[change.File] = JsonValuePatch.Replace(text, change.Path, change.ToJson())
                ?? throw new StudioRefusal(400, $"{change.File} has no value at {change.Path}; reload the page, the file may have changed.");
        }

        Confirm(snapshot, texts, changes, confirmed);
        var files = snapshot.Files.Select(f => new PackFile(f.Path, texts[f.Path])).ToList();
        var changed = files.Where(f => f.Text != snapshot.Text(f.Path)).ToList();
        return (changed, PackSnapshot.Of(files).Problems);
    }

    /// <summary>
    /// Takes the line of each confirmed value out of its edition's <c>to-confirm.txt</c>, with the authoring package's own reading of the list;
    /// a listed value the save sets to another value is set from the new notice, so its line goes too.
    /// </summary>
    /// <exception cref="StudioRefusal">A confirmed value is not listed (any more) in its edition's list.</exception>
    private void Confirm(PackSnapshot snapshot, Dictionary<string, string> texts, IReadOnlyList<FieldChange> changes, IReadOnlyList<ConfirmedValue> confirmed)
    {
        var set = changes
            .Where(c => snapshot.Drafts.Any(d => c.File.StartsWith(d.Folder, StringComparison.Ordinal)))
            .Select(c => (Value: new ConfirmedValue(c.File, c.Path), Json: (string?)c.ToJson()));
        foreach (var edition in confirmed.Select(c => (Value: c, Json: (string?)null)).Concat(set).GroupBy(c => FolderOf(snapshot, c.Value)))
        {
            var listPath = edition.Key + ToConfirmList.File;
            var list = texts.GetValueOrDefault(listPath) ?? "";
            var listed = ToConfirmList.Read(list).ToLookup(entry => (entry.Value.File, entry.Value.JsonPath), entry => entry.Value.Now);
            var values = new HashSet<(string File, string JsonPath)>();
            foreach (var (value, json) in edition)
            {
                var key = (value.File[edition.Key.Length..], value.Path);
                if (json is null && !listed.Contains(key))
                {
                    throw new StudioRefusal(400, $"{value.File} {value.Path} is not listed in {listPath} to be confirmed; reload the page, it may have been confirmed already.");
                }

                if (json is null || listed[key].Any(now => now != json))
                {
                    values.Add(key);
                }
            }

            if (values.Count > 0)
            {
                texts[listPath] = ToConfirmList.Remove(list, values);
            }
        }
    }

    /// <summary>Returns the folder of the edition a confirmed value belongs to: the deepest edition folder holding its file.</summary>
    private string FolderOf(PackSnapshot snapshot, ConfirmedValue value)
    {
        if (value.File is null || value.Path is null)
        {
            throw new StudioRefusal(400, "Each confirmed value needs a file and a path.");
        }

        FullPath(value.File);
        return snapshot.Drafts.Select(d => d.Folder).Where(f => value.File.StartsWith(f, StringComparison.Ordinal)).MaxBy(f => f.Length)
            ?? throw new StudioRefusal(403, $"\"{value.File}\" is not in an edition folder of this rules pack.");
    }

    /// <summary>Writes every file or none: a file with no old text is new, and is removed again when the write fails.</summary>
    private void Write(IReadOnlyList<(string Path, string Text, string? Old)> files)
    {
        foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)!).Distinct())
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = files.Select(f => Path.Combine(Path.GetDirectoryName(f.Path)!, $".{Path.GetFileName(f.Path)}.{Guid.NewGuid():N}.studio-tmp")).ToList();
        var moved = 0;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                _files.WriteNew(temporary[i], files[i].Text);
            }

            for (; moved < files.Count; moved++)
            {
                _files.Replace(temporary[moved], files[moved].Path);
            }
        }
        catch
        {
            // Put back what was already moved, the same way, then drop what is left.
            for (var i = 0; i < moved; i++)
            {
                if (files[i].Old is { } old)
                {
                    var back = temporary[i] + ".old";
                    _files.WriteNew(back, old);
                    _files.Replace(back, files[i].Path);
                }
                else
                {
                    TryDelete(files[i].Path);
                }
            }

            foreach (var path in temporary.Skip(moved))
            {
                TryDelete(path);
            }

            throw;
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            _files.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind, a temporary file is never read as a rule file: loading ignores it, or refuses it inside workflows/.
        }
    }
}
