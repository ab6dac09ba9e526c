using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Hosting;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Observability;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using NodaTime;
using Portal;

var builder = WebApplication.CreateBuilder(args);

// The server refuses a larger body too, with 413, however it is sent.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestBody.MaxBytes);

// The clock stamps each result's receipt with the day it was decided on (Asia/Shanghai).
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
// Options come from the "Ahx1X" section (appsettings.json, or variables such as Ahx1X__CataloguePath=/path/to/catalogue.json);
// a key no option reads, or a missing or broken catalogue or rules folder, stops the portal at start with every problem.
builder.Services.AddAhx1XRules(builder.Configuration.GetSection(Ahx1XRulesOptions.SectionName), options =>
{
    // RulesFolder unset: the 2024 rules built into the package. Set (Ahx1X__RulesFolder=/path/to/rules): that folder, reloaded on change.
    options.Reload = options.RulesFolder is not null;
});
// Healthy, or Degraded (200 both) while the sample catalogue serves or after a refused reload; Unhealthy (503) with no pack.
builder.Services.AddHealthChecks().AddAhx1XRules();
// The library's meter at /metrics for Prometheus; its activities (evaluations, reloads) on the console when Tracing:Console is true.
var openTelemetry = builder.Services.AddOpenTelemetry()
    .WithMetrics(metrics => metrics.AddMeter(RulesTelemetry.MeterName).AddPrometheusExporter());
if (builder.Configuration.GetValue<bool>("Tracing:Console"))
{
    // The request's span too: the evaluation's span is its child, and is kept only when its parent is sampled.
    openTelemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(RulesTelemetry.ActivitySourceName).AddConsoleExporter());
}

builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    // Chinese messages and citations as text, not \u escapes; but invisible and reordering characters a
    // document may carry (zero-width, bidi controls) escaped, like the control characters, so no page or
    // log that shows a problem can be misled by them.
    var text = new TextEncoderSettings(UnicodeRanges.All);
    text.ForbidCharacters(['\u00AD', '\u061C', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2028', '\u2029',
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064',
        '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF']);
    options.SerializerOptions.Encoder = JavaScriptEncoder.Create(text);
});

var app = builder.Build();

// An unexpected error is answered as a 500 problem, never with a stack trace.
app.UseExceptionHandler();

app.MapPost("/applications/check", (HttpRequest request, IPolicyEngineProvider rules) => Checks.RunAsync(DocumentKind.Applications, request, rules));
app.MapPost("/city-reviews/check", (HttpRequest request, IPolicyEngineProvider rules) => Checks.RunAsync(DocumentKind.CityReviews, request, rules));
app.MapPost("/provincial-reviews/check", (HttpRequest request, IPolicyEngineProvider rules) => Checks.RunAsync(DocumentKind.ProvincialReviews, request, rules));
app.MapPost("/summary-tables/check", (HttpRequest request, IPolicyEngineProvider rules) => Checks.RunAsync(DocumentKind.SummaryTables, request, rules));
app.MapPost("/adjustments/check", (HttpRequest request, IPolicyEngineProvider rules) => Checks.RunAsync(DocumentKind.Adjustments, request, rules));
app.MapPost("/monthly-reports/check", (HttpRequest request, IPolicyEngineProvider rules) => Checks.RunAsync(DocumentKind.MonthlyReports, request, rules));

app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
app.MapPrometheusScrapingEndpoint("/metrics");

app.Run();
