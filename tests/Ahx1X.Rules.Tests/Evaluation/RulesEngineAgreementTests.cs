using Ahx1X.Rules.Steps;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Tests.Properties;
using Rnd = FsCheck.Rnd;
using FsCheck.Fluent;
using RulesEngine.Models;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// The compiled path means what the JSON means to RulesEngine itself: for complete
/// applications, every rule passes or fails the same way under both, and so does the outcome.
/// </summary>
public sealed class RulesEngineAgreementTests
{
    private const int Cases = 400;
    private const ulong Seed = 20240322;

    [Fact]
    public async Task ExecuteAllRulesAsync_GeneratedCompleteApplications_AgreesWithEngineRuleByRule()
    {
        var engine = TestData.Engine;
        var edition = engine.Pack.For(2024);
        var definitions = edition.Application.Rules.Select(r => r.Definition).ToArray();
        var rulesEngine = new global::RulesEngine.RulesEngine(
            [new Workflow
            {
                WorkflowName = "Application",
                Rules = definitions.Select(d => new Rule
                {
                    RuleName = d.Name,
                    Expression = d.Expression,
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                }).ToList(),
            }],
            ExpressionCompiler<ApplicationScope>.Settings());
        var requests = Generators.CompleteRequest.Sample(Cases, new Rnd(Seed), 50);
        var outcomes = new HashSet<Outcome>();
        var ruleChecks = 0;
        var unknownCodes = 0;

        Assert.True(requests.Length >= 300);
        foreach (var request in requests)
        {
            var scope = engine.ScopeFor(request, edition);
            var ours = engine.Evaluate(request);
            var theirs = await rulesEngine.ExecuteAllRulesAsync("Application", ScopeShape<ApplicationScope>.Instance.ToRuleParameters(scope));
            var context = Describe(request, ours);

            Assert.Equal(definitions.Length, theirs.Count);
            if (request.Application.CertificateCode == Generators.UnknownCode)
            {
                // certificate is null: our rules report missing catalogue facts, RulesEngine's throw.
                unknownCodes++;
                Assert.False(theirs.Single(r => r.Rule.RuleName == "SCOPE-01-in-catalogue").IsSuccess, context);
            }
            else
            {
                Assert.All(ours.Findings, f => Assert.Equal(FindingKind.Violation, f.Kind));
                foreach (var result in theirs)
                {
                    Assert.True(string.IsNullOrEmpty(result.ExceptionMessage), $"{result.Rule.RuleName}: {result.ExceptionMessage}\n{context}");
                    var passedHere = ours.Findings.All(f => f.RuleName != result.Rule.RuleName);
                    Assert.True(result.IsSuccess == passedHere, $"{result.Rule.RuleName}: RulesEngine IsSuccess={result.IsSuccess}, ours passed={passedHere}\n{context}");
                    ruleChecks++;
                }
            }

            Assert.True(OutcomeOf(theirs, definitions.ToDictionary(d => d.Name, d => d.Severity)) == ours.Outcome, context);
            outcomes.Add(ours.Outcome);
        }

        // The generator must reach every outcome a complete application can have, and the unknown code.
        Assert.Equal([Outcome.Accepted, Outcome.AcceptedWithWarnings, Outcome.Rejected], outcomes.Order());
        Assert.True(unknownCodes > 0);
        Assert.True(ruleChecks >= 300 * definitions.Length / 2);
    }

    /// <summary>Computes the outcome from RulesEngine's results the way <see cref="EvaluationResult.OutcomeOf"/> does from findings.</summary>
    private static Outcome OutcomeOf(IEnumerable<RuleResultTree> results, IReadOnlyDictionary<string, FindingSeverity> severities)
    {
        var failed = results.Where(r => !r.IsSuccess).ToList();
        if (failed.Any(r => string.IsNullOrEmpty(r.ExceptionMessage) && severities[r.Rule.RuleName] == FindingSeverity.Error))
        {
            return Outcome.Rejected;
        }

        if (failed.Any(r => !string.IsNullOrEmpty(r.ExceptionMessage)))
        {
            return Outcome.Indeterminate;
        }

        return failed.Count > 0 ? Outcome.AcceptedWithWarnings : Outcome.Accepted;
    }

    private static string Describe(ApplicationRequest request, EvaluationResult result) =>
        $"{request.Application} / {request.Institution} / earlier={request.EarlierApplications.Count} => {result.Outcome} "
        + $"[{string.Join("; ", result.Findings.Select(f => $"{f.RuleName}:{f.Kind}"))}]";
}
