using Ahx1X.Rules.Results;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>
/// Hostile and broken rules: each is a one-rule change to a copy of
/// <c>rules/2024/workflows/application.json</c> and is refused when the pack loads, with a
/// problem naming the rule, or (a rule that fails at run time) never lets an application pass.
/// </summary>
public sealed class RulePackHostileRuleTests
{
    private const string Rule = "REQ-03-funding-budgeted";
    private const string WorkflowPath = "2024/workflows/application.json";

    [Theory]
    [InlineData("application.GetType().Assembly.FullName != null", ProblemCodes.ForbiddenMember, "Object.GetType()")]
    [InlineData("institution.FundingBudgeted.GetType().Assembly.Location != \"\"", ProblemCodes.ForbiddenMember, "Object.GetType()")]
    [InlineData("DateTime.Now.Year == 2024", ProblemCodes.ForbiddenMember, "DateTime.Now")]
    [InlineData("DateTime.UtcNow > DateTime.MinValue", ProblemCodes.ForbiddenMember, "DateTime.UtcNow")]
    [InlineData("Guid.NewGuid() != Guid.Empty", ProblemCodes.ForbiddenMember, "Guid.NewGuid()")]
    [InlineData("Enumerable.Range(0, 1000000000).Count() > 0", ProblemCodes.ForbiddenMember, "Enumerable.Range()")]
    [InlineData("Enumerable.Repeat(\"x\", 1000000000).Count() > 0", ProblemCodes.ForbiddenMember, "Enumerable.Repeat()")]
    [InlineData("application.CertificateCode.PadLeft(1000000000).Length > 0", ProblemCodes.ForbiddenMember, "String.PadLeft()")]
    [InlineData("institution.MajorsOffered.Select(m => m.PadRight(100000000)).Any()", ProblemCodes.ForbiddenMember, "String.PadRight()")]
    [InlineData("institution.Name.Replace(\"学\", \"学学学学学学学学\").Length > 0", ProblemCodes.ForbiddenMember, "String.Replace()")]
    [InlineData("institution.Name.GetHashCode() != 0", ProblemCodes.ForbiddenMember, "Object.GetHashCode()")]
    [InlineData("institution.ToString() != \"\"", ProblemCodes.ForbiddenMember, "Object.ToString()")]
    [InlineData("Math.Pow(2, 1000) > 0", ProblemCodes.ForbiddenMember, "Math.Pow()")]
    [InlineData("institution.MajorsOffered.OrderBy(m => m).Any()", ProblemCodes.ForbiddenMember, "Enumerable.OrderBy()")]
    [InlineData("institution.MajorsOffered.Concat(institution.MajorsOffered).Count() > 0", ProblemCodes.ForbiddenMember, "Enumerable.Concat()")]
    [InlineData("application.AssessedMajors.ToList().Remove(\"软件技术\")", ProblemCodes.ExpressionSyntax, "'Remove'")]
    [InlineData("institution.MajorsOffered.ToList().Add(\"x\") == null", ProblemCodes.ExpressionSyntax, "'Add'")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")", ProblemCodes.ExpressionSyntax, "Unknown identifier 'System'")]
    [InlineData("File.Exists(\"x\")", ProblemCodes.ExpressionSyntax, "Unknown identifier 'File'")]
    [InlineData("Environment.Exit(1) == null", ProblemCodes.ExpressionSyntax, "Unknown identifier 'Environment'")]
    [InlineData("Type.GetType(\"System.IO.File\") != null", ProblemCodes.ExpressionSyntax, "Unknown identifier 'Type'")]
    [InlineData("Activator.CreateInstance(\"mscorlib\", \"System.Object\") != null", ProblemCodes.ExpressionSyntax, "Unknown identifier 'Activator'")]
    [InlineData("typeof(string).Name != \"\"", ProblemCodes.ExpressionSyntax, "Unknown identifier 'typeof'")]
    [InlineData("new DateTime(2024, 1, 1).Year == 2024", ProblemCodes.ExpressionSyntax, "does not parse")]
    [InlineData("new Ahx1X.Rules.Model.Institution() != null", ProblemCodes.ExpressionSyntax, "not found")]
    [InlineData("application.SubmittedAt.Instant.Value.ToDateTimeUtc() > DateTime.MinValue", ProblemCodes.ExpressionSyntax, "not accessible")]
    [InlineData("application.Candidates", ProblemCodes.ExpressionSyntax, "Expression of type 'Boolean' expected")]
    [InlineData("institution.Name", ProblemCodes.ExpressionSyntax, "Expression of type 'Boolean' expected")]
    [InlineData("institution.FundingBudgeted == true &&", ProblemCodes.ExpressionSyntax, "does not parse")]
    [InlineData("institution.Name == '\\'", ProblemCodes.ExpressionSyntax, "does not parse (IndexOutOfRangeException")]
    [InlineData("institution.FundingBudgeted == \"yes\"", ProblemCodes.ExpressionSyntax, "yes is not a valid value for Boolean")]
    [InlineData("institution.Name.All(c => !institution.Name.Contains(\"zz\"))", ProblemCodes.ForbiddenMember, "Enumerable.All() goes through a text character by character")]
    [InlineData("institution.Name.Count() > 2", ProblemCodes.ForbiddenMember, "Enumerable.Count() goes through a text character by character")]
    [InlineData("string.Concat(institution.Name.Select(c => institution.Name)) != \"\"", ProblemCodes.ForbiddenMember, "string.Concat() of a sequence")]
    [InlineData("string.Concat(institution.MajorsOffered.Where(m => m != \"\")) != \"\"", ProblemCodes.ForbiddenMember, "string.Concat() of a sequence")]
    [InlineData("string.Concat(application) != \"\"", ProblemCodes.ForbiddenMember, "type Application into text calls its ToString()")]
    [InlineData("\"\" + application != \"\"", ProblemCodes.ForbiddenMember, "type Application into text calls its ToString()")]
    [InlineData("institution.Name + application.Candidates != \"\"", ProblemCodes.ForbiddenMember, "type Nullable<Int32> into text calls its ToString()")]
    [InlineData("string.Concat(certificate.CompletionRate) != \"0.9\"", ProblemCodes.ForbiddenMember, "into text calls its ToString()")]
    [InlineData("application.AssessedMajors.All(m => institution.MajorsOffered.Contains(m))", ProblemCodes.ForbiddenMember, "to the power 2: institution.MajorsOffered.Contains(), for every item of application.AssessedMajors.All()")]
    [InlineData("application.AssessedMajors.Select(m => institution.Name).Any(x => x.Contains(\"zz\"))", ProblemCodes.ForbiddenMember, "to the power 2")]
    [InlineData("application.AssessedMajors.Any(m => institution.MajorsOffered.Except(application.AssessedMajors).Any())", ProblemCodes.ForbiddenMember, "to the power 2")]
    public void LoadFromDirectory_HostileOrBrokenExpression_IsRefusedNamingTheRule(string expression, string code, string says)
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, expression);

        var problem = AssertRefused(pack, code);

        Assert.Equal("$.Rules[12].Expression", problem.JsonPath);
        Assert.Contains(says, problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_HugeStringLiteral_IsRefusedForItsLength()
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, "institution.Name != \"" + new string('字', 2001) + "\"");

        var problem = AssertRefused(pack, ProblemCodes.InvalidValue);

        Assert.Equal("$.Rules[12].Expression", problem.JsonPath);
        Assert.Contains("2023 characters long; at most 2000", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_DuplicateRuleName_IsRefusedNamingTheRule()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, Rule)["RuleName"] = "SCALE-01-minimum-candidates");

        var problem = AssertRefused(pack, ProblemCodes.Duplicate, "SCALE-01-minimum-candidates");

        Assert.Equal("$.Rules[12].RuleName", problem.JsonPath);
        Assert.Contains("already used", problem.Message);
    }

    [Theory]
    [InlineData("and")]
    [InlineData("And")]
    [InlineData("or")]
    public void LoadFromDirectory_NestedRulesWithOperator_AreRefusedAsUnsupported(string op)
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w =>
        {
            var rule = TempRulePack.Rule(w, Rule);
            rule["Operator"] = op;
            rule["Rules"] = new JArray(
                new JObject { ["RuleName"] = "funded", ["Expression"] = "institution.FundingBudgeted == true" },
                new JObject { ["RuleName"] = "planned", ["Expression"] = "institution.StandardsInTrainingPlan == true" });
        });

        var ex = Assert.Throws<RulePackException>(() => PolicyEngine.LoadFromDirectory(pack.Root));

        Assert.Equal(["$.Rules[12].Operator", "$.Rules[12].Rules"], ex.Problems.Select(p => p.JsonPath).Order(StringComparer.Ordinal));
        Assert.All(ex.Problems, p =>
        {
            Assert.Equal(ProblemCodes.UnsupportedFeature, p.Code);
            Assert.Equal(Rule, p.Subject);
            Assert.True(p.Line > 0);
            Assert.Contains("Write one expression joined with && or ||", p.Message);
        });
    }

    [Theory]
    [InlineData("Actions", """{ "OnSuccess": { "Name": "EvaluateRule", "Context": { "workflowName": "Application", "ruleName": "SCALE-01-minimum-candidates" } } }""")]
    [InlineData("LocalParams", """[ { "Name": "now", "Expression": "DateTime.Now" } ]""")]
    [InlineData("WorkflowsToInject", """[ "Application" ]""")]
    public void LoadFromDirectory_UnsupportedRulesEngineFeature_IsRefusedNamingTheRule(string member, string json)
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, Rule)[member] = JToken.Parse(json));

        var problem = AssertRefused(pack, ProblemCodes.UnsupportedFeature);

        Assert.Equal($"$.Rules[12].{member}", problem.JsonPath);
    }

    [Theory]
    [InlineData("Expression", "42", "must be a string")]
    [InlineData("Expression", "\"\"", "non-empty string")]
    [InlineData("Enabled", "\"false\"", "true or false")]
    [InlineData("RuleExpressionType", "\"lambdaexpression\"", "LambdaExpression")]
    public void LoadFromDirectory_MemberOfTheWrongType_IsRefusedNamingTheRule(string member, string json, string says)
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, Rule)[member] = JToken.Parse(json));

        var problem = AssertRefused(pack, ProblemCodes.InvalidValue);

        Assert.Equal($"$.Rules[12].{member}", problem.JsonPath);
        Assert.Contains(says, problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_FiveHundredAndOneRules_IsRefusedForTheWorkflow()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w =>
        {
            var rules = (JArray)w["Rules"]!;
            var template = TempRulePack.Rule(w, Rule);
            for (var i = rules.Count; i < 501; i++)
            {
                var copy = (JObject)template.DeepClone();
                copy["RuleName"] = $"{Rule}-{i}";
                rules.Add(copy);
            }
        });

        var ex = Assert.Throws<RulePackException>(() => PolicyEngine.LoadFromDirectory(pack.Root));

        var problem = Assert.Single(ex.Problems, p => p.Code == ProblemCodes.InvalidValue);
        Assert.Equal("$.Rules", problem.JsonPath);
        Assert.EndsWith("/" + WorkflowPath, problem.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.True(problem.Line > 0);
        Assert.Contains("501 items; at most 500", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_FiveHundredRules_Loads()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w =>
        {
            var rules = (JArray)w["Rules"]!;
            var template = TempRulePack.Rule(w, Rule);
            for (var i = rules.Count; i < 500; i++)
            {
                var copy = (JObject)template.DeepClone();
                copy["RuleName"] = $"{Rule}-{i}";
                rules.Add(copy);
            }
        });

        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        Assert.Equal(500, engine.Pack.For(2024).Rules.Count(r => r.Workflow == "Application"));
        Assert.Equal(Outcome.Accepted, engine.Evaluate(TestData.Request()).Outcome);
    }

    [Fact]
    public void LoadFromDirectory_DeeplyNestedMessagePlaceholder_IsRefusedNotAStackOverflow()
    {
        using var pack = new TempRulePack();
        var nested = new string('(', 3000) + "institution.Name" + new string(')', 3000);
        SetMessage(pack, Rule, "Funding of {" + nested + "} is not in the budget");

        var problem = AssertRefused(pack, ProblemCodes.InvalidValue);

        Assert.Equal("$.Rules[12].Properties.message", problem.JsonPath);
        Assert.Contains("6016 characters", problem.Message);
        Assert.Contains("at most 2000", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_LongButShallowMessagePlaceholder_Loads()
    {
        using var pack = new TempRulePack();
        var placeholder = "institution.Name + \"" + new string('a', 1970) + "\"";
        Assert.True(placeholder.Length <= 2000);
        SetMessage(pack, Rule, "Funding of {" + placeholder + "} is not in the budget");

        var loaded = PolicyEngine.LoadFromDirectory(pack.Root);

        Assert.Contains(loaded.Pack.For(2024).Rules, r => r.Name == Rule);
    }

    [Fact]
    public void LoadFromDirectory_ForbiddenCallInMessagePlaceholder_IsRefusedNamingTheRule()
    {
        using var pack = new TempRulePack();
        SetMessage(pack, Rule, "Checked at {DateTime.Now}");

        var problem = AssertRefused(pack, ProblemCodes.ForbiddenMember);

        Assert.Contains("DateTime.Now", problem.Message);
    }

    [Theory]
    [InlineData(Rule, FindingSeverity.Warning)]
    [InlineData("SCALE-01-minimum-candidates", FindingSeverity.Error)]
    public void Evaluate_RuleThatDividesByZeroAtRunTime_LoadsAndIsIndeterminateWithRuleFailed(string rule, FindingSeverity severity)
    {
        using var pack = new TempRulePack();
        pack.SetExpression(rule, "application.CertificateCode.Length / (institution.Name.Length - institution.Name.Length) > 0");
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        var result = engine.Evaluate(TestData.Request());

        Assert.Equal(Outcome.Indeterminate, result.Outcome);
        Assert.False(result.IsAccepted);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.RuleFailed, rule, severity), (finding.Kind, finding.RuleName, finding.Severity));
        Assert.Contains(rule, finding.Message.En);
        Assert.Contains(rule, finding.Message.Zh);
        Assert.Contains(new DivideByZeroException().Message, finding.Message.En);
    }

    [Fact]
    public void Evaluate_RuleThatDividesByZeroAlongsideAnErrorClause_Rejects()
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, "1 / (institution.Name.Length - institution.Name.Length) > 0");
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        var result = engine.Evaluate(TestData.Request(a => a with { JustificationPresent = false }));

        Assert.Equal(Outcome.Rejected, result.Outcome);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.RuleFailed && f.RuleName == Rule);
    }

    [Theory]
    [InlineData("institution.MajorsOffered.All(a => institution.MajorsOffered.All(b => institution.MajorsOffered.All(c => a.Length + b.Length + c.Length >= 0)))")]
    [InlineData("institution.MajorsOffered.Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Select(a => a + a + a + a).Any(a => a.Length > 0)")]
    public void LoadFromDirectory_ExpressionWhoseCostGrowsWithoutBound_IsRefused(string expression)
    {
        using var pack = new TempRulePack();
        pack.SetExpression(Rule, expression);

        AssertRefused(pack, ProblemCodes.ForbiddenMember);
    }

    private static void SetMessage(TempRulePack pack, string rule, string english) =>
        pack.EditWorkflow(w => TempRulePack.Rule(w, rule)["Properties"]!["message"]!["en"] = english);

    /// <summary>Loads the pack, expects it refused, and returns the one problem with <paramref name="code"/>, which must name the rule.</summary>
    private static Problem AssertRefused(TempRulePack pack, string code, string rule = Rule)
    {
        var ex = Assert.Throws<RulePackException>(() => PolicyEngine.LoadFromDirectory(pack.Root));
        var problem = Assert.Single(ex.Problems, p => p.Code == code);
        Assert.Equal(rule, problem.Subject);
        Assert.EndsWith("/" + WorkflowPath, problem.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.True(problem.Line > 0, problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        return problem;
    }
}
