using System.Text;

namespace Ahx1X.Rules.Documents;

/// <summary>Reads document files with a size bound, turning I/O failures into located problems.</summary>
internal static class DocumentFile
{
    /// <summary>The largest document accepted, in bytes.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <exception cref="DocumentException">The file is missing, unreadable or too large.</exception>
    public static string Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw Fail(path, "The file does not exist; check the path.");
            }

            if (info.Length > MaxBytes)
            {
                throw Fail(path, $"The file is {info.Length / (1024 * 1024)} MB; documents larger than {MaxBytes / (1024 * 1024)} MB are refused. Split it.");
            }

            // A byte-order mark is tolerated: editors on Windows add one.
            return File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw Fail(path, "The file is not UTF-8 text; save it as UTF-8.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail(path, $"The file cannot be read: {ex.Message}");
        }
    }

    private static DocumentException Fail(string path, string message) =>
        new([new Problem(ProblemCodes.Syntax, path, "", 0, 0, null, message)]);
}
