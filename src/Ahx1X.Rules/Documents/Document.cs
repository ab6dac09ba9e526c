using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Documents;

/// <summary>Names the kinds of input document, one per step a portal checks; a document declares its kind in <c>"kind"</c>.</summary>
public enum DocumentKind
{
    /// <summary><c>"applications"</c>: institutions and their applications.</summary>
    Applications,

    /// <summary><c>"cityReviews"</c>: city preliminary reviews.</summary>
    CityReviews,

    /// <summary><c>"provincialReviews"</c>: provincial reviews, with the city review before each.</summary>
    ProvincialReviews,

    /// <summary><c>"summaryTables"</c>: mails sending the summary table (附件3).</summary>
    SummaryTables,

    /// <summary><c>"adjustments"</c>: changes to approved plans (附件4).</summary>
    Adjustments,

    /// <summary><c>"monthlyReports"</c>: checks of monthly progress reports (附件5).</summary>
    MonthlyReports,
}

/// <summary>Holds one record of a document: what it is about and the request to judge.</summary>
public sealed record DocumentEntry
{
    /// <summary>Gets the record's id, unique in the document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets who the record is about, such as the institution's name.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets what the record is about, such as a certificate code or a step.</summary>
    public required string Item { get; init; }

    /// <summary>
    /// Gets the typed request: an <see cref="ApplicationRequest"/>, <see cref="CityReviewRequest"/>,
    /// <see cref="ProvincialReviewRequest"/>, <see cref="SummaryTableMail"/>,
    /// <see cref="AdjustmentRequest"/> or <see cref="MonthlyReportsRequest"/>.
    /// </summary>
    public required object Request { get; init; }

    /// <summary>Judges the request with the engine's entry point for its step.</summary>
    /// <param name="engine">The engine.</param>
    /// <exception cref="EditionNotFoundException">No edition covers the record's year.</exception>
    public EvaluationResult EvaluateWith(PolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Request switch
        {
            ApplicationRequest r => engine.Evaluate(r),
            CityReviewRequest r => engine.EvaluateCityReview(r),
            ProvincialReviewRequest r => engine.EvaluateProvincialReview(r),
            SummaryTableMail r => engine.EvaluateSummaryTable(r),
            AdjustmentRequest r => engine.EvaluateAdjustment(r),
            MonthlyReportsRequest r => engine.EvaluateMonthlyReports(r),
            _ => throw new InvalidOperationException($"No step judges a {Request.GetType().Name}."),
        };
    }
}

/// <summary>
/// Reads an input document of any kind. Every problem is reported with its JSON path, line and
/// column; a fact given as null or left out is not an error, it is a missing fact the rules report.
/// </summary>
public sealed class Document
{
    private Document(string source, DocumentKind kind, IReadOnlyList<DocumentEntry> entries)
    {
        Source = source;
        Kind = kind;
        Entries = entries;
    }

    /// <summary>Gets where the document came from.</summary>
    public string Source { get; }

    /// <summary>Gets the kind the document declared.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the records, in document order.</summary>
    public IReadOnlyList<DocumentEntry> Entries { get; }

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="DocumentException">The file cannot be read or is not a valid document; lists every problem.</exception>
    public static Document Load(string path) => Parse(DocumentFile.Read(path), path);

    /// <summary>Parses a document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to use in messages, usually the file path.</param>
    /// <exception cref="DocumentException">The text is not a valid document; lists every problem.</exception>
    public static Document Parse(string json, string source)
    {
        var problems = new ProblemList();
        var root = JsonFields.Of(JsonText.Parse(json, source, problems), source, problems, "a document");
        var entries = new List<DocumentEntry>();
        DocumentKind? kind = null;
        if (root is not null)
        {
            kind = root.Enum("kind", DocumentReaders.Kinds, required: true);
            if (kind is { } known)
            {
                DocumentReaders.Read(known, root, entries);
            }

            root.RejectUnknown();
            foreach (var duplicate in entries.GroupBy(e => e.Id).Where(g => g.Count() > 1))
            {
                problems.Add(ProblemCodes.Duplicate, source, null, $"The id \"{duplicate.Key}\" is used {duplicate.Count()} times; give each record its own id.", duplicate.Key);
            }
        }

        return problems.HasAny ? throw new DocumentException(problems.Items) : new Document(source, kind!.Value, entries);
    }
}
