using System.Diagnostics;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Observability;
using Ahx1X.Rules.Reloading;

namespace Ahx1X.Rules.Tests.Observability;

/// <summary>The meter and activity source named in <see cref="RulesTelemetry"/>, seen through MeterListener and ActivityListener.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public void Evaluate_Rejected_RecordsStepOutcomeAndClause()
    {
        using var recorder = new TelemetryRecorder();

        // Ten candidates: below B1-WEB's minimum, so SCALE-01 rejects.
        var result = TestData.Evaluate(a => a with { Candidates = 10 });

        Assert.Contains(result.Findings, f => f.ClauseId == "SCALE-01");
        var evaluation = Assert.Single(recorder.Of(RulesTelemetry.EvaluationsCounter));
        Assert.Equal(1, evaluation.Value);
        Assert.Equal("Application", evaluation[RulesTelemetry.StepTag]);
        Assert.Equal("rejected", evaluation[RulesTelemetry.OutcomeTag]);
        var findings = recorder.Of(RulesTelemetry.FindingsCounter);
        Assert.Equal(result.Findings.Count, findings.Count);
        Assert.Contains(findings, m => (string?)m[RulesTelemetry.ClauseTag] == "SCALE-01"
            && (string?)m[RulesTelemetry.StepTag] == "Application" && (string?)m[RulesTelemetry.OutcomeTag] == "rejected"
            && (string?)m[RulesTelemetry.FindingKindTag] == "violation");
        var duration = Assert.Single(recorder.Of(RulesTelemetry.EvaluationDurationHistogram));
        Assert.True(duration.Value >= 0);
        Assert.Equal("rejected", duration[RulesTelemetry.OutcomeTag]);
    }

    [Fact]
    public void Evaluate_Accepted_RecordsAnEvaluationAndNoFinding()
    {
        using var recorder = new TelemetryRecorder();

        var result = TestData.Evaluate();

        Assert.Equal(Results.Outcome.Accepted, result.Outcome);
        Assert.Empty(result.Findings);
        var evaluation = Assert.Single(recorder.Of(RulesTelemetry.EvaluationsCounter));
        Assert.Equal("accepted", evaluation[RulesTelemetry.OutcomeTag]);
        Assert.Equal("Application", evaluation[RulesTelemetry.StepTag]);
        Assert.Empty(recorder.Of(RulesTelemetry.FindingsCounter));
    }

    [Fact]
    public void Evaluate_Activity_CarriesStepOutcomeEditionAndFingerprint()
    {
        using var recorder = new TelemetryRecorder();

        var result = TestData.Evaluate(a => a with { Candidates = 10 });

        var activity = Assert.Single(recorder.Activities, a => a.OperationName == RulesTelemetry.EvaluateActivity);
        Assert.Equal("Application", activity.GetTagItem(RulesTelemetry.StepTag));
        Assert.Equal("rejected", activity.GetTagItem(RulesTelemetry.OutcomeTag));
        Assert.Equal(2024, activity.GetTagItem(RulesTelemetry.EditionTag));
        Assert.Equal(result.PackFingerprint, activity.GetTagItem(RulesTelemetry.PackFingerprintTag));
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
    }

    [Fact]
    public void Evaluate_InvalidRequest_RecordsTheErrorTypeAndThrowsAsBefore()
    {
        using var recorder = new TelemetryRecorder();

        Assert.Throws<InvalidRequestException>(() => TestData.Evaluate(a => a with { Candidates = -1 }));

        var evaluation = Assert.Single(recorder.Of(RulesTelemetry.EvaluationsCounter));
        Assert.Equal(nameof(InvalidRequestException), evaluation[RulesTelemetry.ErrorTypeTag]);
        Assert.Null(evaluation[RulesTelemetry.OutcomeTag]);
        var activity = Assert.Single(recorder.Activities, a => a.OperationName == RulesTelemetry.EvaluateActivity);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal(nameof(InvalidRequestException), activity.GetTagItem(RulesTelemetry.ErrorTypeTag));
    }

    [Fact]
    public void Reload_SucceededAndRefused_AreCountedAndTraced()
    {
        var loads = 0;
        var engine = TestData.Engine;

        // The first load (construction) and the second (first reload) succeed; the third is refused.
        PolicyEngine Load() => ++loads <= 2 ? engine : throw new RulePackException([new Problem(ProblemCodes.Syntax, "rules", "", 1, 1, null, "broken")]);
        using var recorder = new TelemetryRecorder();
        using var reloading = new ReloadingPolicyEngine("rules", Load, null);

        Assert.True(reloading.Reload().Succeeded);
        Assert.False(reloading.Reload().Succeeded);

        var reloads = recorder.Of(RulesTelemetry.ReloadsCounter);
        Assert.Equal(["succeeded", "refused"], reloads.Select(m => (string?)m[RulesTelemetry.ReloadResultTag]));
        var activities = recorder.Activities.Where(a => a.OperationName == RulesTelemetry.ReloadActivity).ToList();
        Assert.Equal(["succeeded", "refused"], activities.Select(a => (string?)a.GetTagItem(RulesTelemetry.ReloadResultTag)));
        Assert.All(activities, a => Assert.Equal(engine.Pack.Fingerprint, a.GetTagItem(RulesTelemetry.PackFingerprintTag)));
        Assert.Equal(ActivityStatusCode.Error, activities[1].Status);
        Assert.Equal(1, activities[1].GetTagItem(RulesTelemetry.ProblemCountTag));
    }
}
