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

            var tooLarge = $"The file is larger than {maxBytes / (1024 * 1024)} MB; files larger than {maxBytes / (1024 * 1024)} MB are refused. Split it.";
            if (new FileInfo(path).Length > maxBytes)
            {
                error = tooLarge;
                return null;
            }

            // A file can grow while it is read: count while reading too.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Read(stream, maxBytes, tooLarge, out error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"The file cannot be read: {ex.Message}";
            return null;
        }
    }

    /// <summary>Returns the UTF-8 text of <paramref name="stream"/> (standard input, say), read to its end but never past <paramref name="maxBytes"/>; or null and why not.</summary>
    public static string? Read(Stream stream, long maxBytes, out string? error) =>
        Read(stream, maxBytes, $"The input is larger than {maxBytes / (1024 * 1024)} MB; inputs larger than {maxBytes / (1024 * 1024)} MB are refused. Split it.", out error);

    private static string? Read(Stream stream, long maxBytes, string tooLarge, out string? error)
    {
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    error = tooLarge;
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            // A byte-order mark is tolerated: editors on Windows add one.
            var bom = bytes.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
            error = null;
            return Strict.GetString(bytes[bom..]);
        }
        catch (DecoderFallbackException)
        {
            error = "The file is not UTF-8 text; save it as UTF-8.";
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error = $"The file cannot be read: {ex.Message}";
            return null;
        }
    }
}
