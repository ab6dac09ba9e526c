using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ahx1X.Rules.Observability;

/// <summary>Holds the library's one meter and activity source and their instruments, named in <see cref="RulesTelemetry"/>.</summary>
internal static class Instruments
{
    public static readonly ActivitySource Source = new(RulesTelemetry.ActivitySourceName, Version);

    public static readonly Meter Meter = new(RulesTelemetry.MeterName, Version);

    public static readonly Counter<long> Evaluations = Meter.CreateCounter<long>(
        RulesTelemetry.EvaluationsCounter, "{evaluation}", "Evaluations of a document, by step and outcome.");

    public static readonly Counter<long> Findings = Meter.CreateCounter<long>(
        RulesTelemetry.FindingsCounter, "{finding}", "Findings of evaluations, by step, outcome, clause and kind.");

    // An evaluation takes well under a millisecond to a few: the default buckets (0 to 10,000) suit milliseconds, not seconds.
    public static readonly Histogram<double> EvaluationDuration = Meter.CreateHistogram<double>(
        RulesTelemetry.EvaluationDurationHistogram, "s", "How long an evaluation took, by step and outcome.", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });

    public static readonly Counter<long> Reloads = Meter.CreateCounter<long>(
        RulesTelemetry.ReloadsCounter, "{reload}", "Reloads of a rules folder, succeeded or refused.");

    private static string? Version => typeof(Instruments).Assembly.GetName().Version?.ToString();
}
