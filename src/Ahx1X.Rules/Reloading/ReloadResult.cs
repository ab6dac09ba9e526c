using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Reloading;

/// <summary>Tells how a reload of the rules folder went.</summary>
/// <param name="Succeeded">True when the folder's rules loaded; the pack serving is then theirs, or a newer one that a later reload loaded first.</param>
/// <param name="Fingerprint">The fingerprint of the pack serving after the reload (the old one when it failed).</param>
/// <param name="Problems">Why the new pack was refused; empty on success.</param>
public sealed record ReloadResult(bool Succeeded, string Fingerprint, IReadOnlyList<Problem> Problems);
