using Ahx1X.Rules.Results;

namespace Ahx1X.Rules;

/// <summary>Compares stored receipts with what a <see cref="PolicyEngine"/> would decide now.</summary>
public static class DecisionReceiptExtensions
{
    /// <summary>
    /// Lists why <paramref name="engine"/> might not judge as <paramref name="receipt"/> records: no such
    /// edition or workflow, another rule pack, catalogue (or a sample where an official one was used),
    /// placeholder value, library version or set of clauses; empty when it would judge the same way.
    /// </summary>
    /// <param name="receipt">The stored receipt.</param>
    /// <param name="engine">The engine to replay with.</param>
    /// <returns>One sentence per difference, as <see cref="DecisionReceipt.DifferencesFrom"/> writes them.</returns>
    public static IReadOnlyList<string> DifferencesFrom(this DecisionReceipt receipt, PolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(engine);
        var edition = engine.Pack.Editions.FirstOrDefault(e => e.Year == receipt.Edition);
        if (edition is not null && Receipts.Workflow(edition, receipt.Workflow) is { } workflow)
        {
            return receipt.DifferencesFrom(engine.ReceiptFor(workflow, edition));
        }

        // Nothing to replay with: say so, and what else differs that can still be told.
        var missing = edition is null ? $"the engine has no {receipt.Edition} edition" : $"the engine's {receipt.Edition} edition has no workflow {receipt.Workflow}";
        return [missing, .. receipt.DifferencesFrom(receipt with { PackFingerprint = engine.Pack.Fingerprint, LibraryVersion = DecisionReceipt.CurrentLibraryVersion })];
    }
}
