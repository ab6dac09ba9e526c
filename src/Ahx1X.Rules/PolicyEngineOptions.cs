using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules;

/// <summary>
/// Configures a <see cref="PolicyEngine"/>. The engine checks the options and copies them when it
/// is built, so changing them afterwards changes no engine.
/// </summary>
public sealed class PolicyEngineOptions
{
    /// <summary>Gets or sets the certificate catalogue to judge against; it must list at least one certificate.</summary>
    /// <value>The default is null: each edition's shipped sample catalogue, which receipts and results mark as a sample (<see cref="EvaluationResult.UsedSampleCatalogue"/>).</value>
    public Catalogue? Catalogue { get; set; }

    /// <summary>Gets or sets whether results carry every rule's verdict and the values it read (<see cref="EvaluationResult.Verdicts"/>).</summary>
    /// <value>The default is false, as explaining costs a pass per rule.</value>
    public bool Explain { get; set; }

    /// <summary>Gets or sets the clock whose Asia/Shanghai date is recorded in each result's receipt as its "as of" date. The library reads no clock of its own.</summary>
    /// <value>The default is null: receipts record no date.</value>
    public IClock? Clock { get; set; }

    /// <summary>Checks the options before an engine is built over them.</summary>
    /// <exception cref="ArgumentException">The options cannot give a sound engine; the message says what to do.</exception>
    internal void Validate()
    {
        // Every other combination of values is sound; an empty catalogue would reject every application silently.
        if (Catalogue is { Entries.Count: 0 } empty)
        {
            throw new ArgumentException(
                $"PolicyEngineOptions.Catalogue ({empty.Source}) lists no certificate, so every application would break SCOPE-01; pass the official catalogue, or null for the edition's sample.",
                "options");
        }
    }
}
