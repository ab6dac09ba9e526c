using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Where a record was written in its document: kept with the record instead of its tree, so the
/// tree can go once the record is read. It places the record, its id, and the values only an
/// edition can refuse when the record is judged, which are the cities a request names.
/// </summary>
internal sealed class RecordPlace
{
    /// <summary>
    /// The members a request's check refuses against the edition (the cities it notes), as its
    /// problems name them; an application's institution is written around it, and found there.
    /// </summary>
    private static readonly string[] EditionChecked = ["$.institution.city", "$.senderCity", "$.recipient.cityBureau", "$.reviewerCity"];

    // Each path's member names, split once.
    private static readonly string[][] EditionCheckedNames = [.. EditionChecked.Select(path => path[2..].Split('.'))];

    private const string InstitutionMember = "$.institution.";

    // The last value placed, on this thread: the applications of one institution share its city, and
    // so its place. Held weakly, so as not to keep a record's tree once it is read.
    [ThreadStatic]
    private static (WeakReference<JToken> Token, Place At)? t_last;

    private readonly (string Member, Place At)[] _values;
    private readonly int _idLine;
    private readonly int _idColumn;

    private RecordPlace(Place record, (int Line, int Column) id, (string Member, Place At)[] values)
    {
        Record = record;
        (_idLine, _idColumn) = id;
        _values = values;
    }

    /// <summary>Gets where the record starts, with its path.</summary>
    public Place Record { get; }

    /// <summary>Gets where the record's id is written: its member <c>id</c>.</summary>
    public Place Id => new(Record.Path + ".id", _idLine, _idColumn);

    /// <summary>Notes where <paramref name="record"/>, its <paramref name="id"/> and the values an edition checks are.</summary>
    public static RecordPlace Of(JObject record, JToken id)
    {
        List<(string, Place)>? values = null;
        for (var i = 0; i < EditionChecked.Length; i++)
        {
            if (Find(record, EditionChecked[i], EditionCheckedNames[i]) is { } found)
            {
                (values ??= []).Add((EditionChecked[i], PlaceOf(found)));
            }
        }

        return new RecordPlace(Place.Of(record), TokenStart.Of(id), values?.ToArray() ?? []);
    }

    private static Place PlaceOf(JToken token)
    {
        if (t_last is { } last && last.Token.TryGetTarget(out var known) && known == token)
        {
            return last.At;
        }

        var place = Place.Of(token);
        t_last = (new WeakReference<JToken>(token), place);
        return place;
    }

    /// <summary>Returns where the value a request problem's <paramref name="member"/> path names is written: at that value when noted, else at the record, the path under the record's.</summary>
    public Place Locate(string member)
    {
        foreach (var (name, at) in _values)
        {
            if (name == member)
            {
                return at;
            }
        }

        return Record with { Path = Record.Path + member.TrimStart('$') };
    }

    /// <summary>Finds the value <paramref name="path"/> names in the record or an object around it; an applications document writes the institution around its applications.</summary>
    private static JToken? Find(JToken record, string path, string[] names)
    {
        // The paths are plain member names: walked member by member, with no path query to parse for every record.
        for (var node = record; node is not null; node = node.Parent)
        {
            if (node is not JObject obj)
            {
                continue;
            }

            var found = Member(obj, names, 0)
                ?? (node != record && path.StartsWith(InstitutionMember, StringComparison.Ordinal) ? Member(obj, names, 1) : null);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static JToken? Member(JObject obj, string[] names, int from)
    {
        JToken? at = obj;
        for (var i = from; i < names.Length && at is not null; i++)
        {
            at = (at as JObject)?.Property(names[i], StringComparison.Ordinal)?.Value;
        }

        return at;
    }

    /// <summary>A position in a document: the JSON path, and the line and column where the value starts ((0, 0) for a tree with no text).</summary>
    public readonly record struct Place(string Path, int Line, int Column)
    {
        public static Place Of(JToken token)
        {
            var (line, column) = TokenStart.Of(token);
            return new Place(JsonPaths.Of(token), line, column);
        }
    }
}
