using System.Globalization;
using Ahx1X.Rules;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.RuleModel;
using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Benchmarks;

/// <summary>
/// The 15 rules of <c>rules/2024/workflows/application.json</c> written as plain C# that builds
/// the facade's exact result: the outcome, every finding with both messages, its facts and its
/// contact, and the receipt. It takes from the pack only what a hand-written version would keep
/// as constants (citations, labels, the missing-facts message, contacts, the receipt of the day);
/// the checks, the values and the messages are written out here. A test holds it to the facade
/// on whole generated batches, so the ratio of the two is the cost of the engine alone.
/// </summary>
internal sealed class SameOutputRules
{
    private readonly EditionParameters _edition;
    private readonly Catalogue _catalogue;
    private readonly DecisionReceipt _receipt;
    private readonly EvaluationResult _accepted;
    private readonly EditionTexts _texts;
    private readonly Contact? _secondaryVocational;
    private readonly Contact? _higherEducation;
    private readonly Dictionary<string, Rule> _rules;
    private readonly string[] _missingZh;
    private readonly string[] _missingEn;
    private readonly string _markZh = "（" + PlaceholderParameter.Mark.Zh + "）";
    private readonly string _markEn = " (" + PlaceholderParameter.Mark.En + ")";

    /// <summary>Takes the constants of <paramref name="engine"/>'s edition of <paramref name="year"/>.</summary>
    public SameOutputRules(PolicyEngine engine, int year)
    {
        var edition = engine.Pack.For(year);
        _edition = edition.Parameters;
        _catalogue = engine.CatalogueFor(year);
        _receipt = engine.ReceiptFor(edition.Application, edition);
        _accepted = new EvaluationResult { Outcome = Outcome.Accepted, Findings = [], Receipt = _receipt };
        _texts = edition.Texts;
        _secondaryVocational = _edition.ContactFor(ContactRole.SecondaryVocational);
        _higherEducation = _edition.ContactFor(ContactRole.HigherEducation);
        _rules = edition.Application.Rules.ToDictionary(r => r.Definition.Name, r => new Rule(r.Definition, r.Citation, edition.Texts), StringComparer.Ordinal);
        _missingZh = _texts.MissingFacts.Zh.Split("{facts}");
        _missingEn = _texts.MissingFacts.En.Split("{facts}");
    }

    /// <summary>Judges <paramref name="request"/> as <see cref="PolicyEngine.Evaluate(ApplicationRequest)"/> does.</summary>
    public EvaluationResult Evaluate(ApplicationRequest request)
    {
        var institution = request.Institution;
        var application = request.Application;
        var majors = application.AssessedMajors is { Count: > 0 } given ? given : null;
        var certificate = _catalogue.Find(application.CertificateCode);
        var season = application.Season is { } s ? _edition.For(s) : null;
        var history = History(request.EarlierApplications, application);
        var submitted = application.SubmittedAt?.Date;
        var contact = institution.Kind switch
        {
            null => null,
            { } kind when kind.IsSecondaryVocational() => _secondaryVocational,
            _ => _higherEducation,
        };
        List<Finding>? findings = null;

        // SCOPE-01
        if (certificate is null || !_edition.PublishedBatches.Contains(certificate.Batch))
        {
            Add(ref findings, Broken("SCOPE-01-in-catalogue", contact,
                $"证书 {application.CertificateCode} 不在教育部发布的四批职业技能等级证书目录中",
                $"Certificate {application.CertificateCode} is not in the catalogue of the Ministry's four published batches",
                Join(_edition.PublishedBatches), certificate is null ? null : Number(certificate.Batch), application.CertificateCode));
        }

        // SCALE-01: a certificate not in the catalogue is SCOPE-01's finding alone.
        if (certificate is not null)
        {
            if (application.Candidates is null || certificate.MinimumCandidates is null)
            {
                Add(ref findings, Missing("SCALE-01-minimum-candidates", contact,
                    certificate.MinimumCandidates is null ? "certificate.MinimumCandidates" : "application.Candidates",
                    application.Candidates is null ? "application.Candidates" : null,
                    certificate.MinimumCandidates is null ? "certificate.MinimumCandidates" : null,
                    null,
                    Number(application.Candidates), Number(certificate.MinimumCandidates)));
            }
            else if (application.Candidates < certificate.MinimumCandidates)
            {
                Add(ref findings, Broken("SCALE-01-minimum-candidates", contact,
                    $"申报人数 {Number(application.Candidates)} 人，低于该证书开考最低人数 {Number(certificate.MinimumCandidates)} 人",
                    $"{Number(application.Candidates)} candidates applied for, below the certificate's minimum of {Number(certificate.MinimumCandidates)} for an exam to open",
                    Number(application.Candidates), Number(certificate.MinimumCandidates)));
            }
        }

        // SCALE-02: justification and form.
        switch (application.JustificationPresent)
        {
            case null:
                Add(ref findings, Missing("SCALE-02-justification", contact, "application.JustificationPresent", null, null, null, null, application.CertificateCode));
                break;
            case false:
                Add(ref findings, Broken("SCALE-02-justification", contact,
                    $"证书 {application.CertificateCode} 的申报缺少论证材料（一证书一论证一申报）",
                    $"The application for {application.CertificateCode} has no justification of its own (one certificate, one justification, one application)",
                    "no", application.CertificateCode));
                break;
        }

        switch (application.FormPresent)
        {
            case null:
                Add(ref findings, Missing("SCALE-02-form", contact, "application.FormPresent", null, null, null, null, application.CertificateCode));
                break;
            case false:
                Add(ref findings, Broken("SCALE-02-form", contact,
                    $"证书 {application.CertificateCode} 的申报表（附件2）未上传",
                    $"The application form (附件2) for {application.CertificateCode} is not uploaded",
                    "no", application.CertificateCode));
                break;
        }

        // SCALE-02: once per certificate, level and season.
        if (history is null)
        {
            Add(ref findings, Missing("SCALE-02-once-per-season", contact, "history.SameCertificateLevelSeason", null, null, null,
                null, SeasonEn(application.Season), application.CertificateCode, LevelEn(application.Level)));
        }
        else if (history != 0)
        {
            Add(ref findings, Broken("SCALE-02-once-per-season", contact,
                $"本校{SeasonZh(application.Season)}已申报证书 {application.CertificateCode}（{LevelZh(application.Level)}）{Number(history)} 次，同一证书同一等级每季只申报一次",
                $"The institution already applied for {application.CertificateCode} ({LevelEn(application.Level)}) {Number(history)} time(s) this {SeasonEn(application.Season)}; one application per certificate and level per season",
                Number(history), SeasonEn(application.Season), application.CertificateCode, LevelEn(application.Level)));
        }

        // SCALE-03, SCALE-04: rates the catalogue may not give.
        if (certificate is not null)
        {
            Rate("SCALE-03-completion-rate", certificate.CompletionRate, "certificate.CompletionRate", _edition.LowCompletionRate, "完成率", "completion", contact, ref findings);
            Rate("SCALE-04-issuance-rate", certificate.IssuanceRate, "certificate.IssuanceRate", _edition.LowIssuanceRate, "发证率", "issuance", contact, ref findings);
        }

        // SCALE-05: every assessed major is one the institution offers.
        var offered = institution.MajorsOffered;
        if (majors is null || offered is null)
        {
            Add(ref findings, Missing("SCALE-05-majors-offered", contact,
                offered is null ? "institution.MajorsOffered" : "application.AssessedMajors",
                majors is null ? "application.AssessedMajors" : null,
                offered is null ? "institution.MajorsOffered" : null,
                null,
                Join(majors), Join(offered)));
        }
        else
        {
            List<string>? notOffered = null;
            foreach (var major in majors)
            {
                if (!offered.Contains(major))
                {
                    (notOffered ??= []).Add(major);
                }
            }

            if (notOffered is not null)
            {
                Add(ref findings, Broken("SCALE-05-majors-offered", contact,
                    $"考核专业 {string.Join("、", notOffered)} 不是本校开设的专业",
                    $"Assessed major(s) {string.Join(", ", notOffered)} are not offered by the institution",
                    Join(majors), Join(offered)));
            }
        }

        // TIME-01: inside the season's application window, both ends included.
        if (submitted is null || season is null)
        {
            Add(ref findings, Missing("TIME-01-application-window", contact,
                season is null ? "season" : "application.SubmittedAt",
                season is null ? "season" : null,
                submitted is null ? "application.SubmittedAt" : null,
                null,
                Date(submitted), Date(season?.Application.Start), Date(season?.Application.End), SeasonEn(application.Season)));
        }
        else if (submitted < season.Application.Start || submitted > season.Application.End)
        {
            Add(ref findings, Broken("TIME-01-application-window", contact,
                $"申报日期 {Date(submitted)} 不在{SeasonZh(application.Season)}院校申报时间 {Date(season.Application.Start)} 至 {Date(season.Application.End)} 内",
                $"Submitted on {Date(submitted)}, outside the {SeasonEn(application.Season)} application window {Date(season.Application.Start)} to {Date(season.Application.End)}",
                Date(submitted), Date(season.Application.Start), Date(season.Application.End), SeasonEn(application.Season)));
        }

        // PROC-01: registered on the platform no later than the submission, unless known not to be registered.
        if (institution.Registered != false)
        {
            if (institution.RegisteredOn is null || submitted is null)
            {
                Add(ref findings, Missing("PROC-01-registered", contact,
                    submitted is null ? "application.SubmittedAt" : "institution.RegisteredOn",
                    institution.Registered is null ? "institution.Registered" : null,
                    institution.RegisteredOn is null ? "institution.RegisteredOn" : null,
                    submitted is null ? "application.SubmittedAt" : null,
                    YesNo(institution.Registered), Date(institution.RegisteredOn), Date(submitted)));
            }
            else if (institution.RegisteredOn > submitted)
            {
                Add(ref findings, Broken("PROC-01-registered", contact,
                    $"院校于 {Date(institution.RegisteredOn)} 注册平台，晚于申报日期 {Date(submitted)}；应先注册，再申报",
                    $"The institution registered on the platform on {Date(institution.RegisteredOn)}, after applying on {Date(submitted)}; register first, then apply",
                    YesNo(institution.Registered), Date(institution.RegisteredOn), Date(submitted)));
            }
        }

        // REQ-01
        switch (institution.StandardsInTrainingPlan)
        {
            case null:
                Add(ref findings, Missing("REQ-01-standards-in-plan", contact, "institution.StandardsInTrainingPlan", null, null, null, (string?)null));
                break;
            case false:
                Add(ref findings, Broken("REQ-01-standards-in-plan", contact, "X证书标准尚未融入人才培养方案", "X certificate standards are not yet written into the talent training plan", "no"));
                break;
        }

        // REQ-02: the office meeting approved no later than the submission.
        var meeting = institution.OfficeMeetingApprovedOn;
        if (meeting is null || submitted is null)
        {
            Add(ref findings, Missing("REQ-02-office-meeting", contact,
                submitted is null ? "application.SubmittedAt" : "institution.OfficeMeetingApprovedOn",
                meeting is null ? "institution.OfficeMeetingApprovedOn" : null,
                submitted is null ? "application.SubmittedAt" : null,
                null,
                Date(meeting), Date(submitted)));
        }
        else if (meeting > submitted)
        {
            Add(ref findings, Broken("REQ-02-office-meeting", contact,
                $"校长办公会于 {Date(meeting)} 批准年度申报，晚于申报日期 {Date(submitted)}",
                $"The principal's office meeting approved the year's applications on {Date(meeting)}, after applying on {Date(submitted)}",
                Date(meeting), Date(submitted)));
        }

        // REQ-03
        switch (institution.FundingBudgeted)
        {
            case null:
                Add(ref findings, Missing("REQ-03-funding-budgeted", contact, "institution.FundingBudgeted", null, null, null, (string?)null));
                break;
            case false:
                Add(ref findings, Broken("REQ-03-funding-budgeted", contact, "证书支持经费尚未纳入学校年度总预算", "Certificate funding is not yet in the institution's annual budget", "no"));
                break;
        }

        // PROC-01: an institution known not to be registered.
        if (institution.Registered == false)
        {
            Add(ref findings, Broken("PROC-01-not-registered", contact,
                $"{institution.Name}尚未注册教育部职业技能等级证书信息管理服务平台；应先注册，再申报",
                $"{institution.Name} is not registered on the national certificate platform; register first, then apply",
                "no", institution.Name));
        }

        // REQ-02: a meeting of this year.
        var earliest = _edition.EarliestOfficeMeeting;
        if (meeting is null)
        {
            Add(ref findings, Missing("REQ-02-this-years-meeting", contact, "institution.OfficeMeetingApprovedOn", null, null, null, null, Date(earliest.Value)));
        }
        else if (meeting < earliest.Value)
        {
            var mark = earliest.IsPlaceholder;
            Add(ref findings, Broken("REQ-02-this-years-meeting", contact,
                $"校长办公会于 {Date(meeting)} 研究批准，早于本年度申报最早可批准日期 {Date(earliest.Value)}{(mark ? _markZh : "")}，不能批准本年度申报",
                $"The principal's office meeting on {Date(meeting)} is before {Date(earliest.Value)}{(mark ? _markEn : "")}, the earliest day that can approve this year's applications",
                Date(meeting), Date(earliest.Value)));
        }

        return findings is null
            ? _accepted
            : new EvaluationResult { Outcome = EvaluationResult.OutcomeOf(findings), Findings = findings, Receipt = _receipt };
    }

    private void Rate(string rule, decimal? rate, string fact, Threshold threshold, string zh, string en, Contact? contact, ref List<Finding>? findings)
    {
        if (rate is null)
        {
            Add(ref findings, Missing(rule, contact, fact, null, null, null, null, Number(threshold.Value)));
        }
        else if (rate < threshold.Value)
        {
            var mark = threshold.IsPlaceholder;
            Add(ref findings, Broken(rule, contact,
                $"该证书往年{zh} {Number(rate)}，低于 {Number(threshold.Value)}{(mark ? _markZh : "")}，应从严控制申报",
                $"The certificate's historical {en} rate {Number(rate)} is below {Number(threshold.Value)}{(mark ? _markEn : "")}; apply with strict control",
                Number(rate), Number(threshold.Value)));
        }
    }

    /// <summary>Counts the earlier applications for the same certificate, level and season; null when an earlier one's level or season, or this one's, is not given.</summary>
    public static int? History(IReadOnlyList<Application> earlier, Application application)
    {
        if (application.Level is null || application.Season is null)
        {
            return null;
        }

        var count = 0;
        for (var i = 0; i < earlier.Count; i++)
        {
            var other = earlier[i];
            if (other.CertificateCode != application.CertificateCode || other.Year != application.Year)
            {
                continue;
            }

            if (other.Level is null || other.Season is null)
            {
                return null;
            }

            if (other.Level == application.Level && other.Season == application.Season)
            {
                count++;
            }
        }

        return count;
    }

    private static void Add(ref List<Finding>? findings, Finding finding) => (findings ??= []).Add(finding);

    private Finding Broken(string rule, Contact? contact, string zh, string en, params ReadOnlySpan<string?> values) =>
        _rules[rule].Finding(_rules[rule].Definition.BrokenKind, new LocalizedText(zh, en), values, contact);

    /// <summary>A missing-facts finding: the fact the rule reached, then up to three more it reads that are missing too, without repeats.</summary>
    private Finding Missing(string rule, Contact? contact, string reached, string? second, string? third, string? fourth, params ReadOnlySpan<string?> values)
    {
        Span<string?> names = [reached, second, third, fourth];
        var zh = "";
        var en = "";
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] is not { } name || names[..i].Contains(name))
            {
                continue;
            }

            var label = _texts.Label(name);
            zh = zh.Length == 0 ? label.Zh : zh + "、" + label.Zh;
            en = en.Length == 0 ? label.En : en + ", " + label.En;
        }

        var definition = _rules[rule].Definition;
        return _rules[rule].Finding(FindingKind.MissingFacts, new LocalizedText(
            string.Join(zh, _missingZh).Replace("{clause}", definition.ClauseId),
            string.Join(en, _missingEn).Replace("{clause}", definition.ClauseId)), values, contact);
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    private static string? Date(LocalDate? value) => value is { } date ? LocalDatePattern.Iso.Format(date) : null;

    private static string? YesNo(bool? value) => value is { } yes ? (yes ? "yes" : "no") : null;

    private static string? Join<T>(IReadOnlyList<T>? items) => items is null ? null : string.Join(", ", items);

    private static string SeasonZh(Season? season) => season switch { Season.Spring => "春季", Season.Autumn => "秋季", _ => "（未提供）" };

    private static string? SeasonEn(Season? season) => season switch { Season.Spring => "spring", Season.Autumn => "autumn", _ => null };

    private static string LevelZh(CertificateLevel? level) => level switch
    {
        CertificateLevel.Junior => "初级", CertificateLevel.Intermediate => "中级", CertificateLevel.Senior => "高级", _ => "（未提供）",
    };

    private static string? LevelEn(CertificateLevel? level) => level switch
    {
        CertificateLevel.Junior => "junior", CertificateLevel.Intermediate => "intermediate", CertificateLevel.Senior => "senior", _ => null,
    };

    /// <summary>One rule's constants: its definition, citation, and the names and labels of its facts in the order findings list them.</summary>
    private sealed class Rule(RuleDefinition definition, Citation citation, EditionTexts texts)
    {
        private readonly (string Name, LocalizedText Label)[] _facts = FactNames[definition.Name].Select(n => (n, texts.Label(n))).ToArray();

        public RuleDefinition Definition { get; } = definition;

        public Finding Finding(FindingKind kind, LocalizedText message, ReadOnlySpan<string?> values, Contact? contact)
        {
            var facts = new Fact[_facts.Length];
            for (var i = 0; i < facts.Length; i++)
            {
                facts[i] = new Fact(_facts[i].Name, _facts[i].Label, values[i]);
            }

            return new Finding
            {
                ClauseId = Definition.ClauseId,
                RuleName = Definition.Name,
                Severity = Definition.Severity,
                Kind = kind,
                Message = message,
                Citation = citation,
                Facts = facts,
                Contact = contact,
            };
        }
    }

    /// <summary>The facts each rule's findings show: those its expression reads, then those its messages read.</summary>
    private static readonly Dictionary<string, string[]> FactNames = new(StringComparer.Ordinal)
    {
        ["SCOPE-01-in-catalogue"] = ["edition.PublishedBatches", "certificate.Batch", "application.CertificateCode"],
        ["SCALE-01-minimum-candidates"] = ["application.Candidates", "certificate.MinimumCandidates"],
        ["SCALE-02-justification"] = ["application.JustificationPresent", "application.CertificateCode"],
        ["SCALE-02-form"] = ["application.FormPresent", "application.CertificateCode"],
        ["SCALE-02-once-per-season"] = ["history.SameCertificateLevelSeason", "application.Season", "application.CertificateCode", "application.Level"],
        ["SCALE-03-completion-rate"] = ["certificate.CompletionRate", "edition.LowCompletionRate.Value"],
        ["SCALE-04-issuance-rate"] = ["certificate.IssuanceRate", "edition.LowIssuanceRate.Value"],
        ["SCALE-05-majors-offered"] = ["application.AssessedMajors", "institution.MajorsOffered"],
        ["TIME-01-application-window"] = ["application.SubmittedAt.Date", "season.Application.Start", "season.Application.End", "application.Season"],
        ["PROC-01-registered"] = ["institution.Registered", "institution.RegisteredOn", "application.SubmittedAt.Date"],
        ["REQ-01-standards-in-plan"] = ["institution.StandardsInTrainingPlan"],
        ["REQ-02-office-meeting"] = ["institution.OfficeMeetingApprovedOn", "application.SubmittedAt.Date"],
        ["REQ-03-funding-budgeted"] = ["institution.FundingBudgeted"],
        ["PROC-01-not-registered"] = ["institution.Registered", "institution.Name"],
        ["REQ-02-this-years-meeting"] = ["institution.OfficeMeetingApprovedOn", "edition.EarliestOfficeMeeting.Value"],
    };
}
