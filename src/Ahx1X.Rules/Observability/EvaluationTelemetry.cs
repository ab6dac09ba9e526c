using System.Diagnostics;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Observability;

/// <summary>
/// Measures one evaluation. A struct, and every instrument's <c>Enabled</c> checked first, so that
/// while nothing listens an evaluation allocates nothing more and reads no timer.
/// </summary>
internal readonly struct EvaluationTelemetry
{
    private readonly Activity? _activity;
    private readonly long _started;
    private readonly string _step;

    private EvaluationTelemetry(Activity? activity, long started, string step)
    {
        _activity = activity;
        _started = started;
        _step = step;
    }

    /// <summary>Starts measuring an evaluation of <paramref name="step"/> (a workflow name).</summary>
    public static EvaluationTelemetry Start(string step)
    {
        var activity = Instruments.Source.HasListeners() ? Instruments.Source.StartActivity(RulesTelemetry.EvaluateActivity) : null;
        if (activity is not null)
        {
            activity.DisplayName = "evaluate " + step;
            activity.SetTag(RulesTelemetry.StepTag, step);
        }

        var started = Instruments.EvaluationDuration.Enabled ? Stopwatch.GetTimestamp() : 0;
        return new EvaluationTelemetry(activity, started, step);
    }

    /// <summary>Records a finished evaluation and ends its activity.</summary>
    public void Stop(EvaluationResult result)
    {
        if (_activity is null && _started == 0 && !Instruments.Evaluations.Enabled && !Instruments.Findings.Enabled)
        {
            // Nothing listens: not even the outcome's name is looked up.
            return;
        }

        var outcome = Names.Of(result.Outcome);
        if (Instruments.Evaluations.Enabled)
        {
            Instruments.Evaluations.Add(1, new(RulesTelemetry.StepTag, _step), new(RulesTelemetry.OutcomeTag, outcome));
        }

        if (_started != 0 && Instruments.EvaluationDuration.Enabled)
        {
            Instruments.EvaluationDuration.Record(
                Stopwatch.GetElapsedTime(_started).TotalSeconds, new(RulesTelemetry.StepTag, _step), new(RulesTelemetry.OutcomeTag, outcome));
        }

        if (Instruments.Findings.Enabled)
        {
            foreach (var finding in result.Findings)
            {
                Instruments.Findings.Add(1, new(RulesTelemetry.StepTag, _step), new(RulesTelemetry.OutcomeTag, outcome),
                    new(RulesTelemetry.ClauseTag, finding.ClauseId), new(RulesTelemetry.FindingKindTag, Names.Of(finding.Kind)));
            }
        }

        if (_activity is not null)
        {
            _activity.SetTag(RulesTelemetry.OutcomeTag, outcome);
            _activity.SetTag(RulesTelemetry.EditionTag, result.Edition);
            _activity.SetTag(RulesTelemetry.PackFingerprintTag, result.PackFingerprint);
            _activity.Stop();
        }
    }

    /// <summary>Records an evaluation that threw and ends its activity; returns false, for use as an exception filter that lets the exception go on.</summary>
    public bool Fail(Exception exception)
    {
        var errorType = exception.GetType().Name;
        if (Instruments.Evaluations.Enabled)
        {
            Instruments.Evaluations.Add(1, new(RulesTelemetry.StepTag, _step), new(RulesTelemetry.ErrorTypeTag, errorType));
        }

        if (_started != 0 && Instruments.EvaluationDuration.Enabled)
        {
            Instruments.EvaluationDuration.Record(
                Stopwatch.GetElapsedTime(_started).TotalSeconds, new(RulesTelemetry.StepTag, _step), new(RulesTelemetry.ErrorTypeTag, errorType));
        }

        if (_activity is not null)
        {
            _activity.SetTag(RulesTelemetry.ErrorTypeTag, errorType);
            _activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            _activity.Stop();
        }

        return false;
    }
}
