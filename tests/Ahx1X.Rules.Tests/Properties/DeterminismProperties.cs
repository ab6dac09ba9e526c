using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Ahx1X.Rules.Tests.Properties;

/// <summary>The same request always gets the same verdict, findings, messages and facts, on one engine or two.</summary>
public sealed class DeterminismProperties
{
    private static readonly Lazy<PolicyEngine> SecondEngine = new(() => PolicyEngine.LoadEmbedded());

    [Property(MaxTest = 500)]
    public Property Evaluate_SameRequestTwiceAndOnTwoEngines_GivesIdenticalResults() =>
        Prop.ForAll(Arb.From(Generators.AnyRequest), request =>
        {
            var first = TestData.Engine.Evaluate(request);
            var again = TestData.Engine.Evaluate(request);
            var other = SecondEngine.Value.Evaluate(request);
            return (Same(first, again) && Same(first, other))
                .Label($"{first.Outcome}: {string.Join(", ", first.Findings.Select(f => f.RuleName))}");
        });

    [Property(MaxTest = 100)]
    public Property Evaluate_SameRequestRebuiltFromValues_GivesIdenticalResults() =>
        Prop.ForAll(Arb.From(Generators.AnyRequest), request =>
        {
            // A structurally equal copy (new lists, new records) must be judged the same way.
            var copy = new ApplicationRequest
            {
                Institution = request.Institution with { MajorsOffered = request.Institution.MajorsOffered?.ToList() },
                Application = request.Application with { AssessedMajors = request.Application.AssessedMajors?.ToList() },
                EarlierApplications = request.EarlierApplications.Select(a => a with { }).ToList(),
            };
            return Same(TestData.Engine.Evaluate(request), TestData.Engine.Evaluate(copy));
        });

    private static bool Same(EvaluationResult a, EvaluationResult b) =>
        a.Outcome == b.Outcome
        && a.PackFingerprint == b.PackFingerprint
        && a.ClausesEvaluated.SequenceEqual(b.ClausesEvaluated)
        && a.Findings.Count == b.Findings.Count
        && a.Findings.Zip(b.Findings).All(p => Same(p.First, p.Second));

    private static bool Same(Finding a, Finding b) =>
        a.ClauseId == b.ClauseId
        && a.RuleName == b.RuleName
        && a.Severity == b.Severity
        && a.Kind == b.Kind
        && a.Message == b.Message
        && a.Citation == b.Citation
        && a.Facts.SequenceEqual(b.Facts);
}
