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
