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
}
