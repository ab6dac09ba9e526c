using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Hosting;

/// <summary>Configures the policy engine that <c>services.AddAhx1XRules(...)</c> registers.</summary>
public sealed class Ahx1XRulesOptions
{
    /// <summary>
    /// Gets or sets the rules folder to load (a folder holding one folder per edition, such as a copy of
    /// the repository's <c>rules/</c>); null (the default) serves the pack built into the library.
    /// </summary>
    public string? RulesFolder { get; set; }

    /// <summary>
    /// Gets or sets whether to reload <see cref="RulesFolder"/> shortly after its files change; false by default.
    /// A changed pack that does not load is refused and logged, and the old pack keeps serving.
    /// Needs <see cref="RulesFolder"/>.
    /// </summary>
    public bool Reload { get; set; }

    /// <summary>
    /// Gets or sets the language the portal shows messages in, as <see cref="IPolicyEngineProvider.Language"/>;
    /// <see cref="Language.Chinese"/> (the language of the notice) by default. Results always carry both languages.
    /// </summary>
    public Language Language { get; set; } = Language.Chinese;

    /// <summary>
    /// Gets or sets whether results also carry every rule's verdict and the values it read
    /// (<see cref="PolicyEngineOptions.Explain"/>); false by default, for speed.
    /// </summary>
    public bool Explain { get; set; }

    /// <summary>Gets or sets the certificate catalogue to judge against; null (the default) uses each edition's shipped sample catalogue.</summary>
    public Catalogue? Catalogue { get; set; }
}
