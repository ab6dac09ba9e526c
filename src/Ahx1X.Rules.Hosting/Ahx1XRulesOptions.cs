using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Hosting;

/// <summary>
/// Configures the policy engine that <c>services.AddAhx1XRules(...)</c> registers. Every option but
/// <see cref="PolicyEngineOptions.Catalogue"/> and <see cref="PolicyEngineOptions.Clock"/> can be bound from
/// configuration, under <see cref="SectionName"/> (such as <c>Ahx1X:CataloguePath</c>, or the
/// environment variable <c>Ahx1X__CataloguePath</c>).
/// </summary>
public sealed class Ahx1XRulesOptions
{
    /// <summary>The configuration section the options are usually bound from: <c>Ahx1X</c>.</summary>
    public const string SectionName = "Ahx1X";

    /// <summary>
    /// Gets or sets the rules folder to load (a folder holding one folder per edition, such as a copy of
    /// the repository's <c>rules/</c>).
    /// </summary>
    /// <value>The default is null: the pack built into the library is served.</value>
    public string? RulesFolder { get; set; }

    /// <summary>
    /// Gets or sets whether to reload <see cref="RulesFolder"/> shortly after its files change.
    /// A changed pack that does not load is refused and logged, and the old pack keeps serving.
    /// Needs <see cref="RulesFolder"/>.
    /// </summary>
    /// <value>The default is false.</value>
    public bool Reload { get; set; }

    /// <summary>
    /// Gets or sets the path of a certificate catalogue file (a <c>catalogue.json</c>) to judge against,
    /// loaded and checked at start-up: a missing or broken file stops the host with every problem located.
    /// </summary>
    /// <value>The default is null: <see cref="PolicyEngineOptions.Catalogue"/> if set, otherwise each edition's sample catalogue, which is logged as a warning at start-up.</value>
    public string? CataloguePath { get; set; }

    /// <summary>
    /// Gets or sets the language the portal shows messages in, as <see cref="IPolicyEngineProvider.Language"/>.
    /// Results always carry both languages.
    /// </summary>
    /// <value>The default is <see cref="Language.Chinese"/>, the language of the notice.</value>
    public Language Language { get; set; } = Language.Chinese;

    /// <summary>
    /// Gets the options of every engine served: <see cref="PolicyEngineOptions.Explain"/> (bound from
    /// <c>Ahx1X:Engine:Explain</c>), and in code <see cref="PolicyEngineOptions.Catalogue"/> (or use
    /// <see cref="CataloguePath"/>). <see cref="PolicyEngineOptions.Clock"/>, when left null, is the NodaTime
    /// <c>IClock</c> registered in the container, if any.
    /// </summary>
    public PolicyEngineOptions Engine { get; } = new();
}
