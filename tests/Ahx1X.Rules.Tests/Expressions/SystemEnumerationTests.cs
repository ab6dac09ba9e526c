using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Steps;
using RulesEngine.Models;

namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>
/// Of the core library's enumerations, rules may name the two the allow-list permits, which mean
/// what they mean to RulesEngine; any other is refused when the pack loads, as a name the
/// expression's parser does not know, where it is written.
/// </summary>
public sealed class SystemEnumerationTests
{
    private const string Rule = "REQ-03-funding-budgeted";

    [Theory]
    [InlineData("institution.Name.StartsWith(\"Hefei\", StringComparison.Ordinal)")]
    [InlineData("DayOfWeek.Monday != DayOfWeek.Sunday")]
    public async Task Evaluate_AnAllowedSystemEnumeration_MeansWhatItMeansToRulesEngine(string expression)
    {
        using var pack = new TempRulePack();
        pack.SetExpression(TempRulePack.WorkflowFile, Rule, expression);
        var engine = PolicyEngine.LoadFromDirectory(pack.Root);
        var request = TestData.Request(institution: i => i with { Name = "Hefei Vocational College" });
        var rulesEngine = new global::RulesEngine.RulesEngine(
            [new Workflow { WorkflowName = "One", Rules = [new Rule { RuleName = Rule, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression }] }],
            ExpressionCompiler<ApplicationScope>.Settings());

        var result = engine.Evaluate(request);
        var theirs = await rulesEngine.ExecuteAllRulesAsync("One", ScopeShape<ApplicationScope>.Instance.ToRuleParameters(engine.ScopeFor(request, engine.Pack.For(2024))));

        Assert.Equal(Outcome.Accepted, result.Outcome);
        Assert.True(Assert.Single(theirs).IsSuccess, theirs[0].ExceptionMessage);
    }

    [Theory]
    [InlineData("Math.Round(certificate.CompletionRate, MidpointRounding.ToEven) >= 0")]
    [InlineData("ConsoleColor.Red != ConsoleColor.Blue")]
    [InlineData("System.TypeCode.Int32 != System.TypeCode.Empty")]
    public void LoadFromDirectory_AnyOtherEnumerationOfTheCoreLibrary_IsRefusedAsAnUnknownNameWhereItIsWritten(string expression)
    {
        using var pack = new TempRulePack();
        pack.SetExpression(TempRulePack.WorkflowFile, Rule, expression);

        var ex = Assert.Throws<RulePackException>(() => PolicyEngine.LoadFromDirectory(pack.Root));

        var problem = Assert.Single(ex.Problems, p => p.Subject == Rule);
        Assert.Equal(ProblemCodes.ExpressionSyntax, problem.Code);
        Assert.Contains("Unknown identifier", problem.Message, StringComparison.Ordinal);
        Assert.Equal("$.Rules[12].Expression", problem.JsonPath);
        Assert.True(problem.Line > 0, problem.ToString());
    }
}
