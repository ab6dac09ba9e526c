using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using Newtonsoft.Json.Linq;

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

    /// <summary>Gets the city of the institution or sender, when the document gives it.</summary>
    public string? City { get; init; }

    /// <summary>Gets what the record is about, such as a certificate code or a step.</summary>
    public required string Item { get; init; }

    /// <summary>
    /// Gets the typed request: an <see cref="ApplicationRequest"/>, <see cref="CityReviewRequest"/>,
    /// <see cref="ProvincialReviewRequest"/>, <see cref="SummaryTableMail"/>,
    /// <see cref="AdjustmentRequest"/> or <see cref="MonthlyReportsRequest"/>.
    /// </summary>
    public required object Request { get; init; }

    /// <summary>Gets where the record's id is written, for locating problems such as a repeated id.</summary>
    internal JToken? IdToken { get; init; }

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

    /// <summary>Parses a document, refusing it whole when anything in it is wrong.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to use in messages, usually the file path.</param>
    /// <exception cref="DocumentException">The text is not a valid document; lists every problem.</exception>
    public static Document Parse(string json, string source)
    {
        var result = ParseRecords(json, source);
        return result.Problems.Count > 0 ? throw new DocumentException(result.Problems) : result.Document!;
    }

    /// <summary>Reads a document file record by record; see <see cref="ParseRecords"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The good records and every problem; a file that cannot be read gives a null document and its problem.</returns>
    public static DocumentParseResult LoadRecords(string path)
    {
        try
        {
            return ParseRecords(DocumentFile.Read(path), path);
        }
        catch (DocumentException ex)
        {
            return new DocumentParseResult(null, ex.Problems);
        }
    }

    /// <summary>
    /// Parses a document record by record: a record with a problem is left out and its problems
    /// reported, and the other records are kept. Suits batches, where one bad record must not
    /// stop thousands of good ones.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to use in messages, usually the file path.</param>
    /// <returns>The good records, and every problem; <see cref="DocumentParseResult.Document"/> is null when the document as a whole cannot be read.</returns>
    public static DocumentParseResult ParseRecords(string json, string source)
    {
        var problems = new ProblemList();
        var document = Read(JsonText.Parse(json, source, problems), source, problems);
        return new DocumentParseResult(document, problems.Items);
    }

    /// <summary>Reads a document from parsed JSON (such as one embedded in a scenario file), adding every problem.</summary>
    internal static Document? Read(JToken? token, string source, ProblemList problems)
    {
        var root = JsonFields.Of(token, source, problems, "a document");
        var kind = root?.Enum("kind", DocumentReaders.Kinds, required: true);
        if (root is null || kind is null)
        {
            return null;
        }

        var entries = new List<DocumentEntry>();
        DocumentReaders.Read(kind.Value, root, entries);
        root.RejectUnknown();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<DocumentEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if (ids.Add(entry.Id))
            {
                unique.Add(entry);
            }
            else
            {
                problems.Add(ProblemCodes.Duplicate, source, entry.IdToken, $"The id \"{entry.Id}\" is used more than once; give each record its own id.", entry.Id);
            }
        }

        return new Document(source, kind.Value, unique);
    }
}

/// <summary>Holds the records read from a document and the problems of the records left out.</summary>
/// <param name="Document">The document with its good records, or null when it cannot be read at all.</param>
/// <param name="Problems">Every problem found, each with its position.</param>
public sealed record DocumentParseResult(Document? Document, IReadOnlyList<Problem> Problems);
