using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Steps;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Ahx1X.Rules.Packs;

/// <summary>
/// Reads, validates and compiles a rule pack from its files. Every problem is collected with
/// its file, JSON path, line and rule before anything is thrown, so one run shows them all.
/// </summary>
internal static class RulePackLoader
{
    /// <summary>The edition file, relative to its edition folder.</summary>
    public const string EditionFile = "edition.json";
    private const string CatalogueFile = "catalogue.json";
    private const string WorkflowFolder = "workflows/";

    /// <summary>Bounds that keep a pack's work per evaluation small, whatever its authors write.</summary>
    internal const int MaxExpressionLength = 2000;
    private const int MaxRulesPerWorkflow = 500;

    /// <summary>The folder of an edition that holds scenario tests.</summary>
    public const string ScenarioFolder = "scenarios/";

    /// <summary>Folders of an edition that hold data for tools, not rules.</summary>
    private static readonly string[] IgnoredFolders = [ScenarioFolder, "samples/"];

    private static readonly IReadOnlyDictionary<string, Severity> Severities =
        new Dictionary<string, Severity> { ["error"] = Severity.Error, ["warning"] = Severity.Warning };

    /// <summary>What a broken rule reports: a violation, or that the step does not apply to the case.</summary>
    private static readonly IReadOnlyDictionary<string, FindingKind> FindingKinds =
        new Dictionary<string, FindingKind> { ["violation"] = FindingKind.Violation, ["notApplicable"] = FindingKind.NotApplicable };

    public static RulePack Load(IReadOnlyList<PackFile> files, string source)
    {
        var problems = new ProblemList();
        var pack = TryLoad(files, source, problems);
        return problems.HasAny || pack is null ? throw new RulePackException(problems.Items) : pack;
    }

    /// <summary>Loads what it can, adding every problem to <paramref name="problems"/>; null when any edition failed.</summary>
    /// <param name="files">The pack's files.</param>
    /// <param name="source">Where the files come from.</param>
    /// <param name="problems">Receives every problem.</param>
    /// <param name="forStyleChecks">
    /// True for <c>lint</c>: a clause without a rule is still reported, but the editions are built
    /// anyway so that the style checks can run over them. Never true for a pack that judges.
    /// </param>
    public static RulePack? TryLoad(IReadOnlyList<PackFile> files, string source, ProblemList problems, bool forStyleChecks = false)
    {
        var editionFolders = files
            .Where(f => f.Path == EditionFile || f.Path.EndsWith("/" + EditionFile, StringComparison.Ordinal))
            .Select(f => f.Path[..^EditionFile.Length])
            .Order(StringComparer.Ordinal)
            .ToList();
        if (editionFolders.Count == 0)
        {
            problems.Add(ProblemCodes.Syntax, source, null,
                $"No {EditionFile} found. A rules folder holds one folder per year (such as 2024/), each with an {EditionFile}.");
        }

        var editions = new List<Edition>();
        var used = new List<PackFile>();
        var before = problems.Items.Count;
        // For style checks a clause without a rule is reported after the editions are built.
        var deferred = new ProblemList();
        foreach (var folder in editionFolders)
        {
            var own = files.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal)
                    && !editionFolders.Any(other => other.Length > folder.Length && other.StartsWith(folder, StringComparison.Ordinal) && f.Path.StartsWith(other, StringComparison.Ordinal)))
                .ToDictionary(f => f.Path[folder.Length..], f => f, StringComparer.Ordinal);
            used.AddRange(own.Where(f => !IgnoredFolders.Any(f.Key.StartsWith)).Select(f => f.Value));
            if (LoadEdition(folder, own, problems, forStyleChecks ? deferred : problems) is { } edition)
            {
                if (editions.Any(e => e.Year == edition.Year))
                {
                    problems.Add(ProblemCodes.Duplicate, folder + EditionFile, null, $"Two editions cover {edition.Year}; keep one folder per year.");
                }
                else
                {
                    editions.Add(edition);
                }
            }
        }

        var failed = problems.Items.Count > before || editions.Count == 0;
        problems.AddRange(deferred.Items);
        return failed ? null : new RulePack(source, editions.OrderBy(e => e.Year).ToArray(), RulePack.FingerprintOf(used));
    }

    private static Edition? LoadEdition(string folder, Dictionary<string, PackFile> files, ProblemList problems, ProblemList incomplete)
    {
        var before = problems.Items.Count;
        var editionPath = folder + EditionFile;
        var header = ReadEditionFile(files[EditionFile], editionPath, problems);

        Catalogue? catalogue = null;
        if (files.TryGetValue(CatalogueFile, out var catalogueFile))
        {
            catalogue = Catalogue.Read(catalogueFile.Text, folder + CatalogueFile, problems);
        }
        else
        {
            problems.Add(ProblemCodes.MissingMember, folder + CatalogueFile, null, "The edition has no catalogue.json; add one (it may be a sample marked \"sample\": true).");
        }

        var workflows = new List<WorkflowDefinition>();
        var unreadable = 0;
        var beforeWorkflows = problems.Items.Count;
        foreach (var (path, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (path == EditionFile || path == CatalogueFile || IgnoredFolders.Any(path.StartsWith) || !PackFiles.IsJson(path))
            {
                continue;
            }

            if (!path.StartsWith(WorkflowFolder, StringComparison.Ordinal))
            {
                problems.Add(ProblemCodes.UnknownWorkflow, folder + path, null,
                    $"This file is not part of an edition. Rule workflows go in {WorkflowFolder}; move or remove the file.");
                continue;
            }

            if (ReadWorkflow(file.Text, folder + path, problems) is { } workflow)
            {
                workflows.Add(workflow);
            }
            else
            {
                unreadable++;
            }
        }

        // Without a readable header the rules are still checked, so one run lists every problem.
        string? notice = null;
        if (header is not null && files.TryGetValue(header.NoticeFile, out var noticeFile))
        {
            notice = Normalise(noticeFile.Text);
        }
        else if (header is not null)
        {
            problems.Add(ProblemCodes.MissingMember, editionPath, null, $"The notice file \"{header.NoticeFile}\" named in notice.file is not in the edition folder; add the notice's text so citations can be checked.");
        }

        // A rule that could not be read may implement any clause; say only what is certain.
        var everyRuleRead = problems.Items.Count == beforeWorkflows;
        CheckDuplicates(workflows, problems);
        // A workflow missing because its file did not parse is already reported; say it once.
        var missing = unreadable == 0 ? problems : new ProblemList();
        var compilation = new WorkflowCompilation(workflows, header, notice, folder, problems, missing);
        var compiled = StepTable.All.Select(step => step.Accept(compilation)).ToArray();
        var known = StepTable.All.Select(s => s.Workflow).ToArray();
        foreach (var unknown in workflows.Where(w => !known.Contains(w.Name)))
        {
            problems.Add(ProblemCodes.UnknownWorkflow, unknown.File, null,
                $"Unknown workflow \"{unknown.Name}\". The workflows an edition may define are: {string.Join(", ", known)}.");
        }

        if (header is not null && everyRuleRead)
        {
            CheckEveryClauseHasARule(header, workflows, editionPath, incomplete);
        }

        if (problems.Items.Count > before || header is null || catalogue is null || compiled.Any(w => w is null))
        {
            return null;
        }


        return new Edition(header.Parameters, header.Clauses, catalogue, header.Texts, new EditionWorkflows(compiled!), folder, files);
    }

    /// <summary>
    /// Refuses an edition that lists a clause no enabled rule implements: without its rule, a
    /// clause would never fire, and an application it should refuse would pass.
    /// </summary>
    private static void CheckEveryClauseHasARule(EditionHeader header, List<WorkflowDefinition> workflows, string editionPath, ProblemList problems)
    {
        var implemented = workflows.SelectMany(w => w.Rules).Where(r => r.Enabled).Select(r => r.ClauseId).ToHashSet(StringComparer.Ordinal);
        foreach (var clause in header.Clauses.Where(c => !implemented.Contains(c.Id)))
        {
            problems.Add(ProblemCodes.UnknownClause, editionPath, header.ClauseTokens[clause.Id],
                $"The clause \"{clause.Id}\" has no enabled rule, so it would never be checked. Add a rule with \"clause\": \"{clause.Id}\" to a workflow, enable its rule, or remove the clause from the edition.", clause.Id);
        }
    }

    /// <summary>Compiles the workflow of each step, with the step's scope type.</summary>
    private sealed class WorkflowCompilation(
        List<WorkflowDefinition> workflows, EditionHeader? header, string? notice, string folder, ProblemList problems, ProblemList missing)
        : IScopeVisitor<IWorkflowInfo?>
    {
        public IWorkflowInfo? Visit<TScope>(Step step)
            where TScope : Scope =>
            CompileWorkflow<TScope>(step.Workflow, workflows, header, notice, folder, problems, missing);
    }

    private sealed record EditionHeader(EditionParameters Parameters, IReadOnlyList<Clause> Clauses, IReadOnlyDictionary<string, JToken> ClauseTokens, EditionTexts Texts, string NoticeFile);

    private static EditionHeader? ReadEditionFile(PackFile file, string path, ProblemList problems)
    {
        var root = JsonFields.Of(JsonText.Parse(file.Text, path, problems), path, problems, "an edition");
        if (root is null)
        {
            return null;
        }

        var before = problems.Items.Count;
        var year = root.Int("year", required: true, min: 2000, max: 2100);
        var notice = root.Child("notice", required: true);
        var title = notice?.String("title", required: true);
        var number = notice?.String("documentNumber", required: true);
        var noticeFile = notice?.String("file", required: true);
        notice?.RejectUnknown();

        var seasons = root.Child("seasons", required: true);
        var spring = ReadSeason(seasons, "spring", year);
        var autumn = ReadSeason(seasons, "autumn", year);
        seasons?.RejectUnknown();
        if (spring is not null && autumn is not null)
        {
            CheckSeasonsApart(seasons!, spring, autumn);
        }

        var mail = root.Child("mail", required: true);
        var summary = ReadMail(mail, "summary");
        var increase = ReadMail(mail, "quotaIncrease");
        mail?.RejectUnknown();

        var thresholds = root.Child("thresholds", required: true);
        var completion = ReadThreshold(thresholds, "lowCompletionRate");
        var issuance = ReadThreshold(thresholds, "lowIssuanceRate");
        thresholds?.RejectUnknown();

        var clauses = ReadClauses(root);
        var facts = ReadFactLabels(root);
        var messages = root.Child("messages", required: true);
        var missingFacts = ReadText(messages, "missingFacts", "{facts}");
        var ruleFailed = ReadText(messages, "ruleFailed", "{error}");
        messages?.RejectUnknown();
        root.Array("contacts");
        root.RejectUnknown();

        if (problems.Items.Count > before)
        {
            return null;
        }

        var parameters = new EditionParameters
        {
            Year = year!.Value, Title = title!, DocumentNumber = number!, Spring = spring!, Autumn = autumn!,
            SummaryMailbox = summary!.Value.Mailbox, SummarySubject = summary.Value.Subject,
            IncreaseMailbox = increase!.Value.Mailbox, IncreaseSubject = increase.Value.Subject,
            LowCompletionRate = completion!, LowIssuanceRate = issuance!,
        };
        return new EditionHeader(parameters, clauses!.Select(c => c.Clause).ToArray(), clauses!.ToDictionary(c => c.Clause.Id, c => c.Token), new EditionTexts(facts!, missingFacts!, ruleFailed!), noticeFile!);
    }

    private static SeasonCalendar? ReadSeason(JsonFields? seasons, string name, int? year)
    {
        var season = seasons?.Child(name, required: true);
        if (season is null)
        {
            return null;
        }

        var application = ReadWindow(season, "application", year);
        var city = ReadWindow(season, "cityReview", year);
        var provincial = ReadWindow(season, "provincialReview", year);
        var deadlineFields = season.Child("summaryDeadline", required: true);
        var deadlineDate = deadlineFields?.Date("date", required: true);
        var inclusive = deadlineFields?.Bool("inclusive", required: true);
        deadlineFields?.RejectUnknown();
        season.RejectUnknown();
        if (deadlineDate is { } d && year is { } y && d.Year != y)
        {
            season.Problems.Add(ProblemCodes.InconsistentParameters, season.File, deadlineFields!.Object["date"],
                $"The {name} summary deadline {Text.Format.Date(d)} is not in {y}, the edition's year; correct the year.");
        }

        if (application is null || city is null || provincial is null || deadlineDate is null || inclusive is null)
        {
            return null;
        }

        return new SeasonCalendar
        {
            Application = application, CityReview = city, ProvincialReview = provincial,
            SummaryDeadline = new Deadline(deadlineDate.Value, inclusive.Value),
        };
    }

    private static DateWindow? ReadWindow(JsonFields season, string name, int? year)
    {
        var window = season.Child(name, required: true);
        var start = window?.Date("start", required: true);
        var end = window?.Date("end", required: true);
        window?.RejectUnknown();
        if (start is null || end is null)
        {
            return null;
        }

        if (end < start)
        {
            season.Problems.Add(ProblemCodes.InconsistentParameters, season.File, window!.Object,
                $"The window ends ({Text.Format.Date(end.Value)}) before it starts ({Text.Format.Date(start.Value)}); swap or correct the dates.");
            return null;
        }

        if (year is { } y && (start.Value.Year != y || end.Value.Year != y))
        {
            season.Problems.Add(ProblemCodes.InconsistentParameters, season.File, window!.Object,
                $"The window {Text.Format.Date(start.Value)}..{Text.Format.Date(end.Value)} is not within {y}, the edition's year; correct the year.");
            return null;
        }

        return new DateWindow(start.Value, end.Value);
    }

    private static void CheckSeasonsApart(JsonFields seasons, SeasonCalendar spring, SeasonCalendar autumn)
    {
        if (spring.Application.End >= autumn.Application.Start)
        {
            seasons.Problems.Add(ProblemCodes.InconsistentParameters, seasons.File, seasons.Object,
                "The spring application window reaches into the autumn one; the spring window must end before autumn starts.");
        }
    }

    private static (string Mailbox, string Subject)? ReadMail(JsonFields? mail, string name)
    {
        var fields = mail?.Child(name, required: true);
        var mailbox = fields?.String("mailbox", required: true);
        var subject = fields?.String("subject", required: true);
        fields?.RejectUnknown();
        if (mailbox is not null && !mailbox.Contains('@'))
        {
            fields!.Problems.Add(ProblemCodes.InvalidValue, fields.File, fields.Object["mailbox"], $"\"{mailbox}\" is not a mail address.");
            return null;
        }

        if (subject is not null && !subject.Contains("{unit}", StringComparison.Ordinal))
        {
            fields!.Problems.Add(ProblemCodes.InvalidValue, fields.File, fields.Object["subject"],
                "The subject must contain {unit} where the sender's name goes, such as \"{unit}2024年证书申报\".");
            return null;
        }

        return mailbox is null || subject is null ? null : (mailbox, subject);
    }

    private static Threshold? ReadThreshold(JsonFields? thresholds, string name)
    {
        var fields = thresholds?.Child(name, required: true);
        var value = fields?.Decimal("value", required: true, min: 0, max: 1);
        var placeholder = fields?.Bool("placeholder", required: true);
        fields?.String("note");
        fields?.RejectUnknown();
        return value is null || placeholder is null ? null : new Threshold(value.Value, placeholder.Value);
    }

    private static IReadOnlyList<(Clause Clause, JToken Token)>? ReadClauses(JsonFields root)
    {
        var items = root.Array("clauses", required: true);
        if (items is null)
        {
            return null;
        }

        var clauses = new List<(Clause Clause, JToken Token)>();
        foreach (var item in items)
        {
            var fields = JsonFields.Of(item, root.File, root.Problems, "a clause");
            var id = fields?.String("id", required: true);
            var section = fields?.String("section", required: true);
            var title = ReadText(fields, "title", null);
            fields?.RejectUnknown();
            if (id is null || section is null || title is null)
            {
                continue;
            }

            if (clauses.Any(c => c.Clause.Id == id))
            {
                root.Problems.Add(ProblemCodes.Duplicate, root.File, item, $"The clause id \"{id}\" is listed twice; list each clause once.", id);
                continue;
            }

            clauses.Add((new Clause(id, section, title), item));
        }

        return clauses;
    }

    private static IReadOnlyDictionary<string, LocalizedText>? ReadFactLabels(JsonFields root)
    {
        var facts = root.Child("facts", required: true);
        if (facts is null)
        {
            return null;
        }

        var labels = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var property in facts.Object.Properties())
        {
            if (ReadText(facts, property.Name, null) is { } text)
            {
                labels[property.Name] = text;
            }
        }

        return labels;
    }

    /// <summary>Reads a <c>{"zh": ..., "en": ...}</c> pair; both languages are required.</summary>
    private static LocalizedText? ReadText(JsonFields? parent, string name, string? mustContain)
    {
        var fields = parent?.Child(name, required: true);
        var zh = fields?.String("zh", required: true);
        var en = fields?.String("en", required: true);
        fields?.RejectUnknown();
        foreach (var (language, text) in new[] { ("zh", zh), ("en", en) })
        {
            if (mustContain is not null && text is not null && !text.Contains(mustContain, StringComparison.Ordinal))
            {
                fields!.Problems.Add(ProblemCodes.InvalidValue, fields.File, fields.Object[language], $"The text must contain {mustContain}.");
                return null;
            }
        }

        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    private static WorkflowDefinition? ReadWorkflow(string text, string path, ProblemList problems)
    {
        var root = JsonFields.Of(JsonText.Parse(text, path, problems), path, problems, "a RulesEngine workflow");
        if (root is null)
        {
            return null;
        }

        var name = root.String("WorkflowName", required: true);
        Unsupported(root, "GlobalParams", "Write the value into each rule's expression, or into edition.json as a parameter.");
        Unsupported(root, "WorkflowsToInject", "Put the rules in the workflow itself.");
        Unsupported(root, "WorkflowRulesToInject", "Put the rules in the workflow itself.");
        ExpressionType(root);
        var items = root.Array("Rules", required: true, maxItems: MaxRulesPerWorkflow);
        root.RejectUnknown();
        if (name is null || items is null)
        {
            return null;
        }

        var rules = new List<RuleDefinition>();
        foreach (var item in items)
        {
            if (ReadRule(item, path, name, problems) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return new WorkflowDefinition(path, name, rules);
    }

    private static RuleDefinition? ReadRule(JToken item, string path, string workflow, ProblemList problems)
    {
        var rule = JsonFields.Of(item, path, problems, "a rule");
        if (rule is null)
        {
            return null;
        }

        var name = rule.String("RuleName", required: true);
        rule.Subject = name;
        var expression = rule.String("Expression", required: true);
        if (expression is { Length: > MaxExpressionLength })
        {
            rule.Problems.Add(ProblemCodes.InvalidValue, path, rule.Object["Expression"],
                $"The expression is {expression.Length} characters long; at most {MaxExpressionLength} are allowed. Split the rule.", name);
            expression = null;
        }

        ExpressionType(rule);
        var enabled = rule.Bool("Enabled") ?? true;
        rule.String("ErrorMessage", allowEmpty: true);
        rule.String("SuccessEvent", allowEmpty: true);
        Unsupported(rule, "Operator", "Write one expression joined with && or ||.");
        Unsupported(rule, "Rules", "Write one expression joined with && or ||.");
        Unsupported(rule, "LocalParams", "Write the value into the expression.");
        Unsupported(rule, "Actions", "Findings and messages come from Properties.");
        Unsupported(rule, "WorkflowsToInject", "Put the rules in the workflow itself.");
        var properties = rule.Child("Properties", required: true);
        var clause = properties?.String("clause", required: true);
        var section = properties?.String("section", required: true);
        var citation = properties?.String("citation", required: true);
        var severity = properties?.Enum("severity", Severities, required: true);
        var message = ReadText(properties, "message", null);
        var finding = properties?.Enum("finding", FindingKinds) ?? FindingKind.Violation;
        properties?.RejectUnknown();
        rule.RejectUnknown();

        if (name is null || expression is null || clause is null || section is null || citation is null || severity is null || message is null)
        {
            return null;
        }

        return new RuleDefinition(path, workflow, name, expression, clause, section, citation, severity.Value, message, finding, enabled, item);
    }

    private static void Unsupported(JsonFields fields, string member, string instead)
    {
        if (fields.Token(member, required: false) is { } token)
        {
            fields.Problems.Add(ProblemCodes.UnsupportedFeature, fields.File, token,
                $"\"{member}\" is a RulesEngine feature rule packs do not use. {instead}", fields.Subject);
        }
    }

    private static void ExpressionType(JsonFields fields)
    {
        if (fields.String("RuleExpressionType") is { } type && type != "LambdaExpression")
        {
            fields.Problems.Add(ProblemCodes.InvalidValue, fields.File, fields.Object["RuleExpressionType"],
                "\"RuleExpressionType\" must be \"LambdaExpression\", or left out.", fields.Subject);
        }
    }

    private static void CheckDuplicates(List<WorkflowDefinition> workflows, ProblemList problems)
    {
        foreach (var group in workflows.GroupBy(w => w.Name).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                problems.Add(ProblemCodes.Duplicate, duplicate.File, null,
                    $"The workflow \"{group.Key}\" is also defined in {group.First().File}; keep one.");
            }
        }

        var seen = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var rule in workflows.SelectMany(w => w.Rules))
        {
            if (!seen.TryAdd(rule.Name, rule))
            {
                var first = seen[rule.Name];
                var at = (Newtonsoft.Json.IJsonLineInfo)first.Token;
                problems.Add(ProblemCodes.Duplicate, rule.File, rule.Token["RuleName"],
                    $"The rule name \"{rule.Name}\" is already used at {first.File}:{at.LineNumber}; give each rule its own name.", rule.Name);
            }
        }
    }

    private static CompiledWorkflow<TScope>? CompileWorkflow<TScope>(
        string name, List<WorkflowDefinition> workflows, EditionHeader? header, string? notice, string folder, ProblemList problems, ProblemList missing)
        where TScope : Scope
    {
        var definition = workflows.FirstOrDefault(w => w.Name == name);
        if (definition is null)
        {
            missing.Add(ProblemCodes.UnknownWorkflow, folder + WorkflowFolder, null, $"The edition has no \"{name}\" workflow; add a file to {WorkflowFolder} with \"WorkflowName\": \"{name}\".");
            return null;
        }

        var compiler = new ExpressionCompiler<TScope>();
        var rules = new List<CompiledRule<TScope>>();
        var ok = true;
        foreach (var rule in definition.Rules.Where(r => r.Enabled))
        {
            if (CompileRule(rule, compiler, header, notice, problems) is { } compiled)
            {
                rules.Add(compiled);
            }
            else
            {
                ok = false;
            }
        }

        return ok && header is not null ? new CompiledWorkflow<TScope>(name, definition.File, rules, compiler) : null;
    }

    /// <summary>Checks and compiles one rule; without a readable edition header it still checks the expression and messages.</summary>
    private static CompiledRule<TScope>? CompileRule<TScope>(
        RuleDefinition rule, ExpressionCompiler<TScope> compiler, EditionHeader? header, string? notice, ProblemList problems)
        where TScope : Scope
    {
        var before = problems.Items.Count;
        var properties = rule.Token["Properties"]!;
        if (header is not null && header.Clauses.All(c => c.Id != rule.ClauseId))
        {
            problems.Add(ProblemCodes.UnknownClause, rule.File, properties["clause"],
                $"The clause \"{rule.ClauseId}\" is not a clause of the {header.Parameters.Year} edition. Known clauses: {string.Join(", ", header.Clauses.Select(c => c.Id))}.", rule.Name);
        }

        if (notice is not null && !notice.Contains(Normalise(rule.CitationText), StringComparison.Ordinal))
        {
            problems.Add(ProblemCodes.CitationNotFound, rule.File, properties["citation"],
                "The citation is not found verbatim in the notice; copy the sentence from the notice's text.", rule.Name);
        }

        var parsed = compiler.Parse(rule.Expression, typeof(bool), out var code, out var error);
        if (parsed is null)
        {
            problems.Add(code!, rule.File, rule.Token["Expression"], error!, rule.Name);
        }

        var errors = new List<(string Code, string Message)>();
        var zh = MessageTemplate<TScope>.Parse(rule.Message.Zh, compiler, errors);
        var en = MessageTemplate<TScope>.Parse(rule.Message.En, compiler, errors);
        foreach (var (messageCode, message) in errors)
        {
            problems.Add(messageCode, rule.File, properties["message"], message, rule.Name);
        }

        if (problems.Items.Count > before || header is null || parsed is null || zh is null || en is null)
        {
            return null;
        }

        var citation = new Citation(header.Parameters.DocumentNumber, rule.Section, rule.CitationText);
        var guarded = compiler.Guard(parsed.Body);
        return new CompiledRule<TScope>(rule, citation, parsed, guarded, new Lazy<Func<TScope, bool>>(() => compiler.Compile<bool>(guarded)), zh, en, compiler, header.Texts);
    }

    /// <summary>Drops all white space, which the notice's text scatters between numbers and words.</summary>
    private static string Normalise(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
