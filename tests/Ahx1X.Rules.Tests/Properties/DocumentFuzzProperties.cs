using System.Text;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Tests.Demo;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Properties;

/// <summary>
/// Mutates the shipped sample documents (drops a member, duplicates one, retypes a value, cuts
/// the text at a byte, inserts characters) and checks that nothing escapes as an unhandled
/// exception: <see cref="Document.ParseRecords(string, string)"/> returns, <see cref="Document.Parse(string, string)"/> returns or
/// throws <see cref="DocumentException"/>, and every record read is judged or refused for its year
/// with <see cref="EditionNotFoundException"/>. 2,400 cases per mutation, 12,000 per run.
/// </summary>
public sealed class DocumentFuzzProperties
{
    private const int CasesPerMutation = 2400;

    private static readonly Lazy<Sample[]> Samples = new(() =>
        Directory.GetFiles(Repository.PathOf("samples/documents"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new Sample(Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray());

    /// <summary>Values of every JSON type, including ones the reader must refuse (impossible dates, huge and negative numbers).</summary>
    private static readonly Func<Random, JToken>[] Values =
    [
        _ => JValue.CreateNull(),
        _ => new JValue(true),
        _ => new JValue(false),
        r => new JValue(r.Next(-5, 200)),
        _ => new JValue(-1),
        _ => new JValue(1e30),
        _ => new JValue(System.Numerics.BigInteger.Parse("99999999999999999999", System.Globalization.CultureInfo.InvariantCulture)),
        _ => new JValue(45.5m),
        _ => new JValue(""),
        _ => new JValue("   "),
        _ => new JValue("2024-02-30"),
        _ => new JValue("2024-13-01"),
        _ => new JValue("2024-03-01T00:00:00+08:00"),
        _ => new JValue("9999-12-31T23:00:00-10:00"),
        _ => new JValue("2025-03-25"),
        _ => new JValue("spring"),
        _ => new JValue("B1-WEB"),
        r => new JValue(new string('字', r.Next(1, 300))),
        _ => new JArray(),
        r => new JArray("软件技术", r.Next(), JValue.CreateNull()),
        _ => new JObject(),
        _ => new JObject(new JProperty("id", "X"), new JProperty("year", 2024)),
    ];

    /// <summary>
    /// Texts a string member may be given instead: date-times at the calendar's edges, leap days,
    /// odd offsets. Plain dates stay within 2000..2100: one centuries away makes a monthly reports
    /// check walk every month in between, a known bug (<see cref="Evaluation.MonthlyReportsRangeTests"/>).
    /// </summary>
    private static readonly string[] DateEdges =
    [
        "9999-12-31T23:00:00-10:00", "9999-12-31T20:00:00Z", "9999-12-31T15:59:59Z", "-9998-01-01T00:00:00+10:00",
        "2024-03-22T00:00:00+14:00", "2024-04-02T16:00:00Z", "2024-04-02T15:59:59Z", "2024-02-29", "2023-02-29",
        "2000-01-01", "2100-12-31", "2024-12-31T24:00:00+08:00", "2024-03-25T09:00:00+08:00:30", "2024-W13-1",
    ];

    private static readonly char[] Inserted =
    [
        '{', '}', '[', ']', ':', ',', '"', '\\', '/', '*', '\'', '-', '+', '.', 'e', 'E', '0', '7', '9', 'n', 't', 'x',
        ' ', '\t', '\n', '\r', '\0', '\u0001', '\uFEFF', '\u2028', '\u00A0', '字', '\uD800', '\uDC00',
    ];

    [Property(MaxTest = CasesPerMutation)]
    public Property Parse_SampleWithAMemberDropped_NeverThrowsAnythingElse() => Fuzz(Mutation.DropMember);

    [Property(MaxTest = CasesPerMutation)]
    public Property Parse_SampleWithAMemberDuplicated_NeverThrowsAnythingElse() => Fuzz(Mutation.DuplicateMember);

    [Property(MaxTest = CasesPerMutation)]
    public Property Parse_SampleWithAValueRetyped_NeverThrowsAnythingElse() => Fuzz(Mutation.Retype);

    [Property(MaxTest = CasesPerMutation)]
    public Property Parse_SampleCutAtARandomByte_NeverThrowsAnythingElse() => Fuzz(Mutation.Cut);

    [Property(MaxTest = CasesPerMutation)]
    public Property Parse_SampleWithRandomCharactersInserted_NeverThrowsAnythingElse() => Fuzz(Mutation.Insert);

    [Fact]
    public void Mutate_EveryMutation_ChangesTheSampleText()
    {
        foreach (var mutation in Enum.GetValues<Mutation>())
        {
            for (var seed = 0; seed < 50; seed++)
            {
                var sample = Samples.Value[seed % Samples.Value.Length];
                Assert.NotEqual(sample.Text, Mutate(sample, mutation, seed));
            }
        }
    }

    private static Property Fuzz(Mutation mutation) =>
        Prop.ForAll(
            Arb.From(
                from sample in Gen.Elements(Samples.Value)
                from seed in Gen.Choose(0, int.MaxValue)
                select new FuzzCase(sample.Name, mutation, seed, Mutate(sample, mutation, seed))),
            Check);

    /// <summary>Reads and judges one mutated document; any exception other than the documented ones fails the property.</summary>
    private static bool Check(FuzzCase @case)
    {
        var records = Document.ParseRecords(@case.Text, "fuzz.json");
        Document? whole = null;
        IReadOnlyList<Problem> refused = [];
        try
        {
            whole = Document.Parse(@case.Text, "fuzz.json");
        }
        catch (DocumentException ex)
        {
            refused = ex.Problems;
        }

        var judged = 0;
        foreach (var entry in (records.Document?.Entries ?? []).Concat(whole?.Entries ?? []))
        {
            try
            {
                _ = entry.EvaluateWith(TestData.Engine).Outcome;
                judged++;
            }
            catch (EditionNotFoundException)
            {
                // A mutated year: the rules of another year are never applied instead.
            }
            catch (DocumentException ex) when (ex.Problems.All(p => p.Message.Contains("not a city of the notice", StringComparison.Ordinal)))
            {
                // A mutated city: only the edition, known when the record is judged, can refuse it.
            }
        }

        return (whole is null) == (refused.Count > 0)
            && refused.Select(p => p.ToString()).SequenceEqual(records.Problems.Select(p => p.ToString()))
            && records.Problems.All(p => !string.IsNullOrWhiteSpace(p.Message) && (p.Line > 0 || p.JsonPath.Length == 0))
            && judged >= 0;
    }

    private static string Mutate(Sample sample, Mutation mutation, int seed)
    {
        var random = new Random(seed);
        return mutation switch
        {
            Mutation.DropMember => DropMember(sample.Tree(), random),
            Mutation.DuplicateMember => DuplicateMember(sample.Tree(), random),
            Mutation.Retype => Retype(sample.Tree(), random),
            Mutation.Cut => Cut(sample.Text, random),
            _ => Insert(sample.Text, random),
        };
    }

    private static string DropMember(JContainer root, Random random)
    {
        var members = root.DescendantsAndSelf().OfType<JProperty>().ToList();
        members[random.Next(members.Count)].Remove();
        return root.ToString(Formatting.Indented);
    }

    /// <summary>Writes the document with one member twice, the second time with the same value or a value of another type.</summary>
    private static string DuplicateMember(JContainer root, Random random)
    {
        var members = root.DescendantsAndSelf().OfType<JProperty>().ToList();
        var twice = members[random.Next(members.Count)];
        var second = random.Next(2) == 0 ? twice.Value : Values[random.Next(Values.Length)](random);
        var text = new StringWriter();
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented })
        {
            Write(writer, root, twice, second);
        }

        return text.ToString();
    }

    /// <summary>Writes <paramref name="token"/>, writing <paramref name="twice"/> a second time with <paramref name="second"/> as its value.</summary>
    private static void Write(JsonWriter writer, JToken token, JProperty twice, JToken second)
    {
        switch (token)
        {
            case JObject obj:
                writer.WriteStartObject();
                foreach (var property in obj.Properties())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, twice, second);
                    if (ReferenceEquals(property, twice))
                    {
                        writer.WritePropertyName(property.Name);
                        Write(writer, second, twice, second);
                    }
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item, twice, second);
                }

                writer.WriteEndArray();
                break;
            default:
                token.WriteTo(writer);
                break;
        }
    }

    private static string Retype(JContainer root, Random random)
    {
        var tokens = root.DescendantsAndSelf().Where(t => t is not JProperty).ToList();
        var target = tokens[random.Next(tokens.Count)];
        JToken replacement;
        if (target.Type == JTokenType.String && random.Next(3) == 0)
        {
            replacement = new JValue(DateEdges[random.Next(DateEdges.Length)]);
        }
        else
        {
            do
            {
                replacement = Values[random.Next(Values.Length)](random);
            }
            while (replacement.Type == target.Type);
        }

        if (ReferenceEquals(target, root))
        {
            return replacement.ToString(Formatting.Indented);
        }

        target.Replace(replacement);
        return root.ToString(Formatting.Indented);
    }

    private static string Cut(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Encoding.UTF8.GetString(bytes, 0, random.Next(bytes.Length));
    }

    private static string Insert(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var count = random.Next(1, 6); count > 0; count--)
        {
            builder.Insert(random.Next(builder.Length + 1), Inserted[random.Next(Inserted.Length)]);
        }

        return builder.ToString();
    }

    private enum Mutation
    {
        DropMember,
        DuplicateMember,
        Retype,
        Cut,
        Insert,
    }

    private sealed record Sample(string Name, string Text)
    {
        /// <summary>Returns a fresh tree of the sample, dates kept as text, so a mutation never changes the shared one.</summary>
        public JContainer Tree()
        {
            using var reader = new JsonTextReader(new StringReader(Text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            return (JContainer)JToken.ReadFrom(reader);
        }
    }

    private sealed record FuzzCase(string Sample, Mutation Mutation, int Seed, string Text)
    {
        public override string ToString() => $"{Mutation} of {Sample} with seed {Seed}: {Text}";
    }
}
