using Ahx1X.Rules.Spreadsheets;
using Ahx1X.Rules.Tests.Demo;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Ahx1X.Rules.Tests.Spreadsheets.Workbooks;

namespace Ahx1X.Rules.Tests.Spreadsheets;

public sealed class TemplateTests
{
    public static TheoryData<string> Kinds() => [.. SpreadsheetTemplate.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Template_HasFrozenBilingualHeadersListsDatesAndInstructionsCitingTheNotice(string kind)
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, kind + ".xlsx");

        var run = ConsoleRun.Of("template", kind, "--output", file);

        Assert.Equal(0, run.ExitCode);
        using var book = SpreadsheetDocument.Open(file, false);
        var sheets = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("说明", sheets[1].Name!.Value);
        var records = ((WorksheetPart)book.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet;
        Assert.Equal(2, records.Descendants<Pane>().Single().VerticalSplit!.Value);
        var lists = records.Descendants<DataValidation>().Where(v => v.Type! == DataValidationValues.List).Select(v => v.Formula1!.Text).ToList();
        if (kind != "catalogue")
        {
            // The catalogue has no enumeration, and adjustments no date.
            Assert.Contains(lists, l => l.Contains("春季,秋季", StringComparison.Ordinal) || l.Contains("合肥,芜湖", StringComparison.Ordinal) || l.Contains("是,否", StringComparison.Ordinal));
        }

        if (kind is not ("catalogue" or "adjustments"))
        {
            Assert.Contains(records.Descendants<DataValidation>(), v => v.Type! == DataValidationValues.Date);
        }

        var notice = File.ReadAllText(Repository.PathOf("rules/2024/notice.txt"));
        var instructions = ((WorksheetPart)book.WorkbookPart.GetPartById(sheets[1].Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList();
        Assert.Contains(instructions, t => t.StartsWith('“') && notice.Contains(t.Trim('“', '”'), StringComparison.Ordinal));
    }

    [Fact]
    public void Template_OfApplications_ListsTheEditionsCities()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "a.xlsx");
        ConsoleRun.Of("template", "applications", "--output", file);

        using var book = SpreadsheetDocument.Open(file, false);
        var records = book.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet).First(w => w.Descendants<DataValidation>().Any());

        Assert.Contains(records.Descendants<DataValidation>(), v => v.Formula1!.Text == "\"合肥,芜湖,蚌埠,淮南,马鞍山,淮北,铜陵,安庆,黄山,滁州,阜阳,宿州,六安,亳州,池州,宣城,广德市,宿松县\"");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Template_ReadBackEmpty_HasNoProblemAndNoRecord(string kind)
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, kind + ".xlsx");
        ConsoleRun.Of("template", kind, "--output", file);

        if (kind == "catalogue")
        {
            Assert.Empty(Spreadsheet.LoadCatalogue(file).Entries);
            return;
        }

        var read = Spreadsheet.LoadRecords(file);
        Assert.Empty(read.Problems);
        Assert.Empty(read.Document!.Entries);
    }

    [Fact]
    public void SampleWorkbooks_AreFilledFromTheTemplateWrittenToday()
    {
        // The samples are filled templates: a change to a template's columns must remake them (make-workbooks.py).
        using var folder = new TempFolder();
        foreach (var name in new[] { "applications-rejected", "city-reviews", "provincial-reviews", "summary-rows", "adjustments", "monthly-reports", "monthly-progress" })
        {
            var kind = Ahx1X.Rules.Documents.Document.Load(Document(name)).Kind.ToString();
            var template = Path.Combine(folder.Path, name + ".xlsx");
            ConsoleRun.Of("template", char.ToLowerInvariant(kind[0]) + kind[1..], "--output", template);

            Assert.Equal(HeaderRows(template), HeaderRows(Sample(name)));
        }
    }

    [Fact]
    public void Template_UnwritableOutput_IsOneLineAndExit2()
    {
        var run = ConsoleRun.Of("template", "applications", "--output", "/no/such/folder/a.xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("ahx1x: the workbook /no/such/folder/a.xlsx cannot be written: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void CatalogueSheet_WithCounts_ComputesRatesAndRefusesRowsThatGiveBoth()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "catalogue.xlsx");
        using (var stream = File.Create(file))
        using (var book = new WorkbookWriter(stream))
        {
            book.AddSheet("证书目录")
                .Row(["证书代码", "证书名称", "批次", "开考最低人数", "完成率", "发证率", "考核人数", "完成人数", "发证人数"])
                .Row(["B1-WEB", "Web前端开发职业技能等级证书", 1, 30, null, null, 200, 150, 120])
                .Row(["B1-LOG", "物流管理职业技能等级证书", 1, 20, 0.88m, 0.81m, null, null, null])
                .Row(["B2-TAX", "智能财税职业技能等级证书", 2, 40, 0.5m, null, 10, 5, 5])
                .Finish();
        }

        var ex = Assert.Throws<DocumentException>(() => Spreadsheet.LoadCatalogue(file));
        Assert.Equal($"{file}!证书目录!E4 (完成率): AHX1008 [B2-TAX] The row gives both this rate and the counts it is computed from; leave the rate blank (it is computed) or clear the counts.", Assert.Single(ex.Problems).ToString());

        using (var stream = File.Create(file))
        using (var book = new WorkbookWriter(stream))
        {
            book.AddSheet("catalogue")
                .Row(["code", "name", "batch", "minimum candidates", "completion rate", "issuance rate", "examined", "completed", "certified"])
                .Row(["B1-WEB", "Web前端开发职业技能等级证书", 1, 30, null, null, 200, 150, 120])
                .Finish();
        }

        var entry = Assert.Single(Spreadsheet.LoadCatalogue(file).Entries);
        Assert.Equal((0.75m, 0.8m), (entry.CompletionRate, entry.IssuanceRate));
    }

    [Fact]
    public void Evaluate_WithACatalogueWorkbook_JudgesByItsMinimumAsOfficial()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "证书目录.csv");
        File.WriteAllText(file, "证书代码,证书名称,批次,开考最低人数,完成率,发证率,考核人数,完成人数,发证人数\nB1-WEB,Web前端开发职业技能等级证书,1,50,,,200,190,150\n");

        var run = ConsoleRun.Of("evaluate", Document("applications-accepted"), "--catalogue", file, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Findings(run), f => f.StartsWith("ACC-01 rejected SCALE-01 ", StringComparison.Ordinal));
        Assert.Contains("\"catalogueIsSample\": false", run.Output, StringComparison.Ordinal);
    }

    private static List<string> HeaderRows(string file)
    {
        using var content = File.OpenRead(file);
        var sheet = XlsxReader.Read(content, new SheetPosition(file), [])[0];
        return sheet.Rows.Take(2).SelectMany(r => r.Value.Select(c => c.Text)).ToList();
    }
}
