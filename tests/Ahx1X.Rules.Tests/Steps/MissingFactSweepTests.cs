using System.Text.RegularExpressions;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Tests.Demo;
using Ahx1X.Rules.Tests.Documents;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Steps;

/// <summary>
/// Fails closed on every fact: each member of every accepted sample record is set to null and
/// then removed, one at a time. The record must then be refused, rejected or indeterminate,
/// unless no clause of its step reads that fact; those facts are listed here by name, so a new
/// rule that should read one, or a fact that silently stops counting, shows up as a change.
/// </summary>
public sealed partial class MissingFactSweepTests
{
    /// <summary>Members a record may leave out without changing an accepted verdict, by document kind and member path.</summary>
    private static readonly string[] FactsNoClauseReads =
    [
        // Cities name a record in reports; only the steps that route by city (PROC-03, PROC-05) read them.
        "applications: institutions[*].city",
        "monthlyProgress: reports[*].institution.city",
        "provincialReviews: reviews[*].institution.city",

        // A mail judged without the season's applications is not reconciled (PROC-04), so its rows are not read.
        "summaryTables: mails[*].rows",
        "summaryTables: mails[*].rows[*].candidates",
        "summaryTables: mails[*].rows[*].level",

        // A secondary school's mail to its own city bureau is judged by PROC-03 alone, which reads
        // neither the season, the day sent nor a college's city; PROC-02, which does, addresses other senders.
        "summaryTables: mails[*].season",
        "summaryTables: mails[*].senderCity",
        "summaryTables: mails[*].sentAt",

        // MON-01 judges the share examined; the count certified is reported, not judged.
        "monthlyProgress: reports[*].certificates[*].certified",
    ];

    [Fact]
    public void EveryOptionalMemberOfAnAcceptedSample_NulledOrRemoved_IsNeverAcceptedUnlessNoClauseReadsIt()
    {
        var stillAccepted = new SortedSet<string>(StringComparer.Ordinal);
        var tried = 0;
        foreach (var file in Directory.GetFiles(Repository.PathOf("samples/documents"), "*.json"))
        {
            var original = JObject.Parse(File.ReadAllText(file));
            var kind = (string)original["kind"]!;
            var accepted = Judge(original.ToString()).Where(r => r.Value.IsAccepted).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var (path, mutated) in MemberMutations.Of(original))
            {
                tried++;
                foreach (var (id, result) in Judge(mutated.ToString()))
                {
                    if (accepted.Contains(id) && result.IsAccepted && Touches(path, original, id))
                    {
                        stillAccepted.Add($"{kind}: {Index().Replace(path, "[*]")}");
                    }
                }
            }
        }

        Assert.True(tried > 200, $"only {tried} mutations were tried");
        Assert.True(FactsNoClauseReads.Order(StringComparer.Ordinal).SequenceEqual(stillAccepted),
            "Accepted with a fact missing:\n" + string.Join("\n", stillAccepted));
    }

    /// <summary>Judges every record that reads; a refused document judges none.</summary>
    private static Dictionary<string, EvaluationResult> Judge(string json)
    {
        var read = Document.ParseRecords(json, "sweep.json");
        var results = new Dictionary<string, EvaluationResult>(StringComparer.Ordinal);
        foreach (var entry in read.Document?.Entries ?? [])
        {
            results[entry.Id] = entry.EvaluateWith(TestData.Engine);
        }

        return results;
    }

    /// <summary>True when the member at <paramref name="path"/> belongs to the record <paramref name="id"/> (its own members, or its institution's).</summary>
    private static bool Touches(string path, JObject document, string id)
    {
        var token = document.SelectToken(path)!;
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is JObject record && record["id"] is { } recordId)
            {
                return (string?)recordId == id;
            }

            if (node is JObject institution && institution["applications"] is JArray applications)
            {
                return applications.Any(a => (string?)a["id"] == id);
            }
        }

        return false;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
