using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Steps;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Documents;

/// <summary>
/// A document read as a stream, its records one at a time, gives what reading its whole tree
/// gives (the path workbooks take): the same records, problems and positions, in the same order;
/// and a record, once read, is not held.
/// </summary>
public sealed class StreamingReadTests
{
    private static string Samples => Demo.Repository.PathOf(Path.Combine("samples", "documents"));

    private static string Corpus => Path.Combine(AppContext.BaseDirectory, "Corpus", "documents");

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Samples, "*.json").Concat(Directory.GetFiles(Corpus, "*.json")).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) != "expected.json")
            {
                data.Add(path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ParseRecords_SamplesAndBadInputCorpus_GiveWhatTheWholeTreeGives(string path)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        AssertSameAsWholeTree(text, path);
    }

    [Fact]
    public void ParseRecords_KindAfterTheRecords_ReadsThemAsWhenItComesFirst()
    {
        var records = """ "institutions": [ { "name": "A", "kind": "secondaryVocational", "applications": [ { "id": "A-1", "year": 2024, "certificate": "B1-WEB" } ] } ]""";
        var first = Document.ParseRecords($$"""{ "kind": "applications", {{records}} }""", "f");
        var last = Document.ParseRecords($$"""{ {{records}}, "kind": "applications" }""", "f");

        // The same records; only their columns differ, the text being laid out otherwise.
        Assert.Empty(first.Problems.Concat(last.Problems));
        Assert.Equal(Newtonsoft.Json.JsonConvert.SerializeObject(Assert.Single(first.Document!.Entries).Request), Newtonsoft.Json.JsonConvert.SerializeObject(Assert.Single(last.Document!.Entries).Request));
        AssertSameAsWholeTree($$"""{ {{records}}, "kind": "applications" }""", "f");
    }

    [Fact]
    public void ParseRecords_SyntaxErrorAfterBadRecords_GivesOnlyTheSyntaxProblem()
    {
        // Read as a stream, the bad record is read before the trailing comma is seen; as if checked whole first, only the comma counts.
        var text = """
            { "kind": "applications", "institutions": [
              { "name": "A", "applications": [ { "id": "A-1", "year": 2024, "certificate": "B1-WEB", "colour": "red" } ] },
            ] }
            """;

        var read = Document.ParseRecords(text, "f");

        Assert.Null(read.Document);
        var problem = Assert.Single(read.Problems);
        Assert.Equal((ProblemCodes.Syntax, 2, 111), (problem.Code, problem.Line, problem.Column));
        Assert.Contains("trailing comma", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseRecords_DuplicateMemberAfterTheRecords_RefusesTheDocumentWithEveryDuplicate()
    {
        var text = """{ "kind": "applications", "institutions": [ { "name": "A", "name": "B", "applications": [] } ], "kind": "applications" }""";

        var read = Document.ParseRecords(text, "f");

        Assert.Null(read.Document);
        Assert.Equal(["$.institutions[0].name", "$.kind"], read.Problems.Select(p => p.JsonPath));
        Assert.All(read.Problems, p => Assert.Equal(ProblemCodes.Syntax, p.Code));
    }

    [Fact]
    public void ParseRecords_MoreInstitutionsThanAllowed_OneProblemAndNoRecord()
    {
        var text = new StringBuilder("""{ "kind": "applications", "institutions": [ { "name": "A", "applications": [ { "id": "A-1", "year": 2024, "certificate": "B1-WEB" } ] }""");
        for (var i = 0; i < Bounds.Records; i++)
        {
            text.Append(""", { "name": "B", "applications": [] }""");
        }

        var read = Document.ParseRecords(text.Append("] }").ToString(), "f");

        Assert.Empty(read.Document!.Entries);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(("$.institutions", 1, 43), (problem.JsonPath, problem.Line, problem.Column));
        Assert.Equal($"\"institutions\" has {Bounds.Records + 1} items; at most {Bounds.Records} are allowed.", problem.Message);
    }

    [Fact]
    public void ParseRecords_RepeatedId_PlacedAtTheSecondId()
    {
        var text = """
            { "kind": "applications", "institutions": [
              { "name": "A", "applications": [ { "id": "A-1", "year": 2024, "certificate": "B1-WEB" } ] },
              { "name": "B", "applications": [ { "id": "A-1", "year": 2024, "certificate": "B1-WEB" } ] } ] }
            """;

        var problem = Assert.Single(Document.ParseRecords(text, "f").Problems);

        Assert.Equal((ProblemCodes.Duplicate, "$.institutions[1].applications[0].id", 3, 44), (problem.Code, problem.JsonPath, problem.Line, problem.Column));
    }

    [Fact]
    public void Items_ARecordRead_IsNotHeldOnceTheNextIsRead()
    {
        var text = """{ "kind": "applications", "institutions": [ { "name": "A" }, { "name": "B" }, { "name": "C" } ] }""";
        using var reader = new StrictJson(new StringReader(text), "f", new ProblemList());
        reader.Read();
        var root = new JsonFields(new PendingMembers(reader), "f", new ProblemList());
        using var items = root.Items("institutions").GetEnumerator();

        var first = ReadFirstThenTheOthers(items);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(first.IsAlive, "the first institution's tree is still held after the later ones were read");
    }

    [Fact]
    public void Entries_HoldNoPartOfTheDocumentsTree()
    {
        foreach (var type in new[] { typeof(DocumentEntry), typeof(StepRecord), typeof(RecordPlace) })
        {
            AssertHoldsNoToken(type, []);
        }
    }

    [Fact]
    public void ParseRecords_Stream_GivesWhatTheTextGives()
    {
        var path = Path.Combine(Samples, "applications-rejected.json");
        using var stream = File.OpenRead(path);
        var reported = new List<long>();

        var read = Document.ParseRecords(stream, path, new Progress(reported));

        Assert.Equal(Describe(Document.ParseRecords(File.ReadAllText(path), path)), Describe(read));
        Assert.Equal(new FileInfo(path).Length, reported[^1]);
    }

    [Fact]
    public void CheckWith_EveryShippedRecord_GivesTheVerdictAndClausesOfEvaluateWith()
    {
        var engine = TestData.Engine;
        foreach (var path in Directory.GetFiles(Samples, "*.json"))
        {
            foreach (var entry in JudgedTogether.Link(Document.Load(path).Entries))
            {
                var result = entry.EvaluateWith(engine);
                var check = entry.CheckWith(engine);
                Assert.True(result.Outcome == check.Outcome, $"{path} {entry.Id}: {result.Outcome}, checked {check.Outcome}");
                Assert.Equal(result.Findings.Select(f => f.ClauseId).Distinct(), check.ClauseIds);
            }
        }
    }

    /// <summary>Reads the first item and keeps it only weakly, then reads the others.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ReadFirstThenTheOthers(IEnumerator<JToken> items)
    {
        Assert.True(items.MoveNext());
        var first = new WeakReference(items.Current);
        while (items.MoveNext())
        {
        }

        return first;
    }

    private static void AssertHoldsNoToken(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.IsPrimitive || type == typeof(string))
        {
            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            var held = field.FieldType;
            Assert.False(typeof(JToken).IsAssignableFrom(held), $"{type.Name}.{field.Name} holds a {held.Name}");
            foreach (var part in held.IsGenericType ? held.GetGenericArguments() : held.IsArray ? [held.GetElementType()!] : [held])
            {
                Assert.False(typeof(JToken).IsAssignableFrom(part), $"{type.Name}.{field.Name} holds a {part.Name}");
                if (part.Namespace?.StartsWith("Ahx1X.Rules.Json", StringComparison.Ordinal) == true || part.Namespace == "Ahx1X.Rules.Documents")
                {
                    AssertHoldsNoToken(part, seen);
                }
            }
        }
    }

    private static void AssertSameAsWholeTree(string text, string source)
    {
        var problems = new ProblemList();
        var tree = JsonText.Parse(text, source, problems);
        var document = tree is null ? null : Document.Read(tree, source, problems);
        Assert.Equal(Describe(new DocumentParseResult(document, problems.Items)), Describe(Document.ParseRecords(text, source)));
    }

    /// <summary>Writes every record (with where it is written) and every problem, in order, so two reads compare by value.</summary>
    private static string Describe(DocumentParseResult read)
    {
        var text = new StringBuilder();
        text.AppendLine(read.Document is null ? "no document" : $"{read.Document.Kind} {read.Document.Source}");
        foreach (var entry in read.Document?.Entries ?? [])
        {
            text.AppendLine($"{entry.Id} | {entry.Subject} | {entry.City} | {entry.Item} | {entry.Kind} | {entry.Place?.Record} | {entry.Place?.Id} | {entry.JudgedWith?.Count}");
            text.AppendLine(Newtonsoft.Json.JsonConvert.SerializeObject(entry.Request));
        }

        foreach (var problem in read.Problems)
        {
            text.AppendLine($"{problem} | {problem.JsonPath} | {problem.Line}:{problem.Column}");
        }

        return text.ToString();
    }

    private sealed class Progress(List<long> reported) : IProgress<long>
    {
        public void Report(long value) => reported.Add(value);
    }
}
