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

    /// <summary>Reads a document from <paramref name="stream"/> (a "file" or a "document", as messages call it) with the same bound as a file, reporting the bytes read.</summary>
    /// <exception cref="DocumentException">The stream cannot be read, is not UTF-8 or is too large.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static string Read(Stream stream, string source, string what, IProgress<long>? bytesRead, CancellationToken cancellationToken) =>
        BoundedFile.Read(stream, what, MaxBytes, bytesRead, cancellationToken, out var error)
        ?? throw new DocumentException([new Problem(ProblemCodes.Syntax, source, "", 0, 0, null, error!)]);

    /// <summary>Reads a document from <paramref name="stream"/> as <see cref="Read(Stream, string, string, IProgress{long}?, CancellationToken)"/> does, without blocking on it.</summary>
    /// <exception cref="DocumentException">The stream cannot be read, is not UTF-8 or is too large.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<string> ReadAsync(Stream stream, string source, IProgress<long>? bytesRead, CancellationToken cancellationToken)
    {
        var (text, error) = await BoundedFile.ReadAsync(stream, "document", MaxBytes, bytesRead, cancellationToken).ConfigureAwait(false);
        return text ?? throw new DocumentException([new Problem(ProblemCodes.Syntax, source, "", 0, 0, null, error!)]);
    }

    /// <summary>Opens the document file <paramref name="path"/> for reading, refusing what is not a regular file of at most <see cref="MaxBytes"/>.</summary>
    /// <exception cref="DocumentException">The file is missing, not a regular file, too large or cannot be opened.</exception>
    public static FileStream Open(string path) =>
        BoundedFile.Open(path, MaxBytes, out var error)
        ?? throw new DocumentException([new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, error!)]);
}
