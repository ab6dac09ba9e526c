using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Spreadsheets;
using Ahx1X.Rules.Tests.Demo;
using static Ahx1X.Rules.Tests.Spreadsheets.Workbooks;

namespace Ahx1X.Rules.Tests.Spreadsheets;

public sealed class WorkbookInputTests
{
    private static readonly string[] Names =
        [.. Directory.GetFiles(Repository.PathOf("samples/workbooks"), "*.xlsx").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> SampleNames() => [.. Names];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Evaluate_SampleWorkbookFilledByOpenpyxl_JudgesAsItsJsonSample(string name)
    {
        var json = ConsoleRun.Of("evaluate", Document(name), "--format", "json");
        var workbook = ConsoleRun.Of("evaluate", Sample(name), "--format", "json");

        Assert.Equal("", workbook.Error);
        Assert.Equal(json.ExitCode, workbook.ExitCode);
        Assert.NotEmpty(Findings(json));
        Assert.Equal(Findings(json), Findings(workbook));
    }

    [Fact]
    public void SampleWorkbooks_CoverEveryKindOfDocument()
    {
        var kinds = Names.Select(n => Spreadsheet.Load(Sample(n)).Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<Ahx1X.Rules.Model.DocumentKind>().ToHashSet(), kinds);
    }

    [Theory]
    [InlineData("libreoffice-applications-rejected.xlsx", "applications-rejected")]
    [InlineData("libreoffice-summary-rows.xlsx", "summary-rows")]
    [InlineData("libreoffice-monthly-progress.xlsx", "monthly-progress")]
    [InlineData("libreoffice-applications-rejected.csv", "applications-rejected")]
    public void Evaluate_WorkbookSavedByLibreOffice_JudgesAsItsJsonSample(string fixture, string sample)
    {
        var json = ConsoleRun.Of("evaluate", Document(sample), "--format", "json");
        var saved = ConsoleRun.Of("evaluate", Corpus(fixture), "--format", "json");

        Assert.Equal("", saved.Error);
        Assert.Equal(Findings(json), Findings(saved));
    }

    [Fact]
    public void Evaluate_FolderOfWorkbooks_ReadsEveryWorkbook()
    {
        var run = ConsoleRun.Of("evaluate", Repository.PathOf("samples/workbooks"), "--format", "json");

        Assert.Equal("", run.Error);
        Assert.Equal(1, run.ExitCode);
        Assert.All(Names, name => Assert.Contains($"{name}.xlsx", run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void LoadRecords_BadCell_IsPlacedAtSheetCellAndHeaderAndTheOtherRowsAreKept()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "applications.csv");
        var lines = File.ReadAllLines(Corpus("libreoffice-applications-rejected.csv")).ToList();
        lines[2] = lines[2].Replace(",23,", ",1000000,", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var read = Spreadsheet.LoadRecords(file);

        var problem = Assert.Single(read.Problems);
        Assert.Equal($"{file}!F3 (申报人数): AHX1004 [REJ-01] \"candidates\" is 1000000; it must be between 0 and 100000.", problem.ToString());
        Assert.DoesNotContain(read.Document!.Entries, e => e.Id == "REJ-01");
        Assert.Equal(lines.Count - 3, read.Document.Entries.Count);
    }

    [Theory]
    [InlineData("\"初级\"", "\"特级\"", "E3 (考核等级)", "初级 (junior), 中级 (intermediate), 高级 (senior)")]
    [InlineData("\"春季\"", "\"夏季\"", "G3 (申报批次)", "春季 (spring), 秋季 (autumn)")]
    [InlineData("\"中职学校\"", "\"技工学校\"", "L3 (院校类型)", "应用型本科高校 (appliedUndergraduate), 高等职业院校 (higherVocational), 中职学校 (secondaryVocational), 省属中专学校 (provincialSecondarySpecialised)")]
    public void Read_ChoiceCellWithAnotherValue_IsRefusedListingTheChineseNamesAndTheJsonNames(string right, string wrong, string cell, string choices)
    {
        var lines = File.ReadAllLines(Corpus("libreoffice-applications-rejected.csv")).ToList();
        lines[2] = lines[2].Replace("," + right + ",", "," + wrong + ",", StringComparison.Ordinal);
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var read = Spreadsheet.ReadRecords(content, "choices.csv");

        var problem = Assert.Single(read.Problems).ToString();
        Assert.StartsWith($"choices.csv!{cell}: ", problem, StringComparison.Ordinal);
        Assert.Contains(wrong, problem, StringComparison.Ordinal);
        Assert.Contains(choices, problem, StringComparison.Ordinal);
        Assert.DoesNotContain(read.Document!.Entries, e => e.Id == "REJ-01");
    }

    [Fact]
    public void Evaluate_CityTheEditionDoesNotList_IsPlacedAtItsCell()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "applications.csv");
        var lines = File.ReadAllLines(Corpus("libreoffice-applications-rejected.csv")).ToList();
        lines[2] = lines[2].Replace("\"蚌埠\"", "\"蚌埠市\"", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var run = ConsoleRun.Of("batch", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}!M3 (所在市): AHX1004 [REJ-01] ", run.Error);
        Assert.Contains("\"蚌埠市\", which is not a city of the notice", run.Error);
    }

    [Fact]
    public void Read_IdGivenTwice_IsRefusedAtTheSecondIdCell()
    {
        var lines = File.ReadAllLines(Corpus("libreoffice-applications-rejected.csv")).ToList();
        lines.Add(lines[2]);
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var read = Spreadsheet.ReadRecords(content, "twice.csv");

        Assert.Equal($"twice.csv!A{lines.Count} (申报编号): AHX1005 [REJ-01] The id \"REJ-01\" is used more than once; give each record its own id.", Assert.Single(read.Problems).ToString());
    }

    [Fact]
    public void Read_EnglishHeadersAlone_AreAccepted()
    {
        var lines = File.ReadAllLines(Corpus("libreoffice-applications-rejected.csv")).Skip(1).ToArray();
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var read = Spreadsheet.ReadRecords(content, "english.csv");

        Assert.Empty(read.Problems);
        Assert.Equal(Ahx1X.Rules.Documents.Document.Load(Document("applications-rejected")).Entries.Select(e => e.Id), read.Document!.Entries.Select(e => e.Id));
    }

    [Fact]
    public void Read_ContinuationRowThatChangesItsRecord_IsRefusedAndTheRecordLeftOut()
    {
        const string csv = """
            邮件编号,年度,申报批次,报送单位,报送单位类型,报送单位所在市,发送时间,加盖公章,收件邮箱,收件市教育局,邮件主题,申报院校,证书代码,考核等级,申报人数
            M-1,2024,春季,安徽示范职业技术学院,高等职业院校,合肥,2024-03-20,是,ahxzsbggs@126.com,,安徽示范职业技术学院2024年证书申报,安徽示范职业技术学院,B1-WEB,中级,45
            ,2025,,,,,,,,,,安徽示范职业技术学院,B2-TAX,初级,50
            M-2,2024,春季,安徽示范职业技术学院,高等职业院校,合肥,2024-03-20,是,ahxzsbggs@126.com,,安徽示范职业技术学院2024年证书申报,安徽示范职业技术学院,B1-WEB,中级,45
            """;
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));

        var read = Spreadsheet.ReadRecords(content, "mails.csv");

        var problem = Assert.Single(read.Problems);
        Assert.StartsWith("mails.csv!B3 (年度): AHX1008 [M-1] This row continues record M-1 from A2", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal("M-2", Assert.Single(read.Document!.Entries).Id);
    }

    [Theory]
    [InlineData("yyyy-mm-dd", true)]
    [InlineData("[$-804]yyyy\"年\"m\"月\"d\"日\"", true)]
    [InlineData("hh:mm", true)]
    [InlineData("0.00", false)]
    [InlineData("0%", false)]
    [InlineData("\"day\"0", false)]
    [InlineData("#,##0;[Red]-#,##0", false)]
    public void IsDateFormat_TellsDatesFromNumbers(string code, bool date) =>
        Assert.Equal(date, XlsxReader.IsDateFormat(code));
}
