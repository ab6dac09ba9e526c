using System.Text;
using Ahx1X.Demo.Commands;
using Ahx1X.Demo.Output;
using Ahx1X.Rules.Documents;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>
/// The JSON report of a large run is passed on in pieces of a few hundred kilobytes as it is
/// written, each result as it is judged: neither the report nor the results are held whole.
/// </summary>
public sealed class JsonReportStreamingTests
{
    [Fact]
    public void Write_ManyResults_PassesTheReportOnInSmallPiecesAsItIsJudged()
    {
        var engine = TestData.Engine;
        var json = GenerateCommand.Generate(3000, new Random(2024)).ToString(Newtonsoft.Json.Formatting.None);
        var entries = JudgedTogether.Link(Document.Parse(json, "generated.json").Entries);
        var output = new PieceCounter();
        var writtenBeforeTheLast = 0L;

        IEnumerable<Verdict> Judged()
        {
            for (var i = 0; i < entries.Count; i++)
            {
                writtenBeforeTheLast = output.Total;
                var entry = entries[i];
                yield return new Verdict("generated.json", entry.Id, entry.Subject, entry.Item, entry.EvaluateWith(engine), entry.City);
            }
        }

        JsonReport.Write(output, engine.Pack, Judged(), []);

        Assert.True(output.Total > 4_000_000, $"only {output.Total} characters written");
        Assert.True(writtenBeforeTheLast > output.Total / 2, "the report was held until the results were all judged");
        Assert.True(output.Largest <= 1 << 20, $"a piece of {output.Largest} characters was passed on at once");
    }

    /// <summary>Counts what is written, and the largest piece, without keeping it.</summary>
    private sealed class PieceCounter : TextWriter
    {
        public long Total { get; private set; }

        public int Largest { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Total++;

        public override void Write(string? value)
        {
            Total += value?.Length ?? 0;
            Largest = Math.Max(Largest, value?.Length ?? 0);
        }
    }
}

/// <summary><c>evaluate --format json</c>, judging the records a few thousand at a time on every core, writes them in record order and refuses the run at the first record the edition refuses.</summary>
public sealed class EvaluateStreamingTests
{
    [Fact]
    public void EvaluateJson_ManyRecords_ResultsInRecordOrder()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "generated.json");
        var document = GenerateCommand.Generate(9000, new Random(7));
        File.WriteAllText(file, document.ToString());

        var run = ConsoleRun.Of("evaluate", "--format", "json", file);

        var ids = Newtonsoft.Json.Linq.JObject.Parse(run.Output)["results"]!.Select(r => (string)r["id"]!);
        Assert.Equal(document.SelectTokens("institutions[*].applications[*].id").Select(t => (string)t!), ids);
    }

    [Fact]
    public void EvaluateJson_CitiesTheEditionDoesNotList_RefusedAtTheFirstBeforeAnyResultIsWritten()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "generated.json");
        var document = GenerateCommand.Generate(9000, new Random(7));
        var institutions = (Newtonsoft.Json.Linq.JArray)document["institutions"]!;
        institutions[900]!["city"] = "蚌埠市";
        institutions[1200]!["city"] = "芜湖市";
        File.WriteAllText(file, document.ToString());

        var run = ConsoleRun.Of("evaluate", "--format", "json", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output.Trim());
        Assert.Contains("$.institutions[900].city", run.Error, StringComparison.Ordinal);
        Assert.Contains("蚌埠市", run.Error, StringComparison.Ordinal);
        Assert.Contains("which is not a city of the notice", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("芜湖市", run.Error, StringComparison.Ordinal);
    }
}
