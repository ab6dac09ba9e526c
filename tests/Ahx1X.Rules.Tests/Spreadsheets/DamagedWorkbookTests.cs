using Ahx1X.Rules.Spreadsheets;
using static Ahx1X.Rules.Tests.Spreadsheets.Workbooks;

namespace Ahx1X.Rules.Tests.Spreadsheets;

public sealed class DamagedWorkbookTests
{
    /// <summary>A workbook with bytes overwritten at fixed places (seeded, so every run reads the same files).</summary>
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReadRecords_DamagedWorkbook_GivesRecordsOrProblemsAndNeverThrows(int seed)
    {
        var bytes = File.ReadAllBytes(Sample("summary-rows"));
        var random = new Random(seed);
        for (var i = 0; i < 1 + (seed % 8); i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        var read = Spreadsheet.ReadRecords(new MemoryStream(bytes), "damaged.xlsx");

        Assert.True(read.Problems.Count > 0 || read.Document is not null);
        Assert.All(read.Problems, p => Assert.StartsWith("damaged.xlsx", p.File, StringComparison.Ordinal));
    }
}
