using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules;

/// <summary>Configures a <see cref="PolicyEngine"/>.</summary>
public sealed class PolicyEngineOptions
{
    /// <summary>Gets or sets the certificate catalogue to judge against; null (the default) uses each edition's shipped sample catalogue.</summary>
    public Catalogue? Catalogue { get; set; }
}

/// <summary>
/// Judges documents against the Anhui 1+X certificate notice: the one type portals use.
/// An engine is immutable and safe to share between threads; build it once and keep it.
/// </summary>
/// <example>
/// <code>
/// var engine = PolicyEngine.LoadEmbedded();
/// var result = engine.Evaluate(new ApplicationRequest { Institution = school, Application = application });
/// if (!result.IsAccepted) { /* show result.Findings */ }
/// </code>
/// </example>
public sealed class PolicyEngine
{
    private readonly Catalogue? _catalogue;

    /// <summary>Creates an engine over a loaded rule pack.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="options">The options; null for the defaults.</param>
    public PolicyEngine(RulePack pack, PolicyEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Pack = pack;
        _catalogue = options?.Catalogue;
    }

    /// <summary>Gets the rule pack the engine judges with.</summary>
    public RulePack Pack { get; }

    /// <summary>Creates an engine over the pack shipped inside the library (the 2024 notice).</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="RulePackException">The embedded pack is broken.</exception>
    public static PolicyEngine LoadEmbedded(PolicyEngineOptions? options = null) => new(RulePack.LoadEmbedded(), options);

    /// <summary>Creates an engine over a rules folder; see <see cref="RulePack.LoadFromDirectory"/>.</summary>
    /// <param name="path">The rules folder.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="RulePackException">The folder cannot be read or a file is invalid; lists every problem.</exception>
    public static PolicyEngine LoadFromDirectory(string path, PolicyEngineOptions? options = null) => new(RulePack.LoadFromDirectory(path), options);

    /// <summary>Returns the catalogue applications of <paramref name="year"/> are judged against.</summary>
    /// <param name="year">The year of the notice.</param>
    /// <exception cref="EditionNotFoundException">No edition covers the year.</exception>
    public Catalogue CatalogueFor(int year) => _catalogue ?? Pack.For(year).SampleCatalogue;

    /// <summary>
    /// Judges whether one application may be submitted (SCOPE-01, SCALE-01..05, TIME-01,
    /// PROC-01, REQ-01..03 in the 2024 edition).
    /// </summary>
    /// <param name="request">The application, its institution and the institution's earlier applications.</param>
    /// <returns>The outcome and every finding; never throws for a policy failure.</returns>
    /// <exception cref="EditionNotFoundException">No edition covers the application's year.</exception>
    public EvaluationResult Evaluate(ApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var edition = Pack.For(request.Application.Year);
        return Result(edition.Application, edition, ScopeFor(request, edition));
    }

    /// <summary>Builds the inputs the Application workflow's expressions see.</summary>
    internal ApplicationScope ScopeFor(ApplicationRequest request, Edition edition)
    {
        var application = request.Application;
        return new ApplicationScope
        {
            Institution = request.Institution,
            Application = application,
            Certificate = (_catalogue ?? edition.SampleCatalogue).Find(application.CertificateCode),
            History = new ApplicationHistory(request.EarlierApplications.Count(earlier =>
                earlier.CertificateCode == application.CertificateCode
                && earlier.Level == application.Level
                && earlier.Season == application.Season
                && earlier.Year == application.Year)),
            Season = application.Season is { } season ? edition.Parameters.For(season) : null,
            Edition = edition.Parameters,
        };
    }

    private EvaluationResult Result<TScope>(CompiledWorkflow<TScope> workflow, Edition edition, TScope scope)
    {
        var findings = workflow.Evaluate(scope);
        return new EvaluationResult
        {
            Outcome = EvaluationResult.OutcomeOf(findings),
            Findings = findings,
            Edition = edition.Year,
            Workflow = workflow.Name,
            ClausesEvaluated = workflow.ClauseIds,
            PackFingerprint = Pack.Fingerprint,
        };
    }
}
