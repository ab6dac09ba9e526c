using System.IO.Compression;
using Ahx1X.Rules.Spreadsheets;
using Ahx1X.Rules.Tests.Demo;
using static Ahx1X.Rules.Tests.Spreadsheets.Workbooks;

namespace Ahx1X.Rules.Tests.Spreadsheets;

public sealed class BrokenWorkbookTests
{
    /// <summary>Each broken workbook, the position its problem names after the file, and its code.</summary>
    public static TheoryData<string, string, string> Corpus() => new()
    {
        { "broken-not-a-workbook.xlsx", ": AHX1001 The file is not an .xlsx workbook", "" },
        { "broken-encrypted.xlsx", ": AHX1001 The workbook is encrypted (password-protected)", "" },
        { "broken-zip-bomb.xlsx", ": AHX1004 The workbook's part xl/worksheets/sheet1.xml expands to 314,572,800 bytes", "" },
        { "broken-zip-lying-size.xlsx", ": AHX1001 The file is not an .xlsx workbook", "" },
        { "broken-formula-only.xlsx", ": AHX1004 The cell holds a formula with no saved value", "!申报!F3 (申报人数)" },
        { "broken-merged-header.xlsx", ": AHX1004 Merged cells are not read", "!申报!A1:B1" },
        { "broken-extra-column.xlsx", ": AHX1002 The column \"备注\" is not one of the 申报 sheet's", "!申报!T1" },
        { "broken-missing-column.xlsx", ": AHX1003 The header row has no column 申报人数 (candidates)", "!申报!A1" },
        { "broken-empty-sheet.xlsx", ": AHX1016 The sheet is empty", "!申报" },
        { "broken-ambiguous-dates.xlsx", ": AHX1004 [BR-02] \"submittedAt\" must be a date (\"2024-03-22\") or a date-time with its offset (\"2024-03-22T09:30:00+08:00\" or \"2024-03-22T01:30:00Z\"), found the number 45383.", "!申报!I4 (申报时间)" },
        { "broken-ambiguous-dates.xlsx", ": AHX1004 \"registeredOn\" must be a calendar date written yyyy-MM-dd (such as \"2024-03-22\"), with no time or time zone, found the string \"3/4\".", "!申报!O4 (注册日期)" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Evaluate_BrokenWorkbook_IsRefusedWithItsPositionAndExit2(string file, string problem, string position)
    {
        var path = Workbooks.Corpus(file);

        var run = ConsoleRun.Of("evaluate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"ahx1x: {path}{position}{problem}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.All(run.Error.TrimEnd().Split('\n'), line => Assert.StartsWith("ahx1x: ", line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Batch_BrokenWorkbook_ExitsTwoAndJudgesTheGoodRows(string file, string problem, string position)
    {
        var path = Workbooks.Corpus(file);

        var run = ConsoleRun.Of("batch", path, Document("applications-accepted"), "--format", "csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}{position}{problem}", run.Error, StringComparison.Ordinal);
        Assert.Contains("\ntotal,all,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipWhoseDirectoryLies_ExpandsNoFurtherThanItDeclares()
    {
        // The bound the reader relies on: System.IO.Compression stops a part at its declared size.
        using var zip = ZipFile.OpenRead(Workbooks.Corpus("broken-zip-lying-size.xlsx"));
        var part = zip.GetEntry("xl/workbook.xml")!;
        using var data = part.Open();
        var expanded = 0L;
        var buffer = new byte[81920];
        int read;
        while ((read = data.Read(buffer)) > 0)
        {
            expanded += read;
        }

        Assert.Equal(1000, part.Length);
        Assert.True(expanded <= part.Length, $"expanded to {expanded} bytes");
    }

    [Fact]
    public void Read_SheetOfAnotherKindBesideTheRecords_IsReportedNotSkipped()
    {
        using var book = new MemoryStream();
        using (var writer = new WorkbookWriter(book))
        {
            writer.AddSheet("申报").Row(["申报编号"]).Finish();
            writer.AddSheet("备注").Row(["note"]).Finish();
        }

        book.Position = 0;
        var read = Spreadsheet.ReadRecords(book, "two.xlsx");

        Assert.Contains(read.Problems, p => p.ToString().StartsWith("two.xlsx!备注: AHX1002 The sheet is not read", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_CsvNotUtf8_IsRefusedNamingTheEncoding()
    {
        using var content = new MemoryStream([0xC9, 0xEA, 0xB1, 0xA8, (byte)'\n']);   // 申报 in GBK

        var read = Spreadsheet.ReadRecords(content, "gbk.csv");

        Assert.Null(read.Document);
        Assert.Equal("gbk.csv: AHX1001 The file is not UTF-8 text; save it as \"CSV UTF-8\" (a GBK or ANSI file shows Chinese as garbage).", Assert.Single(read.Problems).ToString());
    }
}
