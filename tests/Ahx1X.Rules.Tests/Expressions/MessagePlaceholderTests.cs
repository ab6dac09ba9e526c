namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>
/// A message placeholder is held to the same checks as an expression: one the parser cannot
/// read, or one that would show an object through its ToString(), is refused when the pack
/// loads with a problem at the rule's message.
/// </summary>
public sealed class MessagePlaceholderTests
{
    private const string Rule = "REQ-03-funding-budgeted";

    [Theory]
    [InlineData("{institution.Name == '\\'}", ProblemCodes.ExpressionSyntax, "does not parse (IndexOutOfRangeException")]
    [InlineData("{institution.FundingBudgeted == \"yes\"}", ProblemCodes.ExpressionSyntax, "yes is not a valid value for Boolean")]
    [InlineData("{string.Concat(edition)}", ProblemCodes.ForbiddenMember, "type EditionParameters into text calls its ToString()")]
    [InlineData("{\"\" + application.Candidates}", ProblemCodes.ForbiddenMember, "into text calls its ToString()")]
    [InlineData("{institution}", ProblemCodes.ForbiddenMember, "shows a whole Institution")]
    [InlineData("{application.SubmittedAt}", ProblemCodes.ForbiddenMember, "shows a whole Moment")]
    [InlineData("{institution.Name.ToUpper()}", ProblemCodes.ForbiddenMember, "String.ToUpper() follows the current culture")]
    public void LoadFromDirectory_BadPlaceholder_IsRefusedAtTheMessage(string placeholder, string code, string says)
    {
        using var pack = new TempRulePack();
        pack.SetEnglishMessage(Rule, "Funding: " + placeholder);

        var problem = pack.AssertRefused(code, Rule);

        Assert.Equal("$.Rules[12].Properties.message", problem.JsonPath);
        Assert.Contains(says, problem.Message);
    }

    [Theory]
    [InlineData("{institution.Name} {institution.Kind} {institution.RegisteredOn} {institution.MajorsOffered} {application.Candidates} {application.SubmittedAt.Date}")]
    [InlineData("{institution.Name + \" (\" + application.CertificateCode + \")\"}")]
    public void LoadFromDirectory_PlaceholdersOfValues_Load(string message)
    {
        using var pack = new TempRulePack();
        pack.SetEnglishMessage(Rule, message);

        var engine = PolicyEngine.LoadFromDirectory(pack.Root);

        Assert.Contains(engine.Pack.For(2024).Rules, r => r.Name == Rule);
    }
}
