using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Steps;
using Ahx1X.Rules.Tests.Demo;
using Ahx1X.Demo;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Documents;

/// <summary>
/// A document read into an <see cref="EntryStream"/> gives the records, problems and order it gives
/// read whole, a few thousand at a time while it is read; what the reader takes back once given is
/// forgotten, and the run forgets what those records added to it.
/// </summary>
public sealed class EntryStreamTests
{
    [Fact]
    public void LoadRecords_IntoAStream_GivesTheWholeReadingsRecordsInChunks_AndARepeatedIdAtTheEnd()
    {
        using var folder = new TempFolder();
        var file = Generated(folder, 10_000);
        // The last application repeats the first one's id, thousands of records after it was given.
        var text = File.ReadAllText(file);
        var last = text.LastIndexOf("\"id\": \"GEN-", StringComparison.Ordinal);
        File.WriteAllText(file, string.Concat(text.AsSpan(0, last), "\"id\": \"GEN-00001-01\"", text.AsSpan(text.IndexOf(',', last))));

        var whole = Document.LoadRecords(file);
        var (streamed, chunks, takenBack) = Streamed(file);

        Assert.Equal(whole.Problems, streamed.Problems);
        Assert.Contains(whole.Problems, p => p.Code == Diagnostics.ProblemCodes.Duplicate && p.Subject == "GEN-00001-01");
        Assert.Equal(whole.Document!.Entries.Select(e => (e.Id, e.Subject, e.Item)), chunks.SelectMany(c => c.Entries).Select(e => (e.Id, e.Subject, e.Item)));
        Assert.Equal(whole.Document.Entries.Count, streamed.Document!.Given);
        Assert.Empty(streamed.Document.Entries);
        Assert.True(chunks.Count >= 2, $"{chunks.Count} chunks");
        Assert.All(chunks.Zip(chunks.Skip(1)), pair => Assert.Equal(pair.First.First + pair.First.Entries.Count, pair.Second.First));
        Assert.Empty(takenBack);
    }

    [Fact]
    public void LoadRecords_IntoAStream_ATextCutShortAfterRecordsWereGiven_TakesThemAllBack()
    {
        using var folder = new TempFolder();
        var file = Generated(folder, 6_000);
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text[..^3]);

        var whole = Document.LoadRecords(file);
        var (streamed, chunks, takenBack) = Streamed(file);

        Assert.Null(whole.Document);
        Assert.Null(streamed.Document);
        Assert.Equal(whole.Problems, streamed.Problems);
        Assert.NotEmpty(chunks);
        Assert.Equal([0], takenBack);
    }

    [Fact]
    public void LoadRecords_IntoAStream_AnArrayPastItsBound_TakesBackItsRecords_AndTheirRepeatedIds()
    {
        using var folder = new TempFolder();
        var sample = JObject.Parse(File.ReadAllText(Repository.PathOf("samples/documents/applications-accepted.json")));
        var institution = (JObject)sample["institutions"]![0]!;
        institution["applications"] = new JArray(institution["applications"]![0]!);
        var template = institution.ToString(Newtonsoft.Json.Formatting.None);
        var text = new System.Text.StringBuilder("{\"kind\":\"applications\",\"institutions\":[");
        for (var i = 0; i <= Bounds.Records; i++)
        {
            // The 50,000th repeats the first one's id, after thousands of records were given.
            var id = i == 50_000 ? "A-0" : $"A-{i}";
            text.Append(i == 0 ? "" : ",").Append(template.Replace("安徽示范职业技术学院", $"学院{i}", StringComparison.Ordinal).Replace("\"ACC-01\"", $"\"{id}\"", StringComparison.Ordinal));
        }

        var file = folder.Write("past-the-bound.json", text.Append("]}").ToString());

        var whole = Document.LoadRecords(file);
        var (streamed, chunks, takenBack) = Streamed(file);

        Assert.Empty(whole.Document!.Entries);
        Assert.Equal(0, streamed.Document!.Given);
        Assert.Equal(whole.Problems, streamed.Problems);
        Assert.DoesNotContain(streamed.Problems, p => p.Code == Diagnostics.ProblemCodes.Duplicate);
        Assert.True(chunks.Count > 10, $"{chunks.Count} chunks");
        Assert.Equal([0], takenBack);
    }

    [Fact]
    public void RecordList_RemoveFrom_TakesBackWhatWasHandedOn_AndDropsWhatIsHeld()
    {
        var receiver = new Receiver();
        var records = new RecordList(receiver);
        for (var i = 0; i < RecordList.HandOnEvery + 10; i++)
        {
            records.Add(Record(i));
            records.HandOnIfMany();
        }

        Assert.Equal(RecordList.HandOnEvery, receiver.Taken);
        Assert.Equal(10, records.Held.Count);

        // An array past its bound, begun at record 100, gives no records.
        records.RemoveFrom(100);
        records.Add(Record(100));
        records.HandOn();

        Assert.Equal([100], receiver.TakenBackFrom);
        Assert.Equal(101, receiver.Taken);
        Assert.Equal(101, records.Count);
    }

    [Fact]
    public void Run_TakeBackFrom_ForgetsTheApplicationsAddedFromThere_AsIfNeverAdded()
    {
        var taken = new JudgedTogether.Run();
        var plain = new JudgedTogether.Run();
        var first = Entry("A-1");
        var second = Entry("A-2");

        _ = taken.Add(first, 0);
        _ = taken.Add(second, 1);
        taken.TakeBackFrom(1);
        _ = plain.Add(first, 0);

        var afterTaken = (ApplicationRequest)taken.Add(Entry("A-3"), 1).Request;
        var afterPlain = (ApplicationRequest)plain.Add(Entry("A-3"), 1).Request;
        Assert.Single(afterTaken.EarlierApplications);
        Assert.Equal(afterPlain.EarlierApplications, afterTaken.EarlierApplications);
        Assert.Equal(
            ApplicationHistoryIndex.SameCertificateLevelSeason(afterPlain.EarlierApplications, afterPlain.Application),
            ApplicationHistoryIndex.SameCertificateLevelSeason(afterTaken.EarlierApplications, afterTaken.Application));

        taken.TakeBackFrom(0);
        Assert.Empty(((ApplicationRequest)taken.Add(Entry("A-4"), 0).Request).EarlierApplications);
    }

    [Fact]
    public void Batch_AFileCutShortAfterThousandsOfRecords_JudgesTheOthersAsIfItGaveNone()
    {
        using var folder = new TempFolder();
        var cut = Generated(folder, 6_000, "cut.json");
        File.WriteAllText(cut, File.ReadAllText(cut)[..^3]);
        // The same generator names the same institutions, so the second file's SCALE-02 would see the first's applications.
        var other = Generated(folder, 3_000, "other.json");

        var both = ConsoleRun.Of("batch", cut, other, "--format", "json");
        var alone = ConsoleRun.Of("batch", other, "--format", "json");

        Assert.Equal(ExitCodes.BadInput, both.ExitCode);
        var cutShort = Assert.Single(both.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(cut, StringComparison.Ordinal));
        Assert.Contains("the file is cut short", cutShort, StringComparison.Ordinal);
        Assert.Equal(alone.Error, both.Error.Replace(cutShort + "\n", "", StringComparison.Ordinal));
        // The same report but for the refusal of the cut file.
        var report = Newtonsoft.Json.Linq.JObject.Parse(both.Output);
        var refused = Assert.Single((Newtonsoft.Json.Linq.JArray)report["refused"]!);
        refused.Remove();
        Assert.True(Newtonsoft.Json.Linq.JToken.DeepEquals(Newtonsoft.Json.Linq.JObject.Parse(alone.Output), report), both.Output);
    }

    private static string Generated(TempFolder folder, int count, string name = "generated.json")
    {
        var file = Path.Combine(folder.Path, name);
        Assert.Equal(ExitCodes.Ok, ConsoleRun.Of("generate", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", file).ExitCode);
        return file;
    }

    private static (DocumentParseResult Result, List<(int First, List<DocumentEntry> Entries)> Chunks, List<int> TakenBack) Streamed(string file)
    {
        var chunks = new List<(int First, List<DocumentEntry> Entries)>();
        var takenBack = new List<int>();
        var result = Document.LoadRecords(file, null, CancellationToken.None, new EntryStream((first, entries) => chunks.Add((first, [.. entries])), takenBack.Add));
        return (result, chunks, takenBack);
    }

    private static StepRecord Record(int i) =>
        new($"R-{i}", null!, "学校", null, "B1-WEB", TestData.Request());

    private sealed class Receiver : RecordList.IReceiver
    {
        public int Taken { get; private set; }

        public List<int> TakenBackFrom { get; } = [];

        public bool WantsEarly => true;

        public void Take(int first, IReadOnlyList<StepRecord> records)
        {
            Assert.Equal(Taken, first);
            Taken += records.Count;
        }

        public void TakeBack(int first)
        {
            TakenBackFrom.Add(first);
            Taken = first;
        }
    }

    private static DocumentEntry Entry(string id) => new()
    {
        Id = id,
        Subject = TestData.Request().Institution.Name,
        Item = "B1-WEB",
        Request = TestData.Request(),
    };
}
