using Ahx1X.Demo.Output;
using Ahx1X.Rules.Spreadsheets;
using Ahx1X.Rules.Tests.Demo;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Ahx1X.Rules.Tests.Spreadsheets.Workbooks;

namespace Ahx1X.Rules.Tests.Spreadsheets;

public sealed class WorkbookOutputTests
{
    [Theory]
    [InlineData("applications-rejected")]
    [InlineData("summary-rows")]
    [InlineData("monthly-reports")]
    public void XlsxReport_OfAFilledTemplate_HoldsTheFindingsOfTheJsonOutput(string name)
    {
        using var folder = new TempFolder();
        var report = Path.Combine(folder.Path, "report.xlsx");

        var run = ConsoleRun.Of("evaluate", Sample(name), "--format", "xlsx", "--output", report);
        var json = ConsoleRun.Of("evaluate", Document(name), "--format", "json");

        Assert.Equal(json.ExitCode, run.ExitCode);
        Assert.Equal(Findings(json).Select(Short), ReportRows(report));
    }

    [Fact]
    public void XlsxReport_HasSummaryFrozenHeadersFiltersAndRowsColouredByOutcome()
    {
        using var folder = new TempFolder();
        var report = Path.Combine(folder.Path, "report.xlsx");

        ConsoleRun.Of("batch", Repository.PathOf("samples/documents"), "--format", "xlsx", "--output", report);

        using var book = SpreadsheetDocument.Open(report, false);
        var workbook = book.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("汇总 Summary", sheets[0].Name!.Value);
        Assert.Contains(sheets, s => s.Name == "申报 Application");
        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            Assert.Equal(PaneStateValues.Frozen, worksheet.Descendants<Pane>().Single().State!.Value);
            Assert.NotNull(worksheet.Elements<AutoFilter>().SingleOrDefault());
        }

        var application = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == "申报 Application").Id!);
        var styles = application.Worksheet.Descendants<Row>().Skip(1)
            .Select(r => r.Elements<Cell>().First().StyleIndex!.Value).ToHashSet();
        Assert.Superset(new HashSet<uint> { (uint)Ahx1X.Rules.Spreadsheets.CellStyle.Good, (uint)Ahx1X.Rules.Spreadsheets.CellStyle.Bad }, styles);
    }

    [Fact]
    public void XlsxFormat_WithoutOutput_IsRefusedBeforeAnythingIsRead()
    {
        var run = ConsoleRun.Of("evaluate", "no-such-file.json", "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("ahx1x: --format xlsx writes a workbook: give the file with --output FILE.xlsx.", run.Error.TrimEnd());
    }

    [Fact]
    public void Monitor_Xlsx_WritesTheListByCityWorstFirst()
    {
        using var folder = new TempFolder();
        var report = Path.Combine(folder.Path, "tongbao.xlsx");

        var run = ConsoleRun.Of("monitor", Sample("monthly-progress"), "--format", "xlsx", "--output", report);

        Assert.Equal(1, run.ExitCode);
        var rows = Rows(report, "通报 Monitoring");
        Assert.Equal(["蚌埠 1 蚌埠示范职业技术学院", "蚌埠 2 蚌埠示范中等职业学校", "合肥 1 合肥示范中等职业学校"], rows.Skip(1).Select(r => string.Join(" ", r.Take(3))));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\\u0009=1")]
    [InlineData("\r=1", "'\\u000D=1")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("合肥", "合肥")]
    public void CsvField_NeutralisesFormulasAndQuotes(string value, string field) =>
        Assert.Equal(field, Csv.Field(value));

    [Fact]
    public void BatchCsv_HasByteOrderMarkAndACertificateThatReadsAsAFormulaIsText()
    {
        using var folder = new TempFolder();
        var json = File.ReadAllText(Document("applications-accepted")).Replace("\"B1-WEB\"", "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"", StringComparison.Ordinal);
        var file = folder.Write("formula.json", json);

        var run = ConsoleRun.Of("batch", file, "--format", "csv");

        Assert.StartsWith("\uFEFFdimension,key,", run.Output, StringComparison.Ordinal);
        Assert.Contains("\r\ncertificate,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1,", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", run.Output, StringComparison.Ordinal);
    }

    private static string Short(string finding) => string.Join(" | ", finding.Split(" | ").Take(3));

    /// <summary>Returns each finding row of the report's step sheets as the JSON output's short form.</summary>
    private static List<string> ReportRows(string report)
    {
        var rows = new List<string>();
        using var content = File.OpenRead(report);
        foreach (var sheet in XlsxReader.Read(content, new SheetPosition(report), []).Skip(1))
        {
            foreach (var (_, cells) in sheet.Rows.Skip(1))
            {
                string Cell(int column) => cells.FirstOrDefault(c => c.Column == column)?.Text ?? "";
                var head = $"{Cell(2)} {Cell(6)}";
                rows.Add(Cell(7).Length == 0 ? head : $"{head} {Cell(7)} {Cell(8)} {Cell(9)} | {Cell(10)} | {Cell(11)}");
            }
        }

        return rows;
    }

    private static List<string[]> Rows(string report, string sheetName)
    {
        using var content = File.OpenRead(report);
        var sheet = XlsxReader.Read(content, new SheetPosition(report), []).Single(s => s.Name == sheetName);
        return sheet.Rows.Values.Select(cells => cells.Select(c => c.Text).ToArray()).ToList();
    }
}
