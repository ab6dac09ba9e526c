namespace Ahx1X.Rules.Observability;

/// <summary>
/// Names the <see cref="System.Diagnostics.Metrics.Meter"/> and the <see cref="System.Diagnostics.ActivitySource"/>
/// the library reports evaluations and reloads through, and their instruments and tags, so that a
/// portal can subscribe to them (with OpenTelemetry: <c>AddMeter(RulesTelemetry.MeterName)</c> and
/// <c>AddSource(RulesTelemetry.ActivitySourceName)</c>). Nothing is measured while nothing listens.
/// </summary>
public static class RulesTelemetry
{
    /// <summary>Gets the name of the meter: <c>Ahx1X.Rules</c>.</summary>
    public const string MeterName = "Ahx1X.Rules";

    /// <summary>Gets the name of the activity source: <c>Ahx1X.Rules</c>.</summary>
    public const string ActivitySourceName = "Ahx1X.Rules";

    /// <summary>Gets the name of the counter of evaluations, tagged with <see cref="StepTag"/> and <see cref="OutcomeTag"/>, or <see cref="ErrorTypeTag"/> when the evaluation threw.</summary>
    public const string EvaluationsCounter = "ahx1x.rules.evaluations";

    /// <summary>Gets the name of the counter of findings, one per finding, tagged with <see cref="StepTag"/>, <see cref="OutcomeTag"/>, <see cref="ClauseTag"/> and <see cref="FindingKindTag"/>.</summary>
    public const string FindingsCounter = "ahx1x.rules.findings";

    /// <summary>Gets the name of the histogram of evaluation durations in seconds, tagged as <see cref="EvaluationsCounter"/> is.</summary>
    public const string EvaluationDurationHistogram = "ahx1x.rules.evaluation.duration";

    /// <summary>Gets the name of the counter of reloads of a rules folder, tagged with <see cref="ReloadResultTag"/>.</summary>
    public const string ReloadsCounter = "ahx1x.rules.reloads";

    /// <summary>Gets the name of the activity around one evaluation.</summary>
    public const string EvaluateActivity = "Ahx1X.Rules.Evaluate";

    /// <summary>Gets the name of the activity around one reload of a rules folder.</summary>
    public const string ReloadActivity = "Ahx1X.Rules.Reload";

    /// <summary>Gets the tag naming the step's workflow, such as <c>Application</c>.</summary>
    public const string StepTag = "ahx1x.step";

    /// <summary>Gets the tag naming the outcome as the JSON contract writes it: <c>accepted</c>, <c>acceptedWithWarnings</c>, <c>rejected</c> or <c>indeterminate</c>.</summary>
    public const string OutcomeTag = "ahx1x.outcome";

    /// <summary>Gets the tag naming a finding's clause id, such as <c>SCALE-01</c>.</summary>
    public const string ClauseTag = "ahx1x.clause";

    /// <summary>Gets the tag naming why a finding was reported: <c>violation</c>, <c>missingFacts</c>, <c>ruleFailed</c> or <c>notApplicable</c>.</summary>
    public const string FindingKindTag = "ahx1x.finding.kind";

    /// <summary>Gets the tag holding the year of the edition that judged (activities only).</summary>
    public const string EditionTag = "ahx1x.edition";

    /// <summary>Gets the tag holding the SHA-256 fingerprint of the rule pack (activities only).</summary>
    public const string PackFingerprintTag = "ahx1x.pack.fingerprint";

    /// <summary>Gets the tag telling how a reload went: <c>succeeded</c> or <c>refused</c>.</summary>
    public const string ReloadResultTag = "ahx1x.reload.result";

    /// <summary>Gets the tag holding the number of problems of a refused reload (activities only).</summary>
    public const string ProblemCountTag = "ahx1x.reload.problems";

    /// <summary>Gets the tag naming the exception's type when an evaluation or a reload threw, as OpenTelemetry's <c>error.type</c>.</summary>
    public const string ErrorTypeTag = "error.type";
}
