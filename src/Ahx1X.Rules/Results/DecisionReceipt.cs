using System.Reflection;
using NodaTime;

namespace Ahx1X.Rules.Results;

/// <summary>
/// Records what decided a result, so that a dispute can replay it exactly: store it with the
/// request, and <see cref="DifferencesFrom"/> tells whether an engine would judge it the same way.
/// </summary>
public sealed record DecisionReceipt
{
    /// <summary>Gets the year of the edition that judged.</summary>
    public required int Edition { get; init; }

    /// <summary>Gets the workflow that ran, such as <c>Application</c>.</summary>
    public required string Workflow { get; init; }

    /// <summary>Gets the SHA-256 of the rule pack's files, in lower-case hex.</summary>
    public required string PackFingerprint { get; init; }

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

    /// <summary>Lists why <paramref name="engine"/> might not judge as this receipt records: another rule pack, library version or edition; empty when it would judge the same way.</summary>
    /// <param name="engine">The engine to replay with.</param>
    public IReadOnlyList<string> DifferencesFrom(PolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var differences = new List<string>();
        if (engine.Pack.Fingerprint != PackFingerprint)
        {
            differences.Add($"rule pack {engine.Pack.Fingerprint} is not the recorded {PackFingerprint}");
        }

        if (CurrentLibraryVersion != LibraryVersion)
        {
            differences.Add($"library version {CurrentLibraryVersion} is not the recorded {LibraryVersion}");
        }

        if (engine.Pack.Editions.All(e => e.Year != Edition))
        {
            differences.Add($"the engine has no {Edition} edition");
        }

        return differences;
    }
}
