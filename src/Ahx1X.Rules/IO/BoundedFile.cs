using System.Text;

namespace Ahx1X.Rules.IO;

/// <summary>
/// Reads UTF-8 text from regular files no larger than a bound, whatever size the file system
/// reports, and turns every I/O failure into a sentence. A pipe, socket or device is refused
/// before it is opened, so a read never blocks on one.
/// </summary>
internal static class BoundedFile
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    /// <summary>Returns the text, or null and why it cannot be had.</summary>
    public static string? Read(string path, long maxBytes, out string? error)
    {
        using var stream = Open(path, maxBytes, out error);
        return stream is null ? null : Read(stream, "file", maxBytes, null, CancellationToken.None, out error);
    }

    /// <summary>Opens a regular file of at most <paramref name="maxBytes"/> for reading, or returns null and why not.</summary>
    public static FileStream? Open(string path, long maxBytes, out string? error)
    {
        try
        {
            // Known before opening: opening a named pipe waits for a writer, possibly forever.
            switch (FileKinds.Of(path))
            {
                case FileKind.Missing:
                    error = "The file does not exist; check the path.";
                    return null;
                case FileKind.Directory:
                    error = "This is a folder, not a file; name a file.";
                    return null;
                case FileKind.Regular:
                    break;
                case var kind:
                    error = $"This is {FileKinds.Describe(kind)}, not a regular file. Only regular files are read; pipes, sockets and devices are refused, as reading one can wait or run forever. Replace it with a regular file.";
                    return null;
            }

            if (new FileInfo(path).Length > maxBytes)
            {
                error = TooLarge("file", maxBytes);
                return null;
            }

            error = null;
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"The file cannot be read: {ex.Message}";
            return null;
        }
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end as strict UTF-8, refusing more than
    /// <paramref name="maxBytes"/>; reports the bytes read so far to <paramref name="bytesRead"/>
    /// after each chunk. Returns null with a one-line <paramref name="error"/> naming <paramref name="what"/> ("file", "stream").
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static string? Read(Stream stream, string what, long maxBytes, IProgress<long>? bytesRead, CancellationToken cancellationToken, out string? error)
    {
        // Every read of the synchronous pass completes synchronously: the task is done on return.
        var (bytes, problem) = ReadCore(stream, what, maxBytes, bytesRead, synchronous: true, cancellationToken).GetAwaiter().GetResult();
        error = problem;
        if (bytes is null)
        {
            return null;
        }

        using (bytes)
        {
            try
            {
                // A byte-order mark is tolerated: editors on Windows add one.
                var span = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
                return Strict.GetString(span[(span.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0)..]);
            }
            catch (DecoderFallbackException ex)
            {
                error = Failure(ex, what, maxBytes);
                return null;
            }
        }
    }

    /// <summary>Returns the UTF-8 text of <paramref name="stream"/> (standard input, say), read to its end but never past <paramref name="maxBytes"/>; or null and why not.</summary>
    public static string? Read(Stream stream, long maxBytes, out string? error) =>
        Read(stream, "input", maxBytes, null, CancellationToken.None, out error);

    /// <summary>Takes the bytes of <paramref name="stream"/> without blocking on it, as <see cref="Read(Stream, string, long, IProgress{long}?, CancellationToken, out string?)"/> reads them; or null and why not.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<(MemoryStream? Bytes, string? Error)> BufferAsync(Stream stream, string what, long maxBytes, IProgress<long>? bytesRead, CancellationToken cancellationToken) =>
        ReadCore(stream, what, maxBytes, bytesRead, synchronous: false, cancellationToken);

    /// <summary>The one reading loop of both passes: <paramref name="synchronous"/> reads with <see cref="Stream.Read(byte[], int, int)"/>, else with <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>.</summary>
    private static async ValueTask<(MemoryStream? Bytes, string? Error)> ReadCore(Stream stream, string what, long maxBytes, IProgress<long>? bytesRead, bool synchronous, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        try
        {
            // A file can grow while it is read, and a stream has no length: count while reading.
            var chunk = new byte[81920];
            int read;
            while ((read = synchronous ? stream.Read(chunk, 0, chunk.Length) : await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (buffer.Length + read > maxBytes)
                {
                    buffer.Dispose();
                    return (null, TooLarge(what, maxBytes));
                }

                buffer.Write(chunk, 0, read);
                bytesRead?.Report(buffer.Length);
            }

            buffer.Position = 0;
            return (buffer, null);
        }
        catch (Exception ex) when (Failure(ex, what, maxBytes) is { } error)
        {
            buffer.Dispose();
            return (null, error);
        }
    }

    /// <summary>Returns the one-line sentence for a failure reading a <paramref name="what"/> ("file", "document"), or null for an exception that is no reading failure.</summary>
    public static string? Failure(Exception exception, string what, long maxBytes) => exception switch
    {
        BoundedStream.TooLargeException => TooLarge(what, maxBytes),
        DecoderFallbackException => $"The {what} is not UTF-8 text; save it as UTF-8.",
        IOException or UnauthorizedAccessException or NotSupportedException => $"The {what} cannot be read: {exception.Message}",
        _ => null,
    };

    /// <summary>Returns a reader of <paramref name="stream"/> as strict UTF-8 (a byte-order mark is read as a character, for the JSON reader to skip).</summary>
    public static StreamReader TextOf(Stream stream) => new(stream, Strict, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);

    private static string TooLarge(string what, long maxBytes) =>
        $"The {what} is larger than {maxBytes / (1024 * 1024)} MB; {what}s larger than {maxBytes / (1024 * 1024)} MB are refused. Split it.";
}
