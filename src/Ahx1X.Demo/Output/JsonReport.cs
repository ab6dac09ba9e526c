using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Demo.Output;

/// <summary>Writes verdicts as one JSON document for machines.</summary>
internal static class JsonReport
{
    public static void Write(TextWriter output, RulePack pack, IReadOnlyList<Verdict> verdicts, IReadOnlyList<Refusal> refusals)
    {
        var report = new JObject
        {
            ["pack"] = new JObject { ["source"] = pack.Source, ["fingerprint"] = pack.Fingerprint },
            ["results"] = new JArray(verdicts.Select(Result)),
            ["refused"] = new JArray(refusals.Select(r => new JObject { ["file"] = r.File, ["id"] = r.Id, ["reason"] = r.Reason })),
            ["summary"] = Summary(verdicts),
        };
        using var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        report.WriteTo(writer);
        writer.Flush();
        output.WriteLine();
    }

    private static JObject Result(Verdict verdict) => new()
    {
        ["file"] = verdict.File,
        ["id"] = verdict.Id,
        ["subject"] = verdict.Subject,
        ["item"] = verdict.Item,
        ["edition"] = verdict.Result.Edition,
        ["workflow"] = verdict.Result.Workflow,
        ["outcome"] = Names.Of(verdict.Result.Outcome),
        ["sampleCatalogue"] = verdict.Result.UsedSampleCatalogue,
        ["findings"] = new JArray(verdict.Result.Findings.Select(Finding)),
        ["receipt"] = Receipt(verdict.Result.Receipt),
        ["verdicts"] = new JArray(verdict.Result.Verdicts.Select(v => new JObject
        {
            ["rule"] = v.RuleName,
            ["clauseId"] = v.ClauseId,
            ["verdict"] = char.ToLowerInvariant(v.Outcome.ToString()[0]) + v.Outcome.ToString()[1..],
            ["facts"] = new JArray(v.Facts.Select(f => new JObject { ["name"] = f.Name, ["value"] = f.Value })),
        })),
    };

    private static JObject Receipt(DecisionReceipt receipt) => new()
    {
        ["edition"] = receipt.Edition,
        ["workflow"] = receipt.Workflow,
        ["packFingerprint"] = receipt.PackFingerprint,
        ["catalogueFingerprint"] = receipt.CatalogueFingerprint,
        ["catalogueIsSample"] = receipt.CatalogueIsSample,
        ["placeholderParameters"] = new JArray(receipt.PlaceholderParameters.Select(p => new JObject { ["name"] = p.Name, ["jsonPath"] = p.JsonPath, ["value"] = p.Value })),
        ["libraryVersion"] = receipt.LibraryVersion,
        ["asOf"] = receipt.AsOf is { } day ? day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        ["clausesEvaluated"] = new JArray(receipt.ClausesEvaluated),
    };

    private static JObject Finding(Finding finding) => new()
    {
        ["clauseId"] = finding.ClauseId,
        ["rule"] = finding.RuleName,
        ["severity"] = Names.Of(finding.Severity),
        ["kind"] = Names.Of(finding.Kind),
        ["message"] = new JObject { ["zh"] = finding.Message.Zh, ["en"] = finding.Message.En },
        ["citation"] = new JObject
        {
            ["document"] = finding.Citation.Document,
            ["section"] = finding.Citation.Section,
            ["text"] = finding.Citation.Text,
        },
        ["facts"] = new JArray(finding.Facts.Select(f => new JObject { ["name"] = f.Name, ["value"] = f.Value })),
    };

    private static JObject Summary(IReadOnlyList<Verdict> verdicts)
    {
        var summary = new JObject();
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            summary[Names.Of(outcome)] = verdicts.Count(v => v.Result.Outcome == outcome);
        }

        return summary;
    }
}
