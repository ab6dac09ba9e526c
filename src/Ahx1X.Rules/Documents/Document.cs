using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.IO;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Steps;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Documents;

/// <summary>
/// Reads an input document of any kind. Every problem is reported with its JSON path, line and
/// column; a fact given as null or left out is not an error, it is a missing fact the rules report.
/// </summary>
public sealed class Document
{
    internal Document(string source, DocumentKind kind, IReadOnlyList<DocumentEntry> entries)
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

    /// <summary>Reads a document file record by record; see <see cref="ParseRecords(string, string)"/>.</summary>
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
    /// Reads a document file record by record, as <see cref="LoadRecords(string)"/> does, reporting
    /// the bytes read so far while it reads, so a caller can show progress from the start.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="bytesRead">Told the number of bytes read after each chunk; null for none.</param>
    /// <param name="cancellationToken">Stops the reading; checked after each chunk and before the records are read.</param>
    /// <returns>The good records and every problem; a file that cannot be read gives a null document and its problem.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static DocumentParseResult LoadRecords(string path, IProgress<long>? bytesRead, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = DocumentFile.Open(path);
            var text = DocumentFile.Read(stream, path, "file", bytesRead, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return ParseRecords(text, path);
        }
        catch (DocumentException ex)
        {
            return new DocumentParseResult(null, ex.Problems);
        }
    }

    /// <summary>
    /// Reads a document from <paramref name="stream"/> record by record, as <see cref="ParseRecords(string, string)"/> does,
    /// held to the same bounds as a file: at most 64 MB of UTF-8, nested at most 64 levels deep.
    /// </summary>
    /// <param name="stream">The document, read to its end; the caller disposes it.</param>
    /// <param name="source">The name to use in messages, such as the upload's file name.</param>
    /// <param name="bytesRead">Told the number of bytes read after each chunk; null for none.</param>
    /// <param name="cancellationToken">Stops the reading; checked after each chunk and before the records are read.</param>
    /// <returns>The good records, and every problem; <see cref="DocumentParseResult.Document"/> is null when the document as a whole cannot be read.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static DocumentParseResult ParseRecords(Stream stream, string source, IProgress<long>? bytesRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var text = DocumentFile.Read(stream, source, "document", bytesRead, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return ParseRecords(text, source);
        }
        catch (DocumentException ex)
        {
            return new DocumentParseResult(null, ex.Problems);
        }
    }

    /// <summary>
    /// Reads a document from <paramref name="stream"/> record by record as <see cref="ParseRecords(Stream, string, IProgress{long}?, CancellationToken)"/>
    /// does, reading the stream without blocking: for request bodies of servers that refuse synchronous reads.
    /// </summary>
    /// <param name="stream">The document, read to its end; the caller disposes it.</param>
    /// <param name="source">The name to use in messages, such as the upload's file name.</param>
    /// <param name="bytesRead">Told the number of bytes read after each chunk; null for none.</param>
    /// <param name="cancellationToken">Stops the reading; checked after each chunk and before the records are read.</param>
    /// <returns>The good records, and every problem; <see cref="DocumentParseResult.Document"/> is null when the document as a whole cannot be read.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<DocumentParseResult> ParseRecordsAsync(Stream stream, string source, IProgress<long>? bytesRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var text = await DocumentFile.ReadAsync(stream, source, bytesRead, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return ParseRecords(text, source);
        }
        catch (DocumentException ex)
        {
            return new DocumentParseResult(null, ex.Problems);
        }
    }

    /// <summary>Reads a document from <paramref name="stream"/>, refusing it whole when anything in it is wrong; the same bounds as a file.</summary>
    /// <param name="stream">The document, read to its end; the caller disposes it.</param>
    /// <param name="source">The name to use in messages, such as the upload's file name.</param>
    /// <param name="cancellationToken">Stops the reading; checked after each chunk and before the records are read.</param>
    /// <exception cref="DocumentException">The stream cannot be read or is not a valid document; lists every problem.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Document Parse(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        var result = ParseRecords(stream, source, null, cancellationToken);
        return result.Problems.Count > 0 ? throw new DocumentException(result.Problems) : result.Document!;
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
        var step = root?.Choice("kind", StepTable.ByKindName, required: true);
        if (root is null || step is null)
        {
            return null;
        }

        var records = new List<StepRecord>();
        step.Read(root, records);
        root.RejectUnknown();
        var entries = records.Select(r => new DocumentEntry { Id = r.Id, IdToken = r.IdToken, Subject = r.Subject, City = r.City, Item = r.Item, Request = r.Request, JudgedWith = r.JudgedWith, Source = source }).ToList();
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

        return new Document(source, step.Kind, unique);
    }
}
