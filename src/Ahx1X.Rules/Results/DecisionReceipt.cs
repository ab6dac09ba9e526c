using System.Reflection;
using NodaTime;

namespace Ahx1X.Rules.Results;

/// <summary>
/// Records everything that decided a result, so that a dispute can replay it exactly: edition,
/// workflow, rule pack, catalogue, placeholder parameters and library version. Store it with the
/// request; <see cref="DifferencesFrom"/> compares it with the receipt of a later decision, and
/// <c>receipt.DifferencesFrom(engine)</c> with what an engine would decide now.
/// </summary>
public sealed record DecisionReceipt
{
    /// <summary>Gets the year of the edition that judged.</summary>
    public required int Edition { get; init; }

    /// <summary>Gets the workflow that ran, such as <c>Application</c>.</summary>
    public required string Workflow { get; init; }

    /// <summary>Gets the SHA-256 of the rule pack's files, in lower-case hex.</summary>
    public required string PackFingerprint { get; init; }

    /// <summary>
    /// Gets the SHA-256 of the certificate catalogue judged against, in lower-case hex
    /// (<see cref="Model.Catalogue.Fingerprint"/>); null when the workflow reads no catalogue (every step but applications).
    /// </summary>
    public string? CatalogueFingerprint { get; init; }

    /// <summary>
    /// Gets whether the catalogue judged against is a sample with placeholder minimums and rates
    /// (<see cref="Model.Catalogue.IsSample"/>): such a verdict is not an official one. False when the workflow reads no catalogue.
    /// </summary>
    public bool CatalogueIsSample { get; init; }

    /// <summary>Gets the edition parameters the workflow reads that are still placeholders, with their values; empty when none is.</summary>
    public IReadOnlyList<PlaceholderParameter> PlaceholderParameters { get; init; } = [];

    /// <summary>Gets the version of this library that judged.</summary>
    public required string LibraryVersion { get; init; }

    /// <summary>Gets the day (Asia/Shanghai) the decision was made, from the clock the caller gave the engine; null when it gave none.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Gets the clause ids of every rule that was evaluated, fired or not, without repeats.</summary>
    public required IReadOnlyList<string> ClausesEvaluated { get; init; }

    /// <summary>Gets the version of the library assembly, as <see cref="LibraryVersion"/> reports it.</summary>
    public static string CurrentLibraryVersion { get; } =
        typeof(DecisionReceipt).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DecisionReceipt).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// Lists why <paramref name="other"/>'s decision might not be this one's: another edition, workflow,
    /// rule pack, catalogue, placeholder value, library version or set of clauses; empty when everything
    /// that decides a verdict is the same. The date is not compared.
    /// </summary>
    /// <param name="other">The receipt of the later decision, such as the one an engine would give now.</param>
    /// <returns>One sentence per difference, naming the recorded value and <paramref name="other"/>'s.</returns>
    public IReadOnlyList<string> DifferencesFrom(DecisionReceipt other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var differences = new List<string>();
        Compare("edition", other.Edition.ToString(System.Globalization.CultureInfo.InvariantCulture), Edition.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare("workflow", other.Workflow, Workflow);
        Compare("rule pack", other.PackFingerprint, PackFingerprint);
        Compare("catalogue", CatalogueOf(other), CatalogueOf(this));
        Compare("library version", other.LibraryVersion, LibraryVersion);

        var recorded = PlaceholderParameters.ToDictionary(p => p.JsonPath, StringComparer.Ordinal);
        var now = other.PlaceholderParameters.ToDictionary(p => p.JsonPath, StringComparer.Ordinal);
        foreach (var (path, was) in recorded)
        {
            if (!now.TryGetValue(path, out var value))
            {
                differences.Add($"placeholder {was} was in force and is not now (set by policy, or no longer read)");
            }
            else if (value.Value != was.Value)
            {
                differences.Add($"placeholder {was.Name} ({path}) is {value.Value}, not the recorded {was.Value}");
            }
        }

        differences.AddRange(now.Values.Where(p => !recorded.ContainsKey(p.JsonPath)).Select(p => $"placeholder {p} is in force and was not recorded"));

        var added = other.ClausesEvaluated.Except(ClausesEvaluated, StringComparer.Ordinal).ToArray();
        var removed = ClausesEvaluated.Except(other.ClausesEvaluated, StringComparer.Ordinal).ToArray();
        if (added.Length > 0 || removed.Length > 0)
        {
            differences.Add($"clauses evaluated differ: {(added.Length > 0 ? "now also " + string.Join(", ", added) : "none added")}; {(removed.Length > 0 ? "no longer " + string.Join(", ", removed) : "none removed")}");
        }

        return differences;

        void Compare(string what, string current, string recordedValue)
        {
            if (!string.Equals(current, recordedValue, StringComparison.Ordinal))
            {
                differences.Add($"{what} {current} is not the recorded {recordedValue}");
            }
        }
    }

    private static string CatalogueOf(DecisionReceipt receipt) =>
        receipt.CatalogueFingerprint is { } fingerprint ? $"{fingerprint} ({(receipt.CatalogueIsSample ? "sample" : "not a sample")})" : "(none read)";
}
