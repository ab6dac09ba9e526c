using System.Diagnostics;

namespace Ahx1X.Rules.Observability;

/// <summary>Measures one reload of a rules folder.</summary>
internal readonly struct ReloadTelemetry
{
    private readonly Activity? _activity;

    private ReloadTelemetry(Activity? activity) => _activity = activity;

    /// <summary>Starts measuring a reload.</summary>
    public static ReloadTelemetry Start() =>
        new(Instruments.Source.HasListeners() ? Instruments.Source.StartActivity(RulesTelemetry.ReloadActivity) : null);

    /// <summary>Records how the reload went and ends its activity.</summary>
    /// <param name="succeeded">Whether the folder's rules loaded.</param>
    /// <param name="fingerprint">The fingerprint of the pack serving after the reload.</param>
    /// <param name="problems">How many problems refused the new pack.</param>
    public void Stop(bool succeeded, string fingerprint, int problems)
    {
        var result = succeeded ? "succeeded" : "refused";
        if (Instruments.Reloads.Enabled)
        {
            Instruments.Reloads.Add(1, new KeyValuePair<string, object?>(RulesTelemetry.ReloadResultTag, result));
        }

        if (_activity is not null)
        {
            _activity.SetTag(RulesTelemetry.ReloadResultTag, result);
            _activity.SetTag(RulesTelemetry.PackFingerprintTag, fingerprint);
            if (!succeeded)
            {
                _activity.SetTag(RulesTelemetry.ProblemCountTag, problems);
                _activity.SetStatus(ActivityStatusCode.Error, "The rules folder was refused; the pack serving keeps serving.");
            }

            _activity.Stop();
        }
    }

    /// <summary>Ends the activity of a reload its caller cancelled; no reload is counted, as none was decided.</summary>
    public void Cancel()
    {
        if (_activity is not null)
        {
            _activity.SetStatus(ActivityStatusCode.Error, "The reload was cancelled; the pack serving keeps serving.");
            _activity.Stop();
        }
    }
}
