namespace Ahx1X.Demo;

/// <summary>The Chinese of each help text, by its English; a test keeps every description of the command tree here.</summary>
internal static class HelpText
{
    private static readonly Dictionary<string, string> Zh = new(StringComparer.Ordinal)
    {
        ["A certificate catalogue file (JSON, or a 证书目录 workbook or CSV file) to use instead of the edition's sample catalogue."] =
            "使用此证书目录文件（JSON，或证书目录工作簿、CSV 文件）代替年度版本的示例目录。",
        ["How to print results: table for people, json for machines, xlsx for a workbook (with --output FILE)."] =
            "输出方式：table 供人阅读，json 供程序读取，xlsx 写成工作簿（需 --output FILE）。",
        ["The workbook --format xlsx writes."] =
            "--format xlsx 写入的工作簿文件。",
        ["How to print the report: table, csv, json, or xlsx (a workbook with every finding, with --output FILE)."] =
            "报告的输出方式：table、csv、json，或 xlsx（列出每个问题的工作簿，需 --output FILE）。",
        ["How to print the list: table, csv (UTF-8 with a byte-order mark, for spreadsheets), json, or xlsx (a workbook, with --output FILE)."] =
            "名单的输出方式：table、csv（带字节顺序标记的 UTF-8，供电子表格打开）、json，或 xlsx（工作簿，需 --output FILE）。",
        ["Serve the rules studio on 127.0.0.1: the notice beside its rules, the edition's values in forms, rules checked as you type, scenarios, documents and the calendar; prints an address with a one-time access token. Ctrl+C stops it."] =
            "在 127.0.0.1 上启动规则工作台：通知原文与规则对照、以表单编辑年度参数、输入时即检查规则、场景测试、试判材料和日历；打印带一次性访问令牌的地址。按 Ctrl+C 停止。",
        ["The rules folder to edit (a folder of editions, or one edition folder)."] =
            "要编辑的规则文件夹（存放各年度版本的文件夹，或单个年度版本文件夹）。",
        ["The port on 127.0.0.1; 0 picks a free one."] =
            "127.0.0.1 上的端口；0 表示自动选择空闲端口。",
        ["Write a blank workbook for one kind of record: Chinese headers with English beneath, drop-down lists, date checks and instructions citing the notice; fill it in and give it to evaluate, batch or monitor."] =
            "为一类记录写出空白工作簿：中文表头下附英文、下拉列表、日期校验及引用通知的填写说明；填好后交给 evaluate、batch 或 monitor。",
        ["The .xlsx file to write."] =
            "要写入的 .xlsx 文件。",
        ["The edition whose cities and notice the template follows; the latest by default."] =
            "模板所依据的年度版本（其城市与通知）；默认最新版本。",
        ["The kind of record: applications, cityReviews, provincialReviews, summaryTables, adjustments, monthlyReports, monthlyProgress, catalogue."] =
            "记录类型：applications、cityReviews、provincialReviews、summaryTables、adjustments、monthlyReports、monthlyProgress、catalogue。",
        ["Ahx1X: checks documents against the Anhui 1+X vocational skill certificate notice."] =
            "Ahx1X：按安徽省 1+X 职业技能等级证书申报通知检查材料。",
        ["Judge every record of the documents, each by the step its document declares; exit 0 when all are accepted or not applicable, 1 when any is rejected or indeterminate, 2 on bad input or rules."] =
            "逐条判定材料中的每条记录，按材料声明的环节判定；全部通过或不适用时退出码 0，有不通过或无法判定时 1，输入或规则有误时 2。",
        ["A rules folder to use instead of the pack built into the library (such as a copy of rules/)."] =
            "使用此规则文件夹代替库内置的规则包（例如 rules/ 的副本）。",
        ["A certificate catalogue file to use instead of the edition's sample catalogue."] =
            "使用此证书目录文件代替年度版本的示例目录。",
        ["How to print results: table for people, json for machines."] =
            "输出方式：table 供人阅读，json 供程序读取。",
        ["The language of messages in tables: zh, en or both. Defaults to zh when the system language is Chinese, otherwise en."] =
            "表格中消息的语言：zh、en 或 both。系统语言为中文时默认 zh，否则默认 en。",
        ["Show every rule's verdict and the values it read, not only the findings."] =
            "显示每条规则的判定及其读取的值，而不只是发现的问题。",
        ["Documents (JSON, or workbooks .xlsx and .csv files) of any kind (applications, cityReviews, provincialReviews, summaryTables, adjustments, monthlyReports, monthlyProgress), or folders of them; - reads one JSON document from standard input."] =
            "任意类型的材料（JSON，或 .xlsx 工作簿与 .csv 文件：applications、cityReviews、provincialReviews、summaryTables、adjustments、monthlyReports、monthlyProgress），或存放材料的文件夹；- 表示从标准输入读取一份 JSON 材料。",
        ["Judge many records and report counts by outcome, clause, city and certificate; exit 0 when all are accepted or not applicable, 1 when any is rejected or indeterminate, 2 when a record could not be read (the others are still judged)."] =
            "批量判定记录，按结论、条款、城市和证书统计；全部通过或不适用时退出码 0，有不通过或无法判定时 1，有记录无法读取时 2（其余记录仍会判定）。",
        ["How to print the report: table, csv or json."] =
            "报告的输出方式：table、csv 或 json。",
        ["List the institutions whose examinations progress too slowly (MON-01), for a 通报: grouped by city, worst first, each by its latest report; exit 0 when every institution was judged, 1 when one could not be for a missing figure, 2 on bad input or rules."] =
            "列出考核进展缓慢的院校（MON-01），供通报使用：按城市分组，最慢的在前，按各院校最新月报判定；全部院校均已判定时退出码 0，有院校因缺少数据无法判定时 1，输入或规则有误时 2。",
        ["How to print the list: table, csv (UTF-8 with a byte-order mark, for spreadsheets) or json."] =
            "名单的输出方式：table、csv（带字节顺序标记的 UTF-8，供电子表格使用）或 json。",
        ["Documents of kind monthlyProgress (monthly progress reports, 附件5), or folders of them."] =
            "monthlyProgress 类型的材料（工作进度月报表，附件5），或存放这些材料的文件夹。",
        ["Show what is open on a day for each party of the notice, what comes next with the days until each, and optionally a season's timeline; exit 0 on success, 2 on bad input or rules."] =
            "显示某日通知中各方开放的窗口、接下来的事项及剩余天数，并可绘制一季的时间线；成功时退出码 0，输入或规则有误时 2。",
        ["The day to look at, yyyy-MM-dd, a day in China Standard Time; its year selects the edition. Default: today in Asia/Shanghai."] =
            "要查看的日期，格式 yyyy-MM-dd，按北京时间；其年份决定所用年度版本。默认：Asia/Shanghai 时区的今天。",
        ["Only the steps an application of this kind of institution passes through (its own, its city bureau's, the province's). Default: every party."] =
            "只显示此类院校的申报所经环节（本校、所属市教育行政部门、省级）。默认：所有主体。",
        ["Also draw this season's windows and summary deadline as a timeline, marking the day."] =
            "同时将此季的各窗口和汇总表截止日期绘成时间线，并标出该日。",
        ["Write the season's timeline as a standalone SVG file (UTF-8). The season is --season, or else the one the day is in or comes before."] =
            "将该季时间线写成独立的 SVG 文件（UTF-8）。季节为 --season 所指，否则为该日所在或之前最近的季节。",
        ["Write the season's timeline as an HTML page with the SVG inside, a title and a legend (UTF-8, no external resources)."] =
            "将该季时间线写成 HTML 页面，内含 SVG、标题和图例（UTF-8，不引用外部资源）。",
        ["Check a rules folder without evaluating anything (rules, parameters, expressions, allow-list, clauses, windows, labels, values still to be confirmed, and every file against the schema it names): one line per problem with file:line:column, and a warning line for each value still a placeholder; --format sarif writes SARIF 2.1.0 for code hosts and editors. Exit 0 when clean, 1 when problems were found, 2 when the folder cannot be read."] =
            "检查规则文件夹而不判定任何材料（规则、参数、表达式、允许清单、条款、窗口、标签、尚待确认的值，以及每个文件是否符合其声明的 schema）：每个问题一行，带 文件:行:列；每个仍为暂定值的参数一行警告；--format sarif 输出 SARIF 2.1.0，供代码托管平台和编辑器使用。无问题时退出码 0，发现问题时 1，文件夹无法读取时 2。",
        ["The rules folder (a folder of editions, or one edition folder)."] =
            "规则文件夹（存放各年度版本的文件夹，或单个年度版本文件夹）。",
        ["Run the scenario tests of a rules folder and show clause coverage; --format junit writes JUnit XML for CI. Exit 0 when all pass, 1 when any fails or coverage is below --min-coverage, 2 when the rules or scenarios cannot be read."] =
            "运行规则文件夹中的场景测试并显示条款覆盖率；--format junit 输出 JUnit XML 供持续集成使用。全部通过时退出码 0，有失败或覆盖率低于 --min-coverage 时 1，规则或场景无法读取时 2。",
        ["Fail when fewer than this percentage of clauses (rounded down) are shown both firing and passing."] =
            "若正反两面均被验证的条款比例（向下取整）低于此百分比，则判为失败。",
        ["Run only the scenarios whose name or file contains TEXT (ignoring case); coverage counts only those."] =
            "只运行名称或文件名包含 TEXT（不区分大小写）的场景；覆盖率只统计这些场景。",
        ["The rules folder whose editions' scenarios/*.json to run."] =
            "要运行其各年度版本 scenarios/*.json 的规则文件夹。",
        ["Write a synthetic applications document for trying batch (not real data)."] =
            "生成合成的申报材料，用于试用 batch（非真实数据）。",
        ["How many applications to write."] =
            "要生成的申报条数。",
        ["The file to write."] =
            "要写入的文件。",
        ["The random seed; the same seed writes the same file."] =
            "随机种子；相同的种子生成相同的文件。",
        ["Write every rule, edition, catalogue and scenario file in canonical form (member order, two-space indent, one rule per block); only layout and order change. Exit 0 when done or already canonical, 1 with --check when a file differs, 2 when a file is not JSON."] =
            "将每个规则、年度版本、目录和场景文件写成规范格式（成员顺序、两个空格缩进、每条规则一个块）；只改变排版和顺序。完成或已是规范格式时退出码 0，使用 --check 且有文件不同时 1，有文件不是 JSON 时 2。",
        ["Change nothing: list the files not in canonical form and exit 1 if there are any (for CI)."] =
            "不做任何修改：列出不是规范格式的文件，如有则退出码 1（供持续集成使用）。",
        ["The rules folder to format (a folder of editions, or one edition folder)."] =
            "要格式化的规则文件夹（存放各年度版本的文件夹，或单个年度版本文件夹）。",
        ["Work with editions: edition new starts next year's from this year's."] =
            "管理年度版本：edition new 以今年的版本为基础开始明年的版本。",
        ["Copy an edition to a new year, moving every date by whole years (windows, deadlines, scenario dates) and the year in subjects and the notice's title; each moved value is listed in to-confirm.txt, and lint reports it until it is confirmed against the new notice. Exit 0 when written, 2 when nothing was."] =
            "将年度版本复制到新的年份，所有日期按整年顺延（窗口、截止日期、场景日期），邮件主题和通知标题中的年份一并更新；每个顺延的值都列在 to-confirm.txt 中，lint 会一直报告，直到按新通知确认。写入成功时退出码 0，未写入时 2。",
        ["The edition folder to start from, such as rules/2024."] =
            "作为基础的年度版本文件夹，例如 rules/2024。",
        ["The new edition's folder, such as rules/2025; it must not exist yet or be empty."] =
            "新年度版本的文件夹，例如 rules/2025；必须尚不存在或为空。",
        ["The new edition's year, such as 2025."] =
            "新年度版本的年份，例如 2025。",
        ["Compare two rule packs or editions by clause id (parameters, clauses, rules, expressions, messages, severities, citations); the older edition's dates are first moved to the newer one's year. Exit 0 when nothing differs, 1 when something does, 2 when a pack or document cannot be read."] =
            "按条款编号比较两个规则包或年度版本（参数、条款、规则、表达式、消息、严重程度、引文）；比较前先将较早版本的日期顺延到较新版本的年份。无差异时退出码 0，有差异时 1，规则包或材料无法读取时 2。",
        ["Documents or folders of them to judge with both packs: every record judged differently is listed, with the clause that made the difference (dates are moved to the newer edition's year)."] =
            "用两个规则包分别判定的材料或材料文件夹：列出判定不同的每条记录及造成差异的条款（日期顺延到较新版本的年份）。",
        ["The older rules folder or edition folder, such as rules/2024."] =
            "较早的规则文件夹或年度版本文件夹，例如 rules/2024。",
        ["Print a script that completes ahx1x's commands, options and values in bash, zsh or PowerShell; it asks ahx1x through the [suggest:POSITION] directive, so it always matches the installed version. Exit 0."] =
            "输出一段脚本，让 bash、zsh 或 PowerShell 补全 ahx1x 的命令、选项和取值；脚本通过 [suggest:位置] 指令询问 ahx1x 本身，因此总与已安装的版本一致。退出码 0。",
        ["The shell: bash, zsh or pwsh (PowerShell)."] =
            "shell 类型：bash、zsh 或 pwsh（PowerShell）。",
        ["Run again each time a file in the folder changes, until stopped with Ctrl+C."] =
            "每当文件夹中的文件改动时重新运行，直到按 Ctrl+C 停止。",
        ["The newer rules folder or edition folder, such as rules/2025."] =
            "较新的规则文件夹或年度版本文件夹，例如 rules/2025。",
    };

    /// <summary>Returns the Chinese of <paramref name="english"/>, or the English when there is none.</summary>
    public static string? Chinese(string? english) =>
        english is null ? null
        : Zh.TryGetValue(english, out var zh) ? zh
        : Commands.Formats.Describe(english) is { } formats ? $"输出方式：{formats}（json 供程序读取；用 json 时，标准错误上的问题也是 JSON 对象）。"
        : english;

    /// <summary>Returns whether <paramref name="english"/> has a Chinese text.</summary>
    public static bool Has(string english) => Chinese(english) != english;
}
