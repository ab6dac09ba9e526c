using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// Writes the blank workbook staff fill in for each kind of record: Chinese headers with English
/// beneath, frozen; drop-down lists for every enumerated value (kind of institution, city, season,
/// level, 是/否); date validation on date columns; and an instructions sheet (说明) citing the notice.
/// </summary>
public static class SpreadsheetTemplate
{
    /// <summary>The rows below the headers that carry the drop-down lists and date checks.</summary>
    private const int ValidatedRows = 5000;

    /// <summary>Gets the kinds a template can be written for, as documents name them, the catalogue last.</summary>
    public static IReadOnlyList<string> Kinds { get; } = SheetLayouts.All.Select(l => l.Wire).ToList();

    /// <summary>Writes the template of <paramref name="kind"/> to <paramref name="output"/>.</summary>
    /// <param name="kind">A kind of <see cref="Kinds"/>, such as <c>applications</c>, or its sheet name (申报).</param>
    /// <param name="edition">The edition whose cities fill the city lists and whose notice the instructions cite.</param>
    /// <param name="output">Where the .xlsx goes.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of record.</exception>
    public static void Write(string kind, EditionParameters edition, Stream output)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(output);
        var layout = SheetLayouts.Find(kind ?? "") ?? throw new ArgumentException($"No template is written for \"{kind}\"; kinds: {string.Join(", ", Kinds)}.", nameof(kind));
        using var book = new WorkbookWriter(output);
        var sheet = book.AddSheet(layout.SheetZh);
        foreach (var column in layout.Columns)
        {
            sheet.Column(Math.Max(12, (column.Zh.Length * 2.2) + 2), column.Type switch
            {
                ColumnType.Date or ColumnType.Moment => CellStyle.Date,
                ColumnType.Month or ColumnType.List or ColumnType.Text => CellStyle.TextFormat,
                _ => null,
            });
        }

        sheet.Row(layout.Columns.Select(c => (object?)c.Zh), CellStyle.Header)
            .Row(layout.Columns.Select(c => (object?)c.En), CellStyle.SubHeader)
            .Freeze(2);
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            var column = layout.Columns[i];
            var items = column.Type switch
            {
                ColumnType.Choice => column.Choices!.Select(c => c.Zh).ToList(),
                ColumnType.City => edition.Cities.ToList(),
                ColumnType.Boolean => ["是", "否"],
                _ => null,
            };
            if (items is { Count: > 0 })
            {
                sheet.List(i + 1, 3, ValidatedRows + 2, items, column.Zh);
            }
            else if (column.Type is ColumnType.Date or ColumnType.Moment)
            {
                sheet.Dates(i + 1, 3, ValidatedRows + 2, strict: column.Type == ColumnType.Date, column.Zh);
            }
        }

        sheet.Finish();
        Instructions(book.AddSheet("说明"), layout, edition);
    }

    private static void Instructions(WorkbookWriter.SheetBuilder sheet, SheetLayout layout, EditionParameters edition)
    {
        sheet.Column(28, CellStyle.Wrapped).Column(30, CellStyle.Wrapped).Column(70, CellStyle.Wrapped);
        sheet.Row([$"{layout.SheetZh}（{layout.Form}）填写说明 — How to fill in the {layout.SheetEn} sheet"], CellStyle.Title);
        sheet.Row(["依据 Notice", $"{edition.Title}（{edition.DocumentNumber}）"]);
        sheet.Row(["原文 The notice says", $"“{layout.Citation}”"]);
        sheet.Row([]);
        string[][] rules =
        [
            ["填写 Rows", "第1行为中文表头，第2行为英文表头，从第3行起每行一条记录。不要合并单元格，不要增加、删除或改名列。", "Row 1 holds the Chinese headers, row 2 the English ones; one record a row from row 3. Do not merge cells, and do not add, remove or rename columns."],
            ["空白 Blank", "不知道的值留空：规则会报告缺少的事实，结论为待定，不会当作“是”或“否”。", "Leave a value you do not know blank: the rules report it as a missing fact and the outcome is indeterminate, never a yes or a no."],
            ["日期 Dates", "日期填日期单元格或文本 yyyy-MM-dd（如 2024-03-22）。数字（如 45383）或 3/4 之类会被拒绝，不作猜测。带时间的日期单元格按北京时间读取。", "A date is a date cell or the text yyyy-MM-dd (2024-03-22). A number (45383) or 3/4 is refused, never guessed. A date cell with a time is read as Beijing time."],
            ["是/否 Yes/no", "从下拉列表选择“是”或“否”。", "Choose 是 (yes) or 否 (no) from the list."],
            ["列表 Lists", "多个专业或月份用“、”或“;”分隔，月份写 yyyy-MM（如 2024-05）；一个也没有时填“无”（留空表示不知道）。", "Separate majors or months with 、 or ;. A month is yyyy-MM (2024-05). Write 无 (none) for an empty list: a blank cell means not known."],
            ["选项 Choices", "院校类型、市、批次、等级等从下拉列表中选择；也可填英文名。", "Choose the kind of institution, city, season and level from the lists; English names are accepted too."],
        ];
        foreach (var rule in rules)
        {
            sheet.Row(rule);
        }

        if (layout.Grouped)
        {
            sheet.Row(["多行记录 Several rows", $"一条记录有多行{ItemName(layout)}时，每行填同一编号（或续行编号留空），续行的其余记录列留空或与首行相同。", $"A record with several {layout.Items}: give each row the same id (or leave the id blank on the rows that follow), and leave the record's other columns blank there or give the same values."]);
        }

        if (layout.Kind is null)
        {
            sheet.Row(["比率 Rates", "给出考核人数、完成人数、发证人数时，完成率 = 完成人数 / 考核人数，发证率 = 发证人数 / 完成人数，自动计算，比率列留空。", "Where the counts are given, the completion rate is completed / examined and the issuance rate certified / completed, computed; leave the rate columns blank."]);
        }

        sheet.Row([]);
        sheet.Row(["列 Column", "英文 English", "填写 What to write"], CellStyle.Header);
        foreach (var column in layout.Columns)
        {
            sheet.Row([column.Zh, column.En, Describe(column)]);
        }

        sheet.Row([]);
        sheet.Row(["检查 Check", "ahx1x evaluate FILE.xlsx", "ahx1x evaluate FILE.xlsx --format xlsx --output report.xlsx"]);
        sheet.Finish();
    }

    private static string ItemName(SheetLayout layout) => layout.Items switch
    {
        "rows" => "（汇总表的各行）",
        "approvals" => "（各证书的审批）",
        _ => "（各证书的进度）",
    };

    private static string Describe(SheetColumn column) => column.Type switch
    {
        ColumnType.Integer => "整数 a whole number",
        ColumnType.Decimal => "0 到 1 之间的小数 a number from 0 to 1",
        ColumnType.Boolean => "是 / 否",
        ColumnType.Date => "日期 yyyy-MM-dd a date",
        ColumnType.Moment => "日期 yyyy-MM-dd，或带时区的时间 2024-04-02T23:30:00+08:00 a date, or a date-time with its offset",
        ColumnType.Month => "月份 yyyy-MM a month",
        ColumnType.List => "用、或 ; 分隔的名称 names separated by 、 or ;",
        ColumnType.Choice => column.ChoiceNames(" / "),
        ColumnType.City => "本年度通知所列的市 one of the edition's cities",
        _ => "文字 text",
    };
}
