using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.IO;

/// <summary>Reads document files with a size bound, turning I/O failures into located problems.</summary>
internal static class DocumentFile
{
    /// <summary>The largest document accepted, in bytes.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <exception cref="DocumentException">The file is missing, unreadable, not UTF-8 or too large.</exception>
    public static string Read(string path) =>
        BoundedFile.Read(path, MaxBytes, out var error)
        ?? throw new DocumentException([new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, error!)]);

    /// <summary>Takes the bytes of <paramref name="stream"/> without blocking on it, with the same bound as a file, reporting the bytes read.</summary>
    /// <exception cref="DocumentException">The stream cannot be read or is too large.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<MemoryStream> BufferAsync(Stream stream, string source, IProgress<long>? bytesRead, CancellationToken cancellationToken)
    {
        var (bytes, error) = await BoundedFile.BufferAsync(stream, "document", MaxBytes, bytesRead, cancellationToken).ConfigureAwait(false);
        return bytes ?? throw new DocumentException([new Problem(ProblemCodes.Syntax, source, "", 0, 0, null, error!)]);
    }

    /// <summary>Opens the document file <paramref name="path"/> for reading, refusing what is not a regular file of at most <see cref="MaxBytes"/>.</summary>
    /// <exception cref="DocumentException">The file is missing, not a regular file, too large or cannot be opened.</exception>
    public static FileStream Open(string path) =>
        BoundedFile.Open(path, MaxBytes, out var error)
        ?? throw new DocumentException([new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, error!)]);
}
