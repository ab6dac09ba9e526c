using Ahx1X.Rules.Packs;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>
/// Every way a rule pack can be broken is refused at load, with a stable code, the file, the
/// line and the rule; several problems come back together in one exception.
/// </summary>
public sealed class RulePackLoadTests
{
    private const string WorkflowPath = "2024/workflows/application.json";
    private const string EditionPath = "2024/edition.json";

    [Fact]
    public void LoadFromDirectory_UnchangedCopy_Loads()
    {
        using var pack = new TempRulePack();

        var loaded = RulePack.LoadFromDirectory(pack.Root);

        Assert.Equal([2024], loaded.Editions.Select(e => e.Year));
        Assert.Equal(15, loaded.For(2024).Rules.Count(r => r.Workflow == "Application"));
    }

    [Fact]
    public void LoadFromDirectory_EditionFolderItself_Loads()
    {
        using var pack = new TempRulePack();

        var loaded = RulePack.LoadFromDirectory(pack.Edition);

        Assert.Equal(2024, Assert.Single(loaded.Editions).Year);
    }

    [Fact]
    public void LoadFromDirectory_MissingFolder_ThrowsWithSyntaxProblem()
    {
        var ex = Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(Path.Combine(Path.GetTempPath(), "ahx1x-no-such-" + Guid.NewGuid().ToString("N"))));

        Assert.Equal(ProblemCodes.Syntax, Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void LoadFromDirectory_BrokenExpressionSyntax_ReportsExpressionSyntaxNamingTheRule()
    {
        using var pack = new TempRulePack();
        pack.SetExpression("SCALE-01-minimum-candidates", "application.Candidates >= (certificate.MinimumCandidates");

        var problem = AssertSingleProblem(pack, ProblemCodes.ExpressionSyntax, "SCALE-01-minimum-candidates");

        Assert.EndsWith("/" + WorkflowPath, problem.File, StringComparison.Ordinal);
        Assert.Equal("$.Rules[1].Expression", problem.JsonPath);
        Assert.Contains("does not parse", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_UnknownMemberInExpression_ReportsExpressionSyntax()
    {
        using var pack = new TempRulePack();
        pack.SetExpression("SCALE-01-minimum-candidates", "application.Candidatez >= certificate.MinimumCandidates");

        var problem = AssertSingleProblem(pack, ProblemCodes.ExpressionSyntax, "SCALE-01-minimum-candidates");

        Assert.Contains("Candidatez", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_DuplicateRuleName_ReportsDuplicateNamingTheRule()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, "SCALE-02-form")["RuleName"] = "SCALE-02-justification");

        var problem = AssertSingleProblem(pack, ProblemCodes.Duplicate, "SCALE-02-justification");

        Assert.EndsWith("/" + WorkflowPath, problem.File, StringComparison.Ordinal);
        Assert.Contains("already used", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_MisspelledExpressionMember_ReportsUnknownMemberWithHint()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w =>
        {
            var property = TempRulePack.Rule(w, "REQ-01-standards-in-plan").Property("Expression")!;
            property.Replace(new JProperty("Expresion", property.Value));
        });

        var ex = Load(pack);

        var problem = Assert.Single(ex.Problems, p => p.Code == ProblemCodes.UnknownMember);
        Assert.Equal("REQ-01-standards-in-plan", problem.Subject);
        Assert.EndsWith("/" + WorkflowPath, problem.File, StringComparison.Ordinal);
        Assert.True(problem.Line > 0);
        Assert.Contains("Did you mean \"Expression\"?", problem.Message);
        Assert.All(ex.Problems, p => Assert.Equal("REQ-01-standards-in-plan", p.Subject));
    }

    [Theory]
    [InlineData("application.GetType().Assembly.FullName != null")]
    [InlineData("DateTime.Now.Year == 2024")]
    [InlineData("Guid.NewGuid() != Guid.Empty")]
    [InlineData("Enumerable.Range(0, 1000000).Count() > 0")]
    [InlineData("application.CertificateCode.PadLeft(100000000).Length > 0")]
    public void LoadFromDirectory_ForbiddenCall_ReportsForbiddenMember(string expression)
    {
        using var pack = new TempRulePack();
        pack.SetExpression("REQ-03-funding-budgeted", expression);

        var problem = AssertSingleProblem(pack, ProblemCodes.ForbiddenMember, "REQ-03-funding-budgeted");

        Assert.EndsWith("/" + WorkflowPath, problem.File, StringComparison.Ordinal);
        Assert.Contains("may not use", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_NestedGrowingReplace_ReportsForbiddenMember()
    {
        var expression = "application.CertificateCode"
            + string.Concat(Enumerable.Repeat(".Replace(\"B\", \"BBBBBBBBBB\")", 9))
            + ".Length > 0";
        using var pack = new TempRulePack();
        pack.SetExpression("REQ-03-funding-budgeted", expression);

        // Only loads the pack: evaluating the expression would allocate gigabytes.
        AssertSingleProblem(pack, ProblemCodes.ForbiddenMember, "REQ-03-funding-budgeted");
    }

    [Fact]
    public void LoadFromDirectory_NonBooleanExpression_ReportsExpressionSyntax()
    {
        using var pack = new TempRulePack();
        pack.SetExpression("SCALE-01-minimum-candidates", "application.Candidates + 1");

        AssertSingleProblem(pack, ProblemCodes.ExpressionSyntax, "SCALE-01-minimum-candidates");
    }

    [Fact]
    public void LoadFromDirectory_BadMessagePlaceholder_ReportsExpressionSyntaxNamingTheRule()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, "SCALE-01-minimum-candidates")["Properties"]!["message"]!["zh"] = "申报人数 {application.Candidatez} 人");

        var problem = AssertSingleProblem(pack, ProblemCodes.ExpressionSyntax, "SCALE-01-minimum-candidates");

        Assert.Contains("placeholder", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_WindowEndsBeforeItStarts_ReportsInconsistentParameters()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.EditionFile,
            "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-02\" }",
            "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-03-01\" }");

        var ex = Load(pack);

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(ProblemCodes.InconsistentParameters, problem.Code);
        Assert.EndsWith("/" + EditionPath, problem.File, StringComparison.Ordinal);
        Assert.Equal("$.seasons.spring.application", problem.JsonPath);
        Assert.True(problem.Line > 0);
        Assert.Contains("2024-03-01", problem.Message);
    }

    [Fact]
    public void LoadFromDirectory_UnknownClauseId_ReportsUnknownClauseNamingTheRule()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, "REQ-01-standards-in-plan")["Properties"]!["clause"] = "REQ-99");

        var ex = Load(pack);

        // The rule names a clause the edition lacks, and REQ-01 is left with no rule: both are refused.
        Assert.Equal(2, ex.Problems.Count);
        var problem = Assert.Single(ex.Problems, p => p.Subject == "REQ-01-standards-in-plan");
        Assert.Equal(ProblemCodes.UnknownClause, problem.Code);
        Assert.Contains("REQ-99", problem.Message);
        Assert.EndsWith(".clause", problem.JsonPath);
        var orphan = Assert.Single(ex.Problems, p => p.Subject == "REQ-01");
        Assert.Equal(ProblemCodes.UnknownClause, orphan.Code);
    }

    [Fact]
    public void LoadFromDirectory_CitationNotInNotice_ReportsCitationNotFoundNamingTheRule()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, "SCALE-05-majors-offered")["Properties"]!["citation"] = "各校可以随意申报任何证书");

        var problem = AssertSingleProblem(pack, ProblemCodes.CitationNotFound, "SCALE-05-majors-offered");

        Assert.EndsWith(".citation", problem.JsonPath);
    }

    [Fact]
    public void LoadFromDirectory_SeveralRuleProblems_ReportsAllInOneException()
    {
        using var pack = new TempRulePack();
        BreakFourRules(pack);

        var ex = Load(pack);

        AssertFourRuleProblems(ex);
        Assert.Equal(4, ex.Problems.Count);
        Assert.All(ex.Problems, p => Assert.EndsWith("/" + WorkflowPath, p.File, StringComparison.Ordinal));
        Assert.All(ex.Problems, p => Assert.True(p.Line > 0, p.ToString()));
        Assert.Contains("4 problems", ex.Message);
        Assert.All(ex.Problems, p => Assert.Contains(p.ToString(), ex.Message));
    }

    [Fact]
    public void LoadFromDirectory_SeveralProblemsInEditionAndWorkflowFiles_ReportsEditionAndMalformedRuleProblemsTogether()
    {
        using var pack = new TempRulePack();
        pack.EditWorkflow(w => TempRulePack.Rule(w, "REQ-02-office-meeting")["Severity"] = "error");
        pack.Replace(TempRulePack.EditionFile,
            "\"application\": { \"start\": \"2024-09-15\", \"end\": \"2024-09-25\" }",
            "\"application\": { \"start\": \"2024-09-25\", \"end\": \"2024-09-15\" }");

        var ex = Load(pack);

        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.InconsistentParameters && p.File.EndsWith("/" + EditionPath, StringComparison.Ordinal) && p.Line > 0);
        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.UnknownMember && p.Subject == "REQ-02-office-meeting" && p.Line > 0);
    }

    [Fact]
    public void LoadFromDirectory_SeveralProblemsInEditionAndExpressions_ReportsAllInOneException()
    {
        using var pack = new TempRulePack();
        BreakFourRules(pack);
        pack.Replace(TempRulePack.EditionFile,
            "\"application\": { \"start\": \"2024-09-15\", \"end\": \"2024-09-25\" }",
            "\"application\": { \"start\": \"2024-09-25\", \"end\": \"2024-09-15\" }");

        var ex = Load(pack);

        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.InconsistentParameters && p.File.EndsWith("/" + EditionPath, StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.ExpressionSyntax && p.Subject == "SCALE-01-minimum-candidates");
        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.ForbiddenMember && p.Subject == "REQ-03-funding-budgeted");
    }

    [Fact]
    public void LoadFromDirectory_MalformedJson_ReportsSyntaxWithLine()
    {
        using var pack = new TempRulePack();
        pack.Replace(TempRulePack.WorkflowFile, "\"WorkflowName\": \"Application\",", "\"WorkflowName\": \"Application\"");

        var ex = Load(pack);

        var problem = Assert.Single(ex.Problems, p => p.Code == ProblemCodes.Syntax);
        Assert.EndsWith("/" + WorkflowPath, problem.File, StringComparison.Ordinal);
        Assert.True(problem.Line > 0);
    }

    private static void BreakFourRules(TempRulePack pack) => pack.EditWorkflow(w =>
    {
        TempRulePack.Rule(w, "SCALE-01-minimum-candidates")["Expression"] = "application.Candidates >= (";
        TempRulePack.Rule(w, "REQ-03-funding-budgeted")["Expression"] = "DateTime.Now.Year == 2024";
        // SCALE-02 keeps two other rules, so the edition's clauses all stay implemented.
        TempRulePack.Rule(w, "SCALE-02-form")["Properties"]!["clause"] = "REQ-99";
        TempRulePack.Rule(w, "SCALE-05-majors-offered")["Properties"]!["citation"] = "各校可以随意申报任何证书";
    });

    private static void AssertFourRuleProblems(RulePackException ex)
    {
        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.ExpressionSyntax && p.Subject == "SCALE-01-minimum-candidates");
        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.ForbiddenMember && p.Subject == "REQ-03-funding-budgeted");
        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.UnknownClause && p.Subject == "SCALE-02-form");
        Assert.Contains(ex.Problems, p => p.Code == ProblemCodes.CitationNotFound && p.Subject == "SCALE-05-majors-offered");
    }

    private static RulePackException Load(TempRulePack pack) =>
        Assert.Throws<RulePackException>(() => RulePack.LoadFromDirectory(pack.Root));

    /// <summary>Loads the pack, expects exactly one problem and checks its code, rule, file and line.</summary>
    private static Problem AssertSingleProblem(TempRulePack pack, string code, string rule)
    {
        var ex = Load(pack);
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(rule, problem.Subject);
        Assert.EndsWith("/" + WorkflowPath, problem.File, StringComparison.Ordinal);
        Assert.True(problem.Line > 0, problem.ToString());
        Assert.True(problem.Column > 0, problem.ToString());
        Assert.Contains(rule, ex.Message);
        return problem;
    }
}
