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
        var (text, problem) = ReadCore(stream, what, maxBytes, bytesRead, synchronous: true, cancellationToken).GetAwaiter().GetResult();
        error = problem;
        return text;
    }

    /// <summary>Returns the UTF-8 text of <paramref name="stream"/> (standard input, say), read to its end but never past <paramref name="maxBytes"/>; or null and why not.</summary>
    public static string? Read(Stream stream, long maxBytes, out string? error) =>
        Read(stream, "input", maxBytes, null, CancellationToken.None, out error);

    /// <summary>Reads <paramref name="stream"/> as <see cref="Read(Stream, string, long, IProgress{long}?, CancellationToken, out string?)"/> does, without blocking on it.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<(string? Text, string? Error)> ReadAsync(Stream stream, string what, long maxBytes, IProgress<long>? bytesRead, CancellationToken cancellationToken) =>
        ReadCore(stream, what, maxBytes, bytesRead, synchronous: false, cancellationToken);

    /// <summary>The one reading loop of both passes: <paramref name="synchronous"/> reads with <see cref="Stream.Read(byte[], int, int)"/>, else with <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>.</summary>
    private static async ValueTask<(string? Text, string? Error)> ReadCore(Stream stream, string what, long maxBytes, IProgress<long>? bytesRead, bool synchronous, CancellationToken cancellationToken)
    {
        try
        {
            // A file can grow while it is read, and a stream has no length: count while reading.
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = synchronous ? stream.Read(chunk, 0, chunk.Length) : await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (buffer.Length + read > maxBytes)
                {
                    return (null, TooLarge(what, maxBytes));
                }

                buffer.Write(chunk, 0, read);
                bytesRead?.Report(buffer.Length);
            }

            // A byte-order mark is tolerated: editors on Windows add one.
            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            var bom = bytes.Span.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
            return (Strict.GetString(bytes.Span[bom..]), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"The {what} is not UTF-8 text; save it as UTF-8.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, $"The {what} cannot be read: {ex.Message}");
        }
    }

    private static string TooLarge(string what, long maxBytes) =>
        $"The {what} is larger than {maxBytes / (1024 * 1024)} MB; {what}s larger than {maxBytes / (1024 * 1024)} MB are refused. Split it.";
}
