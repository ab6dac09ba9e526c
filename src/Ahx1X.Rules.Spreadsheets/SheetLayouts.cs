using Ahx1X.Rules.Model;
using static Ahx1X.Rules.Spreadsheets.ColumnPart;
using T = Ahx1X.Rules.Spreadsheets.ColumnType;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// The sheets of every kind of record, with headers as the notice's forms (附件1–5) name them.
/// Each column's path is a member of the JSON documents (README "Applications documents"), so a
/// sheet is read by the document readers and nothing else.
/// </summary>
internal static class SheetLayouts
{
    private static readonly IReadOnlyList<(string, string, string)> Kinds = Terms(Vocabularies.InstitutionKind);
    private static readonly IReadOnlyList<(string, string, string)> Levels = Terms(Vocabularies.Level);
    private static readonly IReadOnlyList<(string, string, string)> Seasons = Terms(Vocabularies.Season);
    private static readonly IReadOnlyList<(string, string, string)> Senders = Terms(Vocabularies.SenderKind);

    public static SheetLayout Applications { get; } = new()
    {
        Wire = "applications", Kind = DocumentKind.Applications, SheetZh = "申报", SheetEn = "applications", Form = "附件2 申报表",
        Citation = "各校拟申报证书需按照“一证书一论证一申报”原则，提交每个证书的申报表（附件 2）",
        Records = "institutions", Items = "applications",
        Columns =
        [
            new("申报编号", "id", "id", Item, T.Text),
            new("院校名称", "institution", "name", Record, T.Text),
            new("年度", "year", "year", Item, T.Integer),
            new("证书代码", "certificate", "certificate", Item, T.Text),
            new("考核等级", "level", "level", Item, T.Choice, Levels),
            new("申报人数", "candidates", "candidates", Item, T.Integer),
            new("申报批次", "season", "season", Item, T.Choice, Seasons),
            new("考核专业", "assessed majors", "assessedMajors", Item, T.List),
            new("申报时间", "submitted at", "submittedAt", Item, T.Moment),
            new("论证报告", "justification present", "justificationPresent", Item, T.Boolean),
            new("申报表", "form present", "formPresent", Item, T.Boolean),
            new("院校类型", "institution kind", "kind", Record, T.Choice, Kinds),
            new("所在市", "city", "city", Record, T.City),
            new("已注册管理平台", "registered", "registered", Record, T.Boolean),
            new("注册日期", "registered on", "registeredOn", Record, T.Date),
            new("开设专业", "majors offered", "majorsOffered", Record, T.List),
            new("校长办公会审议日期", "office meeting approved on", "officeMeetingApprovedOn", Record, T.Date),
            new("标准纳入人才培养方案", "standards in training plan", "standardsInTrainingPlan", Record, T.Boolean),
            new("经费纳入年度预算", "funding budgeted", "fundingBudgeted", Record, T.Boolean),
        ],
    };

    public static SheetLayout CityReviews { get; } = new()
    {
        Wire = "cityReviews", Kind = DocumentKind.CityReviews, SheetZh = "市级初审", SheetEn = "city reviews", Form = "三.2 市级初审",
        Citation = "2.市级审核时间安排：中职学校（含省属中专学校）所属市级教育行政部门初审时间分别为 3 月 22 日-4 月 5 日，9 月 15 日-28 日。",
        Records = "reviews",
        Columns =
        [
            new("编号", "id", "id", Record, T.Text),
            .. Institution(withCity: true),
            .. ApplicationColumns(),
            new("初审市", "reviewer city", "reviewerCity", Record, T.City),
            new("初审日期", "reviewed at", "reviewedAt", Record, T.Moment),
        ],
    };

    public static SheetLayout ProvincialReviews { get; } = new()
    {
        Wire = "provincialReviews", Kind = DocumentKind.ProvincialReviews, SheetZh = "省级审核", SheetEn = "provincial reviews", Form = "三.3 省级审核",
        Citation = "3.省级审核时间安排：省 1+X 证书协调推进办公室审核时间分别为 3 月 26 日-4 月 10 日，9 月 20 日-30 日。",
        Records = "reviews",
        Columns =
        [
            new("编号", "id", "id", Record, T.Text),
            .. Institution(withCity: true),
            .. ApplicationColumns(),
            new("省级审核日期", "reviewed at", "reviewedAt", Record, T.Moment),
            new("市级初审日期", "city reviewed at", "cityReview.reviewedAt", Record, T.Moment),
            new("市级初审通过", "city review passed", "cityReview.passed", Record, T.Boolean),
        ],
    };

    public static SheetLayout SummaryTables { get; } = new()
    {
        Wire = "summaryTables", Kind = DocumentKind.SummaryTables, SheetZh = "汇总表", SheetEn = "summary tables", Form = "附件3 申报院校汇总表",
        Citation = "将《申报院校汇总表》（附件 3）加盖公章扫描件发送至 ahxzsbggs@126.com",
        Records = "mails", Items = "rows", Grouped = true,
        Columns =
        [
            new("邮件编号", "id", "id", Record, T.Text),
            new("年度", "year", "year", Record, T.Integer),
            new("申报批次", "season", "season", Record, T.Choice, Seasons),
            new("报送单位", "sender", "senderName", Record, T.Text),
            new("报送单位类型", "sender kind", "senderKind", Record, T.Choice, Senders),
            new("报送单位所在市", "sender city", "senderCity", Record, T.City),
            new("发送时间", "sent at", "sentAt", Record, T.Moment),
            new("加盖公章", "sealed", "sealed", Record, T.Boolean),
            new("收件邮箱", "recipient mailbox", "recipient.mailbox", Record, T.Text),
            new("收件市教育局", "recipient city bureau", "recipient.cityBureau", Record, T.City),
            new("邮件主题", "subject", "subject", Record, T.Text),
            new("申报院校", "row institution", "institution", Item, T.Text),
            new("证书代码", "row certificate", "certificate", Item, T.Text),
            new("考核等级", "row level", "level", Item, T.Choice, Levels),
            new("申报人数", "row candidates", "candidates", Item, T.Integer),
        ],
    };

    public static SheetLayout Adjustments { get; } = new()
    {
        Wire = "adjustments", Kind = DocumentKind.Adjustments, SheetZh = "调整", SheetEn = "adjustments", Form = "附件4 指标调增申请表",
        Citation = "统一填写《指标调增申请表》（附件4）",
        Records = "adjustments",
        Columns =
        [
            new("编号", "id", "id", Record, T.Text),
            new("年度", "year", "year", Record, T.Integer),
            .. Institution(withCity: false),
            .. Plan("approved", "核定", "approved"),
            .. Plan("requested", "申请", "requested"),
            new("试点管理部门同意", "pilot department agreed", "increase.pilotDepartmentAgreed", Record, T.Boolean),
            new("校级分管领导同意", "school leader agreed", "increase.schoolLeaderAgreed", Record, T.Boolean),
            new("调增申请表", "increase form present", "increase.formPresent", Record, T.Boolean),
            new("调增加盖公章", "increase sealed", "increase.sealed", Record, T.Boolean),
            new("调增收件邮箱", "increase recipient", "increase.recipient", Record, T.Text),
            new("调增邮件主题", "increase subject", "increase.subject", Record, T.Text),
        ],
    };

    public static SheetLayout MonthlyReports { get; } = new()
    {
        Wire = "monthlyReports", Kind = DocumentKind.MonthlyReports, SheetZh = "月报", SheetEn = "monthly reports", Form = "附件5 工作进度月报表（报送情况）",
        Citation = "各校每月填报《安徽省1+X证书工作进度月报表》(附件5)",
        Records = "checks", Items = "approvals", Grouped = true,
        Columns =
        [
            new("编号", "id", "id", Record, T.Text),
            new("年度", "year", "year", Record, T.Integer),
            .. Institution(withCity: true),
            new("核查日期", "as of", "asOf", Record, T.Date),
            new("已报送月份", "reported", "reported", Record, T.List),
            new("证书代码", "certificate", "certificate", Item, T.Text),
            new("审批通过日期", "approved on", "approvedOn", Item, T.Date),
        ],
    };

    public static SheetLayout MonthlyProgress { get; } = new()
    {
        Wire = "monthlyProgress", Kind = DocumentKind.MonthlyProgress, SheetZh = "月度进度", SheetEn = "monthly progress", Form = "附件5 工作进度月报表",
        Citation = "各校每月填报《安徽省1+X证书工作进度月报表》(附件5)",
        Records = "reports", Items = "certificates", Grouped = true,
        Columns =
        [
            new("编号", "id", "id", Record, T.Text),
            new("年度", "year", "year", Record, T.Integer),
            .. Institution(withCity: true),
            new("月份", "month", "month", Record, T.Month),
            new("证书代码", "certificate", "certificate", Item, T.Text),
            new("审批通过日期", "approved on", "approvedOn", Item, T.Date),
            new("核定人数", "approved", "approved", Item, T.Integer),
            new("已考核人数", "examined", "examined", Item, T.Integer),
            new("已发证人数", "certified", "certified", Item, T.Integer),
        ],
    };

    /// <summary>The certificate catalogue with 附件1's statistics; rates are computed from the counts when they are given instead.</summary>
    public static SheetLayout Catalogue { get; } = new()
    {
        Wire = "catalogue", SheetZh = "证书目录", SheetEn = "catalogue", Form = "附件1 历年考核统计表",
        Citation = "1+X 职业技能等级证书在我省的考核规模、完成率、发证率等情况（附件 1）",
        Records = "certificates",
        Columns =
        [
            new("证书代码", "code", "code", Record, T.Text),
            new("证书名称", "name", "name", Record, T.Text),
            new("批次", "batch", "batch", Record, T.Integer),
            new("开考最低人数", "minimum candidates", "minimumCandidates", Record, T.Integer),
            new("完成率", "completion rate", "completionRate", Record, T.Decimal),
            new("发证率", "issuance rate", "issuanceRate", Record, T.Decimal),
            new("考核人数", "examined", "examined", Count, T.Integer),
            new("完成人数", "completed", "completed", Count, T.Integer),
            new("发证人数", "certified", "certified", Count, T.Integer),
        ],
    };

    /// <summary>Gets the layouts of the document kinds, in the step table's order.</summary>
    public static IReadOnlyList<SheetLayout> Documents { get; } = [Applications, CityReviews, ProvincialReviews, SummaryTables, Adjustments, MonthlyReports, MonthlyProgress];

    /// <summary>Gets every layout, the catalogue's last.</summary>
    public static IReadOnlyList<SheetLayout> All { get; } = [.. Documents, Catalogue];

    /// <summary>Returns the layout of <paramref name="name"/> (a kind as JSON writes it, or a sheet name), or null.</summary>
    public static SheetLayout? Find(string name) => All.FirstOrDefault(l => l.Names(name));

    private static IEnumerable<SheetColumn> Institution(bool withCity) =>
    [
        new("院校名称", "institution", "institution.name", Record, T.Text),
        new("院校类型", "institution kind", "institution.kind", Record, T.Choice, Kinds),
        .. withCity ? [new SheetColumn("所在市", "city", "institution.city", Record, T.City)] : Array.Empty<SheetColumn>(),
    ];

    private static IEnumerable<SheetColumn> ApplicationColumns() =>
    [
        new("年度", "year", "application.year", Record, T.Integer),
        new("证书代码", "certificate", "application.certificate", Record, T.Text),
        new("考核等级", "level", "application.level", Record, T.Choice, Levels),
        new("申报批次", "season", "application.season", Record, T.Choice, Seasons),
    ];

    private static IEnumerable<SheetColumn> Plan(string member, string zh, string en) =>
    [
        new($"{zh}证书代码", $"{en} certificate", $"{member}.certificate", Record, T.Text),
        new($"{zh}考核等级", $"{en} level", $"{member}.level", Record, T.Choice, Levels),
        new($"{zh}考核专业", $"{en} assessed majors", $"{member}.assessedMajors", Record, T.List),
        new($"{zh}人数", $"{en} candidates", $"{member}.candidates", Record, T.Integer),
    ];

    private static List<(string, string, string)> Terms<T>(Vocabulary<T> vocabulary)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (vocabulary.Wire(v), vocabulary.Text(v, chinese: true), vocabulary.Text(v, chinese: false))).ToList();
}
