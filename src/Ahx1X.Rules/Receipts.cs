using System.Reflection;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using NodaTime;

namespace Ahx1X.Rules;

/// <summary>Builds the receipts of an engine's results: what a workflow's verdict depends on.</summary>
internal static class Receipts
{
    /// <summary>The input the application scope shows the catalogue entry as; a workflow that never reads it does not depend on the catalogue.</summary>
    private const string CatalogueInput = "certificate";

    /// <summary>The input rules read the edition's parameters as.</summary>
    private const string EditionInput = "edition";

    /// <summary>The edition's values that may be placeholders (thresholds), with the member that names each under <c>thresholds</c> in <c>edition.json</c>.</summary>
    private static readonly (PropertyInfo Property, string JsonName)[] Thresholds = typeof(EditionParameters)
        .GetProperties()
        .Where(p => typeof(IPlaceholderValue).IsAssignableFrom(p.PropertyType))
        .Select(p => (p, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
        .ToArray();

    /// <summary>Returns the receipt of <paramref name="workflow"/>'s results in an engine judging against <paramref name="catalogue"/>.</summary>
    public static DecisionReceipt Build(IWorkflowInfo workflow, Edition edition, string packFingerprint, Catalogue catalogue, LocalDate? asOf)
    {
        // The workflow's own rules: asking the edition would compile every other workflow too.
        var names = workflow.FactNames()
            .SelectMany(r => r.Names)
            .ToHashSet(StringComparer.Ordinal);
        var readsCatalogue = names.Contains(CatalogueInput);
        return new DecisionReceipt
        {
            Edition = edition.Year,
            Workflow = workflow.Name,
            PackFingerprint = packFingerprint,
            CatalogueFingerprint = readsCatalogue ? catalogue.Fingerprint : null,
            CatalogueIsSample = readsCatalogue && catalogue.IsSample,
            PlaceholderParameters = PlaceholdersRead(edition.Parameters, names),
            LibraryVersion = DecisionReceipt.CurrentLibraryVersion,
            AsOf = asOf,
            ClausesEvaluated = workflow.ClauseIds,
        };
    }

    /// <summary>Returns whether <paramref name="receipt"/> still describes a result of the same workflow judged against <paramref name="catalogue"/>.</summary>
    public static bool StillFor(DecisionReceipt receipt, Catalogue catalogue) =>
        receipt.CatalogueFingerprint is null || string.Equals(receipt.CatalogueFingerprint, catalogue.Fingerprint, StringComparison.Ordinal);

    /// <summary>Returns the workflow of <paramref name="edition"/> named <paramref name="name"/>, or null.</summary>
    public static IWorkflowInfo? Workflow(Edition edition, string name) => edition.Workflows.All.FirstOrDefault(x => x.Name == name);

    /// <summary>Returns every value of <paramref name="parameters"/> that is still a placeholder, whether or not a rule reads it.</summary>
    public static IReadOnlyList<PlaceholderParameter> Placeholders(EditionParameters parameters) => PlaceholdersRead(parameters, names: null);

    private static PlaceholderParameter[] PlaceholdersRead(EditionParameters parameters, HashSet<string>? names) =>
        Thresholds
            .Select(t => (t.Property, t.JsonName, Value: (IPlaceholderValue)t.Property.GetValue(parameters)!))
            .Where(t => t.Value.IsPlaceholder && (names is null || names.Contains(EditionInput + "." + t.Property.Name)))
            .SelectMany(t => t.Value.Values.Select(v => new PlaceholderParameter(t.JsonName, $"$.thresholds.{t.JsonName}.{v.Member}", v.Value)))
            .ToArray();
}
