using System.Globalization;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>
/// A pack judges the same under every culture: the string operations that follow the current
/// culture are refused when the pack loads, and their ordinal forms give the same verdict under
/// tr-TR (where "i".ToUpper() is "İ"), de-DE and the invariant culture.
/// </summary>
public sealed class TextCultureTests
{
    private const string Rule = "REQ-03-funding-budgeted";
    private const string TurkishName = "istanbul bilişim";

    [Theory]
    [InlineData("institution.Name.ToUpper() == \"ISTANBUL BILIŞIM\"", "String.ToUpper() follows the current culture")]
    [InlineData("institution.Name.ToLower() == \"istanbul bilişim\"", "String.ToLower() follows the current culture")]
    [InlineData("institution.Name.StartsWith(\"ist\")", "String.StartsWith(text) compares by the current culture")]
    [InlineData("institution.Name.EndsWith(\"şim\")", "String.EndsWith(text) compares by the current culture")]
    [InlineData("institution.Name.IndexOf(\"bili\") == 9", "String.IndexOf(text) compares by the current culture")]
    [InlineData("string.Compare(institution.Name, \"Istanbul\") > 0", "String.Compare() (and < or > between texts)")]
    [InlineData("institution.Name > \"Istanbul\"", "String.Compare() (and < or > between texts)")]
    [InlineData("institution.Name.StartsWith(\"IST\", StringComparison.CurrentCultureIgnoreCase)", "other than StringComparison.Ordinal")]
    [InlineData("institution.Name.Equals(\"ISTANBUL BILIŞIM\", StringComparison.InvariantCultureIgnoreCase)", "other than StringComparison.Ordinal")]
    [InlineData("application.AssessedMajors.Min() != \"\"", "Enumerable.Min() of texts orders them by the current culture")]
    [InlineData("string.Concat(certificate.CompletionRate) == \"0,9\"", "calls its ToString(), which may follow the current culture")]
    public void LoadFromDirectory_UnderTurkishCulture_CultureDependentTextOperationIsRefused(string expression, string says)
    {
        using var culture = new CurrentCulture("tr-TR");
        using var pack = new TempRulePack();
        pack.SetExpression(TempRulePack.WorkflowFile, Rule, expression);

        var problem = pack.AssertRefused(ProblemCodes.ForbiddenMember, Rule);

        Assert.Equal("$.Rules[12].Expression", problem.JsonPath);
        Assert.Contains(says, problem.Message);
    }

    [Theory]
    [CombinatorialCultures("institution.Name.ToUpperInvariant() == \"ISTANBUL BILIŞIM\"")]
    [CombinatorialCultures("institution.Name.ToLowerInvariant() == \"istanbul bilişim\"")]
    [CombinatorialCultures("institution.Name.StartsWith(\"IST\", StringComparison.OrdinalIgnoreCase)")]
    [CombinatorialCultures("!institution.Name.StartsWith(\"İST\", StringComparison.OrdinalIgnoreCase)")]
    [CombinatorialCultures("institution.Name.EndsWith(\"şim\", StringComparison.Ordinal)")]
    [CombinatorialCultures("institution.Name.IndexOf(\"bili\", StringComparison.Ordinal) == 9")]
    [CombinatorialCultures("institution.Name.Equals(\"ISTANBUL BILIŞIM\", StringComparison.OrdinalIgnoreCase)")]
    [CombinatorialCultures("string.CompareOrdinal(institution.Name, \"Istanbul\") > 0")]
    [CombinatorialCultures("institution.Name.Contains('ş') && institution.Name + \"!\" == \"istanbul bilişim!\"")]
    public void Evaluate_OrdinalTextOperation_JudgesTheSameUnderEveryCulture(string expression, string cultureName)
    {
        using var culture = new CurrentCulture(cultureName);
        using var pack = new TempRulePack();
        pack.SetExpression(TempRulePack.WorkflowFile, Rule, expression);

        var result = PolicyEngine.LoadFromDirectory(pack.Root).Evaluate(TestData.Request(institution: i => i with { Name = TurkishName }));

        Assert.True(result.Outcome == Outcome.Accepted, string.Join("; ", result.Findings.Select(f => f.Message.En)));
    }

    [Fact]
    public void CurrentCulture_TurkishCulture_ChangesCultureDependentResults()
    {
        // Without this the tests above would prove nothing: the machine must have the culture's data.
        using var culture = new CurrentCulture("tr-TR");

        Assert.NotEqual(TurkishName.ToUpperInvariant(), TurkishName.ToUpper(CultureInfo.CurrentCulture));
    }

    /// <summary>Gives one expression under tr-TR, de-DE and the invariant culture.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    private sealed class CombinatorialCulturesAttribute(string expression) : Xunit.Sdk.DataAttribute
    {
        public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) =>
            new[] { "tr-TR", "de-DE", "" }.Select(c => new object[] { expression, c });
    }
}
