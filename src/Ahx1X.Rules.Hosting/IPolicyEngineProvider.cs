using Ahx1X.Rules.Reloading;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Hosting;

/// <summary>
/// Gives the policy engine serving now. Registered as a singleton by <c>services.AddAhx1XRules(...)</c>;
/// inject it into singletons, and take <see cref="Current"/> once per evaluation so that one
/// evaluation sees one rule pack. Scoped and transient services may inject <see cref="PolicyEngine"/>
/// itself, which resolves to <see cref="Current"/> at that moment.
/// </summary>
public interface IPolicyEngineProvider
{
    /// <summary>Gets the engine serving now: the embedded pack, or the last rules folder that loaded.</summary>
    PolicyEngine Current { get; }

    /// <summary>Gets the language the portal shows messages in, from <see cref="Ahx1XRulesOptions.Language"/>.</summary>
    Language Language { get; }

    /// <summary>Gets the full path of the rules folder served, or null when the embedded pack is served.</summary>
    string? RulesFolder { get; }

    /// <summary>Reloads the rules folder now; on any problem the current pack keeps serving and the refusal is logged.</summary>
    /// <returns>How the reload went, with every problem of a refused pack.</returns>
    /// <exception cref="InvalidOperationException">The embedded pack is served: there is no folder to reload. Set <see cref="Ahx1XRulesOptions.RulesFolder"/>.</exception>
    ReloadResult Reload();

    /// <summary>
    /// Reloads the rules folder now, as <see cref="Reload()"/> does, stopping when <paramref name="cancellationToken"/>
    /// is cancelled; the current pack then keeps serving. An implementation that cannot stop ignores the token.
    /// </summary>
    /// <param name="cancellationToken">Stops the reload between files, editions and stages.</param>
    /// <returns>How the reload went, with every problem of a refused pack.</returns>
    /// <exception cref="InvalidOperationException">The embedded pack is served: there is no folder to reload.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ReloadResult Reload(CancellationToken cancellationToken) => Reload();
}
