using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Authoring;

/// <summary>What a scenario expects of the last record of its document.</summary>
/// <param name="Outcome">The outcome expected.</param>
/// <param name="Fires">Clause ids that must fire (have a finding of any kind).</param>
/// <param name="DoesNotFire">Clause ids that must not fire.</param>
public sealed record ScenarioExpectation(Outcome Outcome, IReadOnlyList<string> Fires, IReadOnlyList<string> DoesNotFire);
