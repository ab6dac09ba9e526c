using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>
/// Work in an expression stays proportional to its input: passes over collections and texts one
/// after another load; a pass inside a pass (a product of two input sizes) is refused when the
/// pack loads, in an expression or a message placeholder.
/// </summary>
public sealed class WorkBoundTests
{
    private const string Rule = "REQ-03-funding-budgeted";

    [Fact]
    public void LoadFromDirectory_CollectionScannedForEachOfItsItems_IsRefused()
    {
        using var pack = new TempRulePack();
        pack.SetExpression("workflows/monthly-reports.json", "REQ-04-monthly-report", "reported.All(m => reported.Contains(m))");

        var problem = pack.AssertRefused(ProblemCodes.ForbiddenMember, "REQ-04-monthly-report", "workflows/monthly-reports.json");

        Assert.Equal("$.Rules[0].Expression", problem.JsonPath);
        Assert.Contains("to the power 2: reported.Contains(), for every item of reported.All()", problem.Message);
        Assert.Contains("Sets.AllIn, Except or Intersect", problem.Message);
    }

    [Theory]
    [InlineData("institution.MajorsOffered.Any(m => m.Contains(\"软件\")) && application.AssessedMajors.All(m => m.Length > 0)")]
    [InlineData("!application.AssessedMajors.Except(institution.MajorsOffered).Any() && application.AssessedMajors.Intersect(institution.MajorsOffered).Count() == 2")]
    [InlineData("Sets.AllIn(application.AssessedMajors, institution.MajorsOffered) && !institution.Name.Contains(application.CertificateCode)")]
    [InlineData("application.AssessedMajors.All(m => m != institution.Name) && institution.MajorsOffered.Where(m => m.Length > 2).Count() == 4")]
    [InlineData("institution.MajorsOffered.Select(m => m.Trim()).Any(m => m.StartsWith(\"软件\", StringComparison.Ordinal))")]
    public void Evaluate_PassesOneAfterAnother_LoadsAndHolds(string expression)
    {
        using var pack = new TempRulePack();
        pack.SetExpression(TempRulePack.WorkflowFile, Rule, expression);

        var result = PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request());

        Assert.True(result.Outcome == Outcome.Accepted, string.Join("; ", result.Findings.Select(f => f.Message.En)));
    }

    [Fact]
    public void LoadFromDirectory_PassInsideAPassInAMessagePlaceholder_IsRefused()
    {
        using var pack = new TempRulePack();
        pack.SetEnglishMessage(Rule, "Offered: {application.AssessedMajors.Where(m => institution.MajorsOffered.Contains(m))}");

        var problem = pack.AssertRefused(ProblemCodes.ForbiddenMember, Rule);

        Assert.Equal("$.Rules[12].Properties.message", problem.JsonPath);
        Assert.Contains("to the power 2", problem.Message);
    }
}
