using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.RuleModel;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Ahx1X.Rules.Packs.Reading;

/// <summary>
/// Reads an edition folder's JSON into definitions. It reports what is wrong with the shape of
/// each file (syntax, members, types, bounds, RulesEngine features packs do not use); what the
/// values mean is checked by <c>PackValidator</c>.
/// </summary>
internal static class PackReader
{
    /// <summary>The edition file, relative to its edition folder.</summary>
    public const string EditionFile = "edition.json";

    /// <summary>The sample catalogue, relative to its edition folder.</summary>
    public const string CatalogueFile = "catalogue.json";

    /// <summary>The folder of an edition that holds its workflows.</summary>
    public const string WorkflowFolder = "workflows/";

    /// <summary>The folder of an edition that holds scenario tests.</summary>
    public const string ScenarioFolder = "scenarios/";

    private const int MaxRulesPerWorkflow = 500;

    /// <summary>Folders of an edition that hold data for tools, not rules.</summary>
    public static readonly IReadOnlyList<string> IgnoredFolders = [ScenarioFolder, "samples/"];

    /// <summary>The severities a rule may have, by their name in a file.</summary>
    public static readonly IReadOnlyDictionary<string, FindingSeverity> Severities =
        new WireNames<FindingSeverity>(["error", "warning"], [FindingSeverity.Error, FindingSeverity.Warning]);

    /// <summary>What a broken rule reports, by its name in a file: a violation, or that the step does not apply to the case.</summary>
    public static readonly IReadOnlyDictionary<string, FindingKind> FindingKinds =
        new WireNames<FindingKind>(["violation", "notApplicable"], [FindingKind.Violation, FindingKind.NotApplicable]);

    /// <summary>Reads what it can of one edition folder, adding every problem to <paramref name="problems"/>.</summary>
    /// <param name="folder">The edition's folder within the pack, such as <c>2024/</c>.</param>
    /// <param name="files">The text of each file of the edition, by path relative to <paramref name="folder"/>; it must hold the edition file.</param>
    /// <param name="problems">Receives every problem.</param>
    public static EditionDraft ReadEdition(string folder, IReadOnlyDictionary<string, string> files, ProblemList problems)
    {
        var editionPath = folder + EditionFile;
        var edition = ReadEditionFile(files[EditionFile], editionPath, problems);

        Catalogue? catalogue = null;
        if (files.TryGetValue(CatalogueFile, out var catalogueText))
        {
            catalogue = Catalogue.Read(catalogueText, folder + CatalogueFile, problems);
        }
        else
        {
            problems.Add(ProblemCodes.MissingMember, folder + CatalogueFile, null, "The edition has no catalogue.json; add one (it may be a sample marked \"sample\": true).");
        }

        var workflows = new List<WorkflowDefinition>();
        var unreadable = 0;
        var beforeWorkflows = problems.Items.Count;
        // Sorted names, not OrderBy over the pairs: that is framework code the JIT compiles at every first load.
        var paths = files.Keys.ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var text = files[path];
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

            if (ReadWorkflow(text, folder + path, problems) is { } workflow)
            {
                workflows.Add(workflow);
            }
            else
            {
                unreadable++;
            }
        }

        // A rule that could not be read may implement any clause; validation says only what is certain.
        var everyRuleRead = problems.Items.Count == beforeWorkflows;

        string? notice = null;
        if (edition is not null && files.TryGetValue(edition.NoticeFile, out var noticeText))
        {
            notice = EditionDraft.Normalise(noticeText);
        }
        else if (edition is not null)
        {
            problems.Add(ProblemCodes.MissingMember, editionPath, null, $"The notice file \"{edition.NoticeFile}\" named in notice.file is not in the edition folder; add the notice's text so citations can be checked.");
        }

        return new EditionDraft(folder, edition, catalogue, notice, workflows, unreadable == 0, everyRuleRead);
    }

    /// <summary>Reads one workflow file; null when it is not JSON or lacks its name or rules.</summary>
    public static WorkflowDefinition? ReadWorkflow(string text, string path, ProblemList problems)
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

        return new WorkflowDefinition(name, rules, SourceSpan.OfFile(path));
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
        if (expression is { Length: > RuleDefinition.MaxExpressionLength })
        {
            rule.Problems.Add(ProblemCodes.InvalidValue, path, rule.Object["Expression"],
                $"The expression is {expression.Length} characters long; at most {RuleDefinition.MaxExpressionLength} are allowed. Split the rule.", name);
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
        var message = ReadText(properties, "message");
        var finding = properties?.Enum("finding", FindingKinds) ?? FindingKind.Violation;
        properties?.RejectUnknown();
        rule.RejectUnknown();

        if (name is null || expression is null || clause is null || section is null || citation is null || severity is null || message is null)
        {
            return null;
        }

        var at = Spans.Map(item, path, "RuleName", "Expression", "Properties.clause", "Properties.citation", "Properties.message");
        return new RuleDefinition(workflow, name, expression, clause, section, citation, severity.Value, message, finding, enabled, at);
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

    private static EditionDefinition? ReadEditionFile(string text, string path, ProblemList problems)
    {
        var token = JsonText.Parse(text, path, problems);
        var root = JsonFields.Of(token, path, problems, "an edition");
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
        var spring = ReadSeason(seasons, "spring");
        var autumn = ReadSeason(seasons, "autumn");
        seasons?.RejectUnknown();

        var mail = root.Child("mail", required: true);
        var summary = ReadMail(mail, "summary");
        var increase = ReadMail(mail, "quotaIncrease");
        mail?.RejectUnknown();

        var thresholds = root.Child("thresholds", required: true);
        var completion = ReadThreshold(thresholds, "lowCompletionRate");
        var issuance = ReadThreshold(thresholds, "lowIssuanceRate");
        var earliestMeeting = ReadDateThreshold(thresholds, "earliestOfficeMeeting");
        var slowExamination = ProgressThresholdReader.Read(thresholds);
        thresholds?.RejectUnknown();

        var clauses = ReadClauses(root);
        var facts = ReadFactLabels(root);
        var messages = root.Child("messages", required: true);
        var missingFacts = ReadText(messages, "missingFacts");
        var ruleFailed = ReadText(messages, "ruleFailed");
        messages?.RejectUnknown();
        var contacts = ReadContacts(root);
        var cities = ReadCities(root);
        var batches = ReadBatches(root);
        var routes = ReadRoutes(root);
        // Public holidays are external facts for the console's calendar, not the notice's: no rule reads them.
        HolidayReader.Read(root, year);
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
            LowCompletionRate = completion!, LowIssuanceRate = issuance!, EarliestOfficeMeeting = earliestMeeting!, SlowExamination = slowExamination!,
            Cities = cities,
            PublishedBatches = batches!,
            Routes = routes!,
            Contacts = contacts,
        };
        var windows = new[] { "spring", "autumn" }
            .SelectMany(s => new[] { "application", "cityReview", "provincialReview", "summaryDeadline.date" }.Select(w => $"seasons.{s}.{w}"));
        string[] values = ["mail.summary.mailbox", "mail.summary.subject", "mail.quotaIncrease.mailbox", "mail.quotaIncrease.subject",
            "messages.missingFacts.zh", "messages.missingFacts.en", "messages.ruleFailed.zh", "messages.ruleFailed.en"];
        var at = Spans.Map(token!, path, ["seasons", .. windows, .. values]);
        return new EditionDefinition(parameters, noticeFile!, clauses!, new EditionTexts(facts!, missingFacts!, ruleFailed!), at);
    }

    private static readonly IReadOnlyDictionary<string, ContactRole> ContactRoles = new WireNames<ContactRole>(
        ["secondaryVocational", "higherEducation", "provincialOffice"],
        [ContactRole.SecondaryVocational, ContactRole.HigherEducation, ContactRole.ProvincialOffice]);

    /// <summary>Reads the notice's contacts; each answers for one role, and each role has one contact at most.</summary>
    private static IReadOnlyList<Contact> ReadContacts(JsonFields root)
    {
        var contacts = new List<Contact>();
        foreach (var item in root.Array("contacts", maxItems: 100) ?? [])
        {
            if (JsonFields.Of(item, root.File, root.Problems, "a contact") is not { } fields)
            {
                continue;
            }

            var office = fields.String("office", required: true);
            var people = fields.String("people", required: true);
            var phone = fields.String("phone", required: true);
            var role = fields.Enum("role", ContactRoles, required: true);
            fields.RejectUnknown();
            if (office is null || people is null || phone is null || role is null)
            {
                continue;
            }

            if (contacts.Any(c => c.Role == role))
            {
                root.Problems.Add(ProblemCodes.Duplicate, root.File, item["role"],
                    $"Two contacts answer for \"{item["role"]}\"; give each role one contact.", root.Subject);
                continue;
            }

            contacts.Add(new Contact(office, people, phone, role.Value));
        }

        return contacts;
    }

    /// <summary>Reads which of the Ministry's published batches of certificates count (SCOPE-01): whole numbers from 1, each once.</summary>
    private static IReadOnlyList<int>? ReadBatches(JsonFields root)
    {
        var items = root.Array("publishedBatches", required: true, maxItems: 100);
        if (items is null)
        {
            return null;
        }

        var batches = new List<int>();
        foreach (var item in items)
        {
            if (item.Type == Newtonsoft.Json.Linq.JTokenType.Integer && (long)item is >= 1 and <= 100 && !batches.Contains((int)item))
            {
                batches.Add((int)item);
            }
            else
            {
                root.Problems.Add(ProblemCodes.InvalidValue, root.File, item,
                    $"Each published batch is a whole number from 1 to 100, listed once; found {JsonFields.Describe(item)}.", root.Subject);
            }
        }

        if (batches.Count == 0 && items.Count == 0)
        {
            root.Problems.Add(ProblemCodes.InvalidValue, root.File, items,
                "\"publishedBatches\" lists no batch, so no certificate could pass SCOPE-01; list the batches that count, such as [1, 2, 3, 4].", root.Subject);
        }

        return batches.Count == items.Count ? batches : null;
    }

    /// <summary>Names the steps of a route as <c>routes</c> writes them.</summary>
    internal static readonly IReadOnlyDictionary<string, RouteStep> RouteSteps = new WireNames<RouteStep>(
        ["application", "cityReview", "provincialReview"],
        [RouteStep.Application, RouteStep.CityReview, RouteStep.ProvincialReview]);

    /// <summary>
    /// Reads the steps each kind of institution passes through (三.2): every kind has a route, since
    /// a kind with none would skip a review it owes.
    /// </summary>
    private static IReadOnlyList<InstitutionRoute>? ReadRoutes(JsonFields root)
    {
        if (root.Child("routes", required: true) is not { } fields)
        {
            return null;
        }

        var routes = new List<InstitutionRoute>();
        foreach (var (wire, kind) in Vocabularies.InstitutionKind.ByWire)
        {
            if (fields.Array(wire, required: true, maxItems: 10) is not { } items)
            {
                continue;
            }

            var steps = new List<RouteStep>();
            foreach (var item in items)
            {
                if (item.Type == JTokenType.String && RouteSteps.TryGetValue((string)item!, out var step))
                {
                    steps.Add(step);
                }
                else
                {
                    fields.Problems.Add(ProblemCodes.InvalidValue, fields.File, item,
                        $"A step of a route is one of {string.Join(", ", RouteSteps.Keys.Select(k => $"\"{k}\""))}; found {JsonFields.Describe(item)}.", fields.Subject);
                }
            }

            if (steps.Count != items.Count)
            {
                continue;
            }

            if (!InstitutionRoute.IsOrdered(steps))
            {
                fields.Problems.Add(ProblemCodes.InvalidValue, fields.File, items,
                    $"The route of \"{wire}\" is not in order. {InstitutionRoute.OrderRule}", fields.Subject);
                continue;
            }

            routes.Add(new InstitutionRoute(kind, steps));
        }

        fields.RejectUnknown();
        return routes.Count == Vocabularies.InstitutionKind.ByWire.Count ? routes : null;
    }

    /// <summary>Reads the edition's cities (SPEC "Places and people"); each is named once, and a missing list checks no city.</summary>
    private static IReadOnlyList<string> ReadCities(JsonFields root)
    {
        var cities = root.StringArray("cities", maxItems: 100) ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cities.Count; i++)
        {
            var city = cities[i];
            if (string.IsNullOrWhiteSpace(city) || city.Trim() != city || !seen.Add(city))
            {
                root.Problems.Add(ProblemCodes.InvalidValue, root.File, root.Object["cities"]?[i],
                    $"The city \"{city}\" is empty, padded with spaces or listed twice; list each city once, as documents write it.", root.Subject);
            }
        }

        return cities;
    }

    private static SeasonCalendar? ReadSeason(JsonFields? seasons, string name)
    {
        var season = seasons?.Child(name, required: true);
        if (season is null)
        {
            return null;
        }

        var application = ReadWindow(season, "application");
        var city = ReadWindow(season, "cityReview");
        var provincial = ReadWindow(season, "provincialReview");
        var deadlineFields = season.Child("summaryDeadline", required: true);
        var deadlineDate = deadlineFields?.Date("date", required: true, new LocalDate(Bounds.Year.Min, 1, 1), new LocalDate(Bounds.Year.Max, 12, 31));
        var inclusive = deadlineFields?.Bool("inclusive", required: true);
        deadlineFields?.RejectUnknown();
        season.RejectUnknown();
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

    private static DateWindow? ReadWindow(JsonFields season, string name)
    {
        var window = season.Child(name, required: true);
        var start = window?.Date("start", required: true);
        var end = window?.Date("end", required: true);
        window?.RejectUnknown();
        if (start is null || end is null)
        {
            return null;
        }

        try
        {
            return new DateWindow(start.Value, end.Value);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // The window keeps its own rule; reading only places the refusal.
            season.Problems.Add(ProblemCodes.InconsistentParameters, season.File, window!.Object, FirstLine(ex.Message));
            return null;
        }
    }

    /// <summary>Drops the parameter line the framework appends to an argument exception's message.</summary>
    private static string FirstLine(string message) => message.Split(" (Parameter", 2)[0];

    private static (string Mailbox, string Subject)? ReadMail(JsonFields? mail, string name)
    {
        var fields = mail?.Child(name, required: true);
        var mailbox = fields?.String("mailbox", required: true);
        var subject = fields?.String("subject", required: true);
        fields?.RejectUnknown();
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

    private static DateThreshold? ReadDateThreshold(JsonFields? thresholds, string name)
    {
        var fields = thresholds?.Child(name, required: true);
        var value = fields?.Date("value", required: true);
        var placeholder = fields?.Bool("placeholder", required: true);
        fields?.String("note");
        fields?.RejectUnknown();
        return value is null || placeholder is null ? null : new DateThreshold(value.Value, placeholder.Value);
    }

    private static IReadOnlyList<ClauseDefinition>? ReadClauses(JsonFields root)
    {
        var items = root.Array("clauses", required: true);
        if (items is null)
        {
            return null;
        }

        var clauses = new List<ClauseDefinition>();
        foreach (var item in items)
        {
            var fields = JsonFields.Of(item, root.File, root.Problems, "a clause");
            var id = fields?.String("id", required: true);
            var section = fields?.String("section", required: true);
            var title = ReadText(fields, "title");
            fields?.RejectUnknown();
            if (id is not null && section is not null && title is not null)
            {
                clauses.Add(new ClauseDefinition(id, section, title, Spans.Of(item, root.File)));
            }
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
            if (ReadText(facts, property.Name) is { } text)
            {
                labels[property.Name] = text;
            }
        }

        return labels;
    }

    /// <summary>Reads a <c>{"zh": ..., "en": ...}</c> pair; both languages are required.</summary>
    private static LocalizedText? ReadText(JsonFields? parent, string name)
    {
        var fields = parent?.Child(name, required: true);
        var zh = fields?.String("zh", required: true);
        var en = fields?.String("en", required: true);
        fields?.RejectUnknown();
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }
}
