using System.Collections;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// The applications of one institution judged together, indexed once for SCALE-02. Each request
/// sees the applications before it through a view of the one shared list, so a document of N
/// applications costs O(N) memory and O(N log N) time, however many share an institution.
/// </summary>
internal sealed class ApplicationHistoryIndex
{
    private readonly List<Application> _all = [];

    // Positions of earlier applications by what SCALE-02 compares; one with no level or season
    // may match anything of its certificate and year, so it is kept apart as "vague".
    private readonly Dictionary<(string Certificate, CertificateLevel Level, Season Season, int Year), List<int>> _exact = [];
    private readonly Dictionary<(string Certificate, int Year), List<int>> _vague = [];

    /// <summary>Returns the applications added so far, as a view that later additions do not change.</summary>
    public IReadOnlyList<Application> SoFar() => new View(this, _all.Count);

    public void Add(Application application)
    {
        var position = _all.Count;
        _all.Add(application);
        if (application is { Level: { } level, Season: { } season })
        {
            Positions(_exact, (application.CertificateCode, level, season, application.Year)).Add(position);
        }
        else
        {
            Positions(_vague, (application.CertificateCode, application.Year)).Add(position);
        }
    }

    /// <summary>
    /// Takes back the application added last. Views made before it was added are unchanged; a view
    /// made after would see whatever is added next in its place, so none may outlive it (a record
    /// taken back goes with its view).
    /// </summary>
    public void RemoveLast()
    {
        var position = _all.Count - 1;
        var application = _all[position];
        _all.RemoveAt(position);
        var positions = application is { Level: { } level, Season: { } season }
            ? _exact[(application.CertificateCode, level, season, application.Year)]
            : _vague[(application.CertificateCode, application.Year)];
        positions.RemoveAt(positions.Count - 1);
    }

    /// <summary>Gets whether no application is in the index.</summary>
    public bool IsEmpty => _all.Count == 0;

    /// <summary>Returns true when <paramref name="earlier"/> came from a document's reader, which checked each application.</summary>
    public static bool WasRead(IReadOnlyList<Application>? earlier) => earlier is View;

    /// <summary>Counts the earlier applications like <paramref name="application"/>; null when that cannot be told.</summary>
    public static int? SameCertificateLevelSeason(IReadOnlyList<Application> earlier, Application application)
    {
        if (application is not { Level: { } level, Season: { } season })
        {
            return null;
        }

        if (earlier is View view)
        {
            var index = view.Index;
            return Before(index._vague, (application.CertificateCode, application.Year), view.Count) > 0
                ? null
                : Before(index._exact, (application.CertificateCode, level, season, application.Year), view.Count);
        }

        // A caller's own list: scanned once, by index (an array, such as the default empty one, without an enumerator).
        var count = 0;
        var all = earlier as Application[];
        var length = all?.Length ?? earlier.Count;
        for (var i = 0; i < length; i++)
        {
            var other = all is null ? earlier[i] : all[i];
            if (other.CertificateCode != application.CertificateCode || other.Year != application.Year)
            {
                continue;
            }

            if (other.Level is null || other.Season is null)
            {
                return null;
            }

            if (other.Level == level && other.Season == season)
            {
                count++;
            }
        }

        return count;
    }

    private static List<int> Positions<TKey>(Dictionary<TKey, List<int>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var positions))
        {
            index[key] = positions = [];
        }

        return positions;
    }

    /// <summary>Counts the positions under <paramref name="key"/> that come before <paramref name="end"/>.</summary>
    private static int Before<TKey>(Dictionary<TKey, List<int>> index, TKey key, int end)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var positions))
        {
            return 0;
        }

        var found = positions.BinarySearch(end);
        return found >= 0 ? found : ~found;
    }

    /// <summary>The first <see cref="Count"/> applications of the shared list.</summary>
    private sealed class View(ApplicationHistoryIndex index, int count) : IReadOnlyList<Application>
    {
        public ApplicationHistoryIndex Index { get; } = index;

        public int Count { get; } = count;

        public Application this[int i] => (uint)i < (uint)Count ? Index._all[i] : throw new ArgumentOutOfRangeException(nameof(i));

        public IEnumerator<Application> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return Index._all[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
