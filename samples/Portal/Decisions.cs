using System.Text.Json;
using System.Text.Json.Nodes;
using Ahx1X.Rules;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Hosting;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Portal;

/// <summary>Judges requests, stores each decision in the log, and reads and replays stored decisions.</summary>
internal static class Decisions
{
    /// <summary>The request type of each kind, for reading a stored request back.</summary>
    private static readonly Dictionary<string, Type> RequestTypes = new(StringComparer.Ordinal)
    {
        [NameOf(DocumentKind.Applications)] = typeof(ApplicationRequest),
        [NameOf(DocumentKind.CityReviews)] = typeof(CityReviewRequest),
        [NameOf(DocumentKind.ProvincialReviews)] = typeof(ProvincialReviewRequest),
        [NameOf(DocumentKind.SummaryTables)] = typeof(SummaryTableMail),
        [NameOf(DocumentKind.Adjustments)] = typeof(AdjustmentRequest),
        [NameOf(DocumentKind.MonthlyReports)] = typeof(MonthlyReportsRequest),
        [NameOf(DocumentKind.MonthlyProgress)] = typeof(MonthlyProgressReport),
    };

    /// <summary>Maps <c>POST /decisions/{path}</c>: a typed request bound from the JSON contract, judged, stored, answered 201 with the decision.</summary>
    /// <remarks>A value outside the library's bounds is refused by <paramref name="judge"/> (InvalidRequestException), answered 400 at its member path.</remarks>
    public static RouteHandlerBuilder MapTyped<TRequest>(this IEndpointRouteBuilder app, string path, Func<PolicyEngine, TRequest, EvaluationResult> judge)
        where TRequest : class =>
        app.MapPost($"/decisions/{path}", async (TRequest request, IPolicyEngineProvider rules, DecisionLog log, IClock clock, CancellationToken cancellationToken) =>
        {
            var entry = new DocumentEntry { Id = "", Subject = "", Item = "", Request = request };
            // One engine for the whole evaluation, even if the rules folder is reloaded meanwhile.
            var decision = Decide(entry, judge(rules.Current, request), clock, record: false);
            await log.StoreAsync([decision], cancellationToken);
            return Results.Created($"/decisions/{decision.Id}", View(decision));
        })
        .WithTags("decisions")
        .Produces<DecisionView>(StatusCodes.Status201Created)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>Judges every record of a document (an institution's applications in order, so SCALE-02 sees the earlier ones; mails with the document's applications, so PROC-04 reconciles) and stores all the decisions in one transaction.</summary>
    public static async Task<IResult> BatchAsync(HttpRequest request, IPolicyEngineProvider rules, DecisionLog log, IClock clock, RequestLimits limits)
    {
        var (body, refusal) = await RequestBody.ReadAsync(request, limits.MaxRequestBodyBytes);
        if (refusal is not null)
        {
            return refusal;
        }

        var document = Document.Parse(body!, "body");
        if (document.Entries.Count == 0)
        {
            throw new DocumentException([new Problem(ProblemCodes.NoRecords, "body", "$", 0, 0, null, "The document holds no record: a batch judges one or more.")]);
        }

        var engine = rules.Current;
        // Every record is judged before anything is stored: a record that cannot be judged refuses the batch whole.
        var decisions = document.Entries.Select(entry => Decide(entry, entry.EvaluateWith(engine), clock, record: true)).ToList();
        await log.StoreAsync(decisions, request.HttpContext.RequestAborted);
        return Results.Json(new BatchView([.. decisions.Select(View)]), statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> GetAsync(Guid id, DecisionLog log, CancellationToken cancellationToken) =>
        await log.GetAsync(id, cancellationToken) is { } stored ? Results.Ok(View(stored)) : NotFound(id);

    public static async Task<IResult> CountAsync(DecisionLog log, CancellationToken cancellationToken) =>
        Results.Ok(new CountView(await log.CountAsync(cancellationToken)));

    /// <summary>Judges a stored decision again with the current pack; nothing is stored or rewritten.</summary>
    public static async Task<IResult> ReplayAsync(Guid id, IPolicyEngineProvider rules, DecisionLog log, CancellationToken cancellationToken)
    {
        if (await log.GetAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound(id);
        }

        var request = JsonSerializer.Deserialize(stored.RequestJson, RequestTypes[stored.Kind], Ahx1XJson.Options)!;
        var judgedWith = stored.JudgedWithJson is null ? null : JsonSerializer.Deserialize<List<ApplicationRequest>>(stored.JudgedWithJson, Ahx1XJson.Options);
        var engine = rules.Current;
        var now = request is SummaryTableMail mail && judgedWith is not null
            ? engine.EvaluateSummaryTable(mail, judgedWith)
            : new DocumentEntry { Id = stored.Record ?? "", Subject = stored.Subject ?? "", Item = stored.Item ?? "", Request = request }.EvaluateWith(engine);

        var receipt = JsonSerializer.Deserialize<DecisionReceipt>(stored.ReceiptJson, Ahx1XJson.Options)!;
        var storedClauses = ClausesOf(JsonNode.Parse(stored.ResultJson)!);
        var nowClauses = now.Findings.Select(f => f.ClauseId).ToList();
        var outcome = WireName(now.Outcome);
        var differences = receipt.DifferencesFrom(now.Receipt);
        var verdictDiffers = outcome != stored.Outcome;
        var added = Except(nowClauses, storedClauses);
        var removed = Except(storedClauses, nowClauses);
        var why = (verdictDiffers, added.Count + removed.Count > 0, differences.Count > 0) switch
        {
            (false, false, false) => "The current pack judges as the stored decision did, with the same pack, catalogue and library.",
            (false, false, true) => "The verdict and findings are the same, though what judged differs: " + string.Join(" ", differences),
            (_, _, false) => "The verdict or findings differ with the same pack, catalogue and library: the stored decision was judged on another day, or with facts the log does not hold.",
            _ => $"The {(verdictDiffers ? "verdict" : "findings")} differ{(verdictDiffers ? "s" : "")} because what judges differs: " + string.Join("; ", differences) + ".",
        };
        if (added.Count + removed.Count > 0)
        {
            why += $" Findings added: {(added.Count == 0 ? "none" : string.Join(", ", added))}; removed: {(removed.Count == 0 ? "none" : string.Join(", ", removed))}.";
        }

        return Results.Ok(new ReplayView(
            id,
            verdictDiffers,
            why,
            new Judged(stored.Outcome, receipt.PackFingerprint, receipt.CatalogueFingerprint, receipt.LibraryVersion, storedClauses),
            new Judged(outcome, now.Receipt.PackFingerprint, now.Receipt.CatalogueFingerprint, now.Receipt.LibraryVersion, nowClauses),
            differences,
            added,
            removed,
            now));
    }

    private static StoredDecision Decide(DocumentEntry entry, EvaluationResult result, IClock clock, bool record) => new(
        Guid.CreateVersion7(),
        InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()),
        NameOf(entry.Kind),
        record ? entry.Id : null,
        record ? entry.Subject : null,
        record ? entry.Item : null,
        WireName(result.Outcome),
        result.Receipt.PackFingerprint,
        JsonSerializer.Serialize(entry.Request, entry.Request.GetType(), Ahx1XJson.Options),
        entry.JudgedWith is { } applications ? JsonSerializer.Serialize(applications, Ahx1XJson.Options) : null,
        JsonSerializer.Serialize(result, Ahx1XJson.Options),
        JsonSerializer.Serialize(result.Receipt, Ahx1XJson.Options));

    private static DecisionView View(StoredDecision d) => new(
        d.Id,
        d.StoredAt,
        d.Kind,
        d.Record,
        d.Subject,
        d.Item,
        JsonDocument.Parse(d.RequestJson).RootElement,
        d.JudgedWithJson is null ? null : JsonDocument.Parse(d.JudgedWithJson).RootElement,
        JsonDocument.Parse(d.ResultJson).RootElement);

    private static List<string> ClausesOf(JsonNode result) =>
        [.. result["findings"]!.AsArray().Select(f => (string)f!["clauseId"]!)];

    /// <summary>The clause ids of <paramref name="these"/> that <paramref name="those"/> lacks, counting repeats.</summary>
    private static List<string> Except(IEnumerable<string> these, IEnumerable<string> those)
    {
        var left = those.ToList();
        return [.. these.Where(c => !left.Remove(c))];
    }

    private static string WireName(Outcome outcome) => JsonSerializer.SerializeToElement(outcome, Ahx1XJson.Options).GetString()!;

    internal static string NameOf(DocumentKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static IResult NotFound(Guid id) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such decision.",
        detail: $"No decision is stored under {id}.");

    /// <summary>A stored decision: the request and the result (with its receipt) as the JSON contract writes them.</summary>
    internal sealed record DecisionView(Guid Id, string StoredAt, string Kind, string? Record, string? Subject, string? Item, JsonElement Request, JsonElement? JudgedWith, JsonElement Result);

    /// <summary>The decisions a batch stored, in the order of its records.</summary>
    internal sealed record BatchView(IReadOnlyList<DecisionView> Decisions);

    /// <summary>How many decisions the log holds.</summary>
    internal sealed record CountView(long Count);

    /// <summary>What judged, and what it found.</summary>
    internal sealed record Judged(string Outcome, string PackFingerprint, string? CatalogueFingerprint, string LibraryVersion, IReadOnlyList<string> Clauses);

    /// <summary>A replay: whether the verdict would differ now and why, naming what judged then and now.</summary>
    internal sealed record ReplayView(
        Guid Decision,
        bool VerdictDiffers,
        string Why,
        Judged Stored,
        Judged Current,
        IReadOnlyList<string> ReceiptDifferences,
        IReadOnlyList<string> FindingsAdded,
        IReadOnlyList<string> FindingsRemoved,
        EvaluationResult Result);
}
