using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.IO;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>Reads a workbook or CSV file into memory with the bounds documents have: a regular file, at most <see cref="SheetLimits.MaxFileBytes"/>.</summary>
internal static class SheetFile
{
    /// <summary>Returns the file's bytes, or null with its problem added.</summary>
    public static MemoryStream? Read(string path, List<Problem> problems)
    {
        var file = new SheetPosition(path);
        string? error = FileKinds.Of(path) switch
        {
            FileKind.Missing => "The file does not exist; check the path.",
            FileKind.Directory => "This is a folder, not a file; name a file.",
            FileKind.Regular => null,
            var kind => $"This is {FileKinds.Describe(kind)}, not a regular file; only regular files are read. Replace it with a regular file.",
        };
        if (error is null)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + read > SheetLimits.MaxFileBytes)
                    {
                        error = $"The file is larger than {SheetLimits.MaxFileBytes / (1024 * 1024)} MB; larger files are refused. Split it.";
                        break;
                    }

                    buffer.Write(chunk, 0, read);
                }

                if (error is null)
                {
                    buffer.Position = 0;
                    return buffer;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = $"The file cannot be read: {ex.Message.TrimEnd('.')}. Check its permissions.";
            }
        }

        problems.Add(file.Problem(ProblemCodes.Syntax, error));
        return null;
    }
}
