using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// Computes a catalogue row's rates from 附件1's counts when the sheet gives counts instead of
/// rates: completion rate = completed / examined, issuance rate = certified / completed, to four
/// places. A row that gives both, or counts that cannot be, is reported and left out.
/// </summary>
internal static class CatalogueRates
{
    private static readonly string[] Counts = ["examined", "completed", "certified"];

    public static void Compute(JArray certificates, IReadOnlyDictionary<JToken, SheetPosition> at, List<Problem> problems)
    {
        foreach (var row in certificates.OfType<JObject>().ToList())
        {
            var values = Counts.Select(c => row[c]!).ToArray();
            foreach (var count in Counts)
            {
                row.Remove(count);
            }

            if (values.All(v => v.Type == JTokenType.Null))
            {
                continue;
            }

            var code = row["code"]?.ToString();
            var numbers = new long[values.Length];
            var ok = true;
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i].Type != JTokenType.Integer || (long)values[i] < 0 || (long)values[i] > 100_000_000)
                {
                    ok = false;
                    problems.Add(at[values[i]].Problem(ProblemCodes.InvalidValue,
                        $"\"{Counts[i]}\" must be a whole number of people from 0 to 100,000,000, found {Describe(values[i])}; give the three counts, or the two rates instead.", code));
                }
                else
                {
                    numbers[i] = (long)values[i];
                }
            }

            foreach (var rate in new[] { "completionRate", "issuanceRate" }.Where(r => row[r]?.Type is not (null or JTokenType.Null)))
            {
                ok = false;
                problems.Add(at[row[rate]!].Problem(ProblemCodes.InconsistentParameters,
                    "The row gives both this rate and the counts it is computed from; leave the rate blank (it is computed) or clear the counts.", code));
            }

            if (ok && (numbers[1] > numbers[0] || numbers[2] > numbers[1]))
            {
                ok = false;
                problems.Add(at[values[0]].Problem(ProblemCodes.InconsistentParameters,
                    $"The counts cannot be: {numbers[1]} completed of {numbers[0]} examined, {numbers[2]} certified of {numbers[1]} completed; correct them.", code));
            }

            if (!ok)
            {
                row.Remove();
                continue;
            }

            row["completionRate"] = numbers[0] == 0 ? JValue.CreateNull() : new JValue(Math.Round((decimal)numbers[1] / numbers[0], 4));
            row["issuanceRate"] = numbers[1] == 0 ? JValue.CreateNull() : new JValue(Math.Round((decimal)numbers[2] / numbers[1], 4));
        }
    }

    private static string Describe(JToken value) => value.Type == JTokenType.Null ? "a blank cell" : $"\"{value}\"";
}
