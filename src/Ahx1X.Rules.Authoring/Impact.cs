namespace Ahx1X.Rules.Authoring;

/// <summary>Holds which records two packs judge differently, and how many by clause, city and kind.</summary>
/// <param name="Judged">How many records both packs judged.</param>
/// <param name="Changed">Every record whose outcome or findings differ.</param>
public sealed record Impact(int Judged, IReadOnlyList<RecordImpact> Changed)
{
    /// <summary>Gets how many changed records each clause made differ.</summary>
    public IReadOnlyDictionary<string, int> ByClause => Count(Changed.SelectMany(r => r.Clauses));

    /// <summary>Gets how many records changed in each city; records of no known city count under an empty name.</summary>
    public IReadOnlyDictionary<string, int> ByCity => Count(Changed.Select(r => r.City ?? ""));

    /// <summary>Gets how many records changed for each document kind, named as a document declares it (<c>applications</c>).</summary>
    public IReadOnlyDictionary<string, int> ByKind => Count(Changed.Select(r => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(r.Kind.ToString())));

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
