using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Ahx1X.Rules.Hosting;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Observability;
using Ahx1X.Rules.Results;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using NodaTime;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Portal;

var builder = WebApplication.CreateBuilder(args);

// The server refuses a larger body (413) or one arriving too slowly (408) however it is sent, each a problem document.
var limits = builder.Configuration.GetSection(RequestLimits.SectionName).Get<RequestLimits>() ?? new RequestLimits();
builder.Services.AddSingleton(limits);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
    kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(limits.RequestBodyGraceSeconds));
});

// The clock stamps each result's receipt with the day it was decided on (Asia/Shanghai), and each stored decision.
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
// Options come from the "Ahx1X" section (appsettings.json, or variables such as Ahx1X__CataloguePath=/path/to/catalogue.json);
// a key no option reads, or a missing or broken catalogue or rules folder, stops the portal at start with every problem.
builder.Services.AddAhx1XRules(builder.Configuration.GetSection(Ahx1XRulesOptions.SectionName), options =>
{
    // RulesFolder unset: the 2024 rules built into the package. Set (Ahx1X__RulesFolder=/path/to/rules): that folder, reloaded on change.
    options.Reload = options.RulesFolder is not null;
})
    // Typed requests and results in the library's JSON contract; every bad request a problem document naming each member.
    .AddAhx1XHttpApi();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    // Chinese messages and citations as text, not \u escapes; but invisible and reordering characters a
    // document may carry (zero-width, bidi controls) escaped, like the control characters, so no page or
    // log that shows a problem can be misled by them.
    var text = new TextEncoderSettings(UnicodeRanges.All);
    text.ForbidCharacters(['\u00AD', '\u061C', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2028', '\u2029',
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064',
        '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF']);
    options.SerializerOptions.Encoder = JavaScriptEncoder.Create(text);
});
// The decision log (DecisionLog:Provider Sqlite or PostgreSql, DecisionLog:ConnectionString); unreachable, it answers 503.
builder.Services.AddSingleton(_ => DecisionLog.FromConfiguration(builder.Configuration.GetSection(DecisionLog.SectionName)));
builder.Services.AddExceptionHandler<DecisionLogProblemHandler>();

// Healthy, or Degraded (200 both) while the sample catalogue serves or after a refused reload; Unhealthy (503) with no pack or no decision log.
builder.Services.AddHealthChecks().AddAhx1XRules().AddCheck<DecisionLogHealthCheck>("decision-log");
// The library's meter at /metrics for Prometheus; its activities (evaluations, reloads) on the console when Tracing:Console is true.
var openTelemetry = builder.Services.AddOpenTelemetry()
    .WithMetrics(metrics => metrics.AddMeter(RulesTelemetry.MeterName).AddPrometheusExporter());
if (builder.Configuration.GetValue<bool>("Tracing:Console"))
{
    // The request's span too: the evaluation's span is its child, and is kept only when its parent is sampled.
    openTelemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(RulesTelemetry.ActivitySourceName).AddConsoleExporter());
}

builder.Services.AddOpenApi();

var app = builder.Build();

// The OpenAPI document, and a page to try every endpoint, served from the package (no CDN).
app.MapOpenApi();
app.UseSwaggerUI(ui =>
{
    ui.SwaggerEndpoint("/openapi/v1.json", "Ahx1X portal");
    ui.RoutePrefix = "docs";
});

// Checks: a document of one record, judged with the step its endpoint names; nothing stored.
MapCheck("/applications/check", DocumentKind.Applications);
MapCheck("/city-reviews/check", DocumentKind.CityReviews);
MapCheck("/provincial-reviews/check", DocumentKind.ProvincialReviews);
MapCheck("/summary-tables/check", DocumentKind.SummaryTables);
MapCheck("/adjustments/check", DocumentKind.Adjustments);
MapCheck("/monthly-reports/check", DocumentKind.MonthlyReports);

// Decisions: a typed request, judged and stored in the decision log (201, Location /decisions/{id}).
app.MapTyped<ApplicationRequest>("applications", (engine, r) => engine.Evaluate(r));
app.MapTyped<CityReviewRequest>("city-reviews", (engine, r) => engine.EvaluateCityReview(r));
app.MapTyped<ProvincialReviewRequest>("provincial-reviews", (engine, r) => engine.EvaluateProvincialReview(r));
app.MapTyped<SummaryTableMail>("summary-tables", (engine, r) => engine.EvaluateSummaryTable(r));
app.MapTyped<AdjustmentRequest>("adjustments", (engine, r) => engine.EvaluateAdjustment(r));
app.MapTyped<MonthlyReportsRequest>("monthly-reports", (engine, r) => engine.EvaluateMonthlyReports(r));
app.MapTyped<MonthlyProgressReport>("monthly-progress", (engine, r) => engine.EvaluateMonthlyProgress(r));
// Many records of one document, judged together and stored in one transaction.
app.MapPost("/decisions/batch", Decisions.BatchAsync).WithTags("decisions")
    .Accepts<JsonObject>("application/json").Produces<Decisions.BatchView>(StatusCodes.Status201Created)
    .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
app.MapGet("/decisions", Decisions.CountAsync).WithTags("decisions").Produces<Decisions.CountView>();
app.MapGet("/decisions/{id:guid}", Decisions.GetAsync).WithTags("decisions")
    .Produces<Decisions.DecisionView>().ProducesProblem(StatusCodes.Status404NotFound);
app.MapPost("/decisions/{id:guid}/replay", Decisions.ReplayAsync).WithTags("decisions")
    .Produces<Decisions.ReplayView>().ProducesProblem(StatusCodes.Status404NotFound);

app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
app.MapPrometheusScrapingEndpoint("/metrics");

app.Run();

void MapCheck(string path, DocumentKind kind) =>
    app.MapPost(path, (HttpRequest request, IPolicyEngineProvider rules, RequestLimits limits) => Checks.RunAsync(kind, request, rules, limits))
        .WithTags("checks").Accepts<JsonObject>("application/json").Produces<EvaluationResult>()
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
