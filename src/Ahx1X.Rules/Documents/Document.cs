using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.IO;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Steps;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Documents;

/// <summary>
/// Reads an input document of any kind. Every problem is reported with its JSON path, line and
/// column; a fact given as null or left out is not an error, it is a missing fact the rules report.
/// </summary>
public sealed class Document
{
    internal Document(string source, DocumentKind kind, IReadOnlyList<DocumentEntry> entries, int? given = null)
    {
        Source = source;
        Kind = kind;
        Entries = entries;
        Given = given ?? entries.Count;
    }

    /// <summary>Gets where the document came from.</summary>
    public string Source { get; }

    /// <summary>Gets the kind the document declared.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the records, in document order.</summary>
    public IReadOnlyList<DocumentEntry> Entries { get; }

    /// <summary>Gets how many entries the document gave, in <see cref="Entries"/> or to an <see cref="EntryStream"/> while it was read: records with a repeated id, or taken back, are none.</summary>
    internal int Given { get; }

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="DocumentException">The file cannot be read or is not a valid document; lists every problem.</exception>
    public static Document Load(string path) => Whole(LoadRecords(path));

    /// <summary>Parses a document, refusing it whole when anything in it is wrong.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to use in messages, usually the file path.</param>
    /// <exception cref="DocumentException">The text is not a valid document; lists every problem.</exception>
    public static Document Parse(string json, string source) => Whole(ParseRecords(json, source));

    /// <summary>Reads a document file record by record; see <see cref="ParseRecords(string, string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The good records and every problem; a file that cannot be read gives a null document and its problem.</returns>
    public static DocumentParseResult LoadRecords(string path) => LoadRecords(path, null, CancellationToken.None);

    /// <summary>
    /// Reads a document file record by record, as <see cref="LoadRecords(string)"/> does, reporting
    /// the bytes read so far while it reads, so a caller can show progress from the start.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="bytesRead">Told the number of bytes read after each chunk; null for none.</param>
    /// <param name="cancellationToken">Stops the reading; checked after each chunk.</param>
    /// <returns>The good records and every problem; a file that cannot be read gives a null document and its problem.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static DocumentParseResult LoadRecords(string path, IProgress<long>? bytesRead, CancellationToken cancellationToken) =>
        LoadRecords(path, bytesRead, cancellationToken, null);

    /// <summary>
    /// Reads a document file as <see cref="LoadRecords(string, IProgress{long}?, CancellationToken)"/> does, giving its
    /// records to <paramref name="stream"/> while it reads instead of keeping them, when there is one.
    /// </summary>
    internal static DocumentParseResult LoadRecords(string path, IProgress<long>? bytesRead, CancellationToken cancellationToken, EntryStream? stream)
    {
        FileStream file;
        try
        {
            file = DocumentFile.Open(path);
        }
        catch (DocumentException ex)
        {
            return new DocumentParseResult(null, ex.Problems);
        }

        using (file)
        {
            return ReadRecords(file, path, "file", bytesRead, cancellationToken, stream);
        }
    }

    /// <summary>
    /// Reads a document from <paramref name="stream"/> record by record, as <see cref="ParseRecords(string, string)"/> does,
    /// held to the same bounds as a file: at most 64 MB of UTF-8, nested at most 64 levels deep.
    /// </summary>
    /// <param name="stream">The document, read to its end; the caller disposes it.</param>
    /// <param name="source">The name to use in messages, such as the upload's file name.</param>
    /// <param name="bytesRead">Told the number of bytes read after each chunk; null for none.</param>
    /// <param name="cancellationToken">Stops the reading; checked after each chunk.</param>
    /// <returns>The good records, and every problem; <see cref="DocumentParseResult.Document"/> is null when the document as a whole cannot be read.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static DocumentParseResult ParseRecords(Stream stream, string source, IProgress<long>? bytesRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadRecords(stream, source, "document", bytesRead, cancellationToken, null);
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
        MemoryStream bytes;
        try
        {
            // The records are read synchronously: the body is taken first, without blocking, within the same bound.
            bytes = await DocumentFile.BufferAsync(stream, source, bytesRead, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentException ex)
        {
            return new DocumentParseResult(null, ex.Problems);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (bytes)
        {
            return ReadRecords(bytes, source, "document", null, cancellationToken, null);
        }
    }

    /// <summary>Reads a document from <paramref name="stream"/>, refusing it whole when anything in it is wrong; the same bounds as a file.</summary>
    /// <param name="stream">The document, read to its end; the caller disposes it.</param>
    /// <param name="source">The name to use in messages, such as the upload's file name.</param>
    /// <param name="cancellationToken">Stops the reading; checked after each chunk.</param>
    /// <exception cref="DocumentException">The stream cannot be read or is not a valid document; lists every problem.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Document Parse(Stream stream, string source, CancellationToken cancellationToken = default) =>
        Whole(ParseRecords(stream, source, null, cancellationToken));

    /// <summary>
    /// Parses a document record by record: a record with a problem is left out and its problems
    /// reported, and the other records are kept. Suits batches, where one bad record must not
    /// stop thousands of good ones.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to use in messages, usually the file path.</param>
    /// <returns>The good records, and every problem; <see cref="DocumentParseResult.Document"/> is null when the document as a whole cannot be read.</returns>
    public static DocumentParseResult ParseRecords(string json, string source) => ReadRecords(new StringReader(json), source, "document", null);

    /// <summary>Reads the records of a document from <paramref name="stream"/> (a "file" or a "document", as messages call it), held to the bound of a file.</summary>
    private static DocumentParseResult ReadRecords(Stream stream, string source, string what, IProgress<long>? bytesRead, CancellationToken cancellationToken, EntryStream? entries)
    {
        using var text = BoundedFile.TextOf(new BoundedStream(stream, DocumentFile.MaxBytes, bytesRead, cancellationToken));
        return ReadRecords(text, source, what, entries);
    }

    /// <summary>
    /// The one reading of a document's text, as a stream: the root's members are read as they
    /// come and its records one at a time, so the text and its tree are never held whole. A
    /// text that is not strict JSON, or cannot be read to its end, gives only that problem and no
    /// records, as if it had been checked whole before reading: records given to
    /// <paramref name="entries"/> by then are taken back.
    /// </summary>
    private static DocumentParseResult ReadRecords(TextReader text, string source, string what, EntryStream? entries)
    {
        var syntax = new ProblemList();
        var problems = new ProblemList();
        var given = false;
        var stream = entries is null ? null : new EntryStream((first, chunk) => { given = true; entries.Take(first, chunk); }, entries.TakeBack);
        try
        {
            using var reader = new StrictJson(text, source, syntax);
            reader.Read();
            var document = reader.TokenType == JsonToken.StartObject
                ? Read(new JsonFields(new PendingMembers(reader), source, problems), source, problems, stream)
                : Read(JToken.ReadFrom(reader, JsonText.LoadSettings), source, problems);
            reader.ReadToEnd();
            return reader.Refused ? Refused(syntax.Items) : new DocumentParseResult(document, problems.Items);
        }
        catch (StrictJson.Refusal)
        {
            return Refused(syntax.Items);
        }
        catch (Exception ex) when (BoundedFile.Failure(ex, what, DocumentFile.MaxBytes) is { } error)
        {
            return Refused([new Problem(ProblemCodes.Syntax, source, "", 0, 0, null, error)]);
        }

        DocumentParseResult Refused(IReadOnlyList<Problem> why)
        {
            if (given)
            {
                entries!.TakeBack(0);
            }

            return new DocumentParseResult(null, why);
        }
    }

    private static Document Whole(DocumentParseResult result) =>
        result.Problems.Count > 0 ? throw new DocumentException(result.Problems) : result.Document!;

    /// <summary>Reads a document from parsed JSON (such as one embedded in a scenario file), adding every problem.</summary>
    internal static Document? Read(JToken? token, string source, ProblemList problems) =>
        JsonFields.Of(token, source, problems, "a document") is { } root ? Read(root, source, problems) : null;

    /// <summary>
    /// Reads a document's root, whole or still in the text, adding every problem; with
    /// <paramref name="stream"/>, its records go there as they are read instead of into the document.
    /// </summary>
    private static Document? Read(JsonFields root, string source, ProblemList problems, EntryStream? stream = null)
    {
        var step = root.Choice("kind", StepTable.ByKindName, required: true);
        if (step is null)
        {
            return null;
        }

        var entries = new RecordEntries(source, stream);
        var records = new RecordList(entries);
        step.Read(root, records);
        records.HandOn();
        root.RejectUnknown();
        entries.ReportDuplicates(problems);
        return new Document(source, step.Kind, entries.Kept, entries.Given);
    }

    /// <summary>
    /// Turns a document's records into entries, in order: the first record of an id is kept, and
    /// each later one is a problem, reported once the document is read, as if it had been read whole.
    /// </summary>
    private sealed class RecordEntries(string source, EntryStream? stream) : RecordList.IReceiver
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        // By record position: the id it was kept under, or null for a repeated id.
        private readonly List<string?> _keptId = [];
        private readonly List<(int Record, Problem Problem)> _repeated = [];

        /// <summary>Gets the entries kept, when they are not given to a stream.</summary>
        public List<DocumentEntry> Kept { get; } = [];

        /// <summary>Gets how many entries were made and not taken back.</summary>
        public int Given { get; private set; }

        public bool WantsEarly => stream is not null;

        public void Take(int first, IReadOnlyList<StepRecord> records)
        {
            var chunk = stream is null ? Kept : new List<DocumentEntry>(records.Count);
            var firstEntry = Given;
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                if (_ids.Add(record.Id))
                {
                    _keptId.Add(record.Id);
                    Given++;
                    chunk.Add(new DocumentEntry
                    {
                        Id = record.Id, Place = record.Place, Subject = record.Subject, City = record.City, Item = record.Item,
                        Request = record.Request, JudgedWith = record.JudgedWith, Source = source,
                    });
                }
                else
                {
                    _keptId.Add(null);
                    var id = record.Place.Id;
                    _repeated.Add((first + i, new Problem(ProblemCodes.Duplicate, source, id.Path, id.Line, id.Column, record.Id,
                        $"The id \"{record.Id}\" is used more than once; give each record its own id.")));
                }
            }

            if (stream is not null && chunk.Count > 0)
            {
                stream.Take(firstEntry, chunk);
            }
        }

        public void TakeBack(int first)
        {
            // Records are taken back only once given early, which a list with no stream never does.
            for (var record = _keptId.Count - 1; record >= first; record--)
            {
                if (_keptId[record] is { } id)
                {
                    _ids.Remove(id);
                    Given--;
                }
            }

            _keptId.RemoveRange(first, _keptId.Count - first);
            _repeated.RemoveAll(r => r.Record >= first);
            stream?.TakeBack(Given);
        }

        /// <summary>Adds the problem of each repeated id, in record order.</summary>
        public void ReportDuplicates(ProblemList problems)
        {
            foreach (var (_, problem) in _repeated)
            {
                problems.Add(problem);
            }
        }
    }
}
