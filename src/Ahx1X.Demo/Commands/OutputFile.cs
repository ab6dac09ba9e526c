using System.Text;

namespace Ahx1X.Demo.Commands;

/// <summary>Writes the files commands produce (UTF-8, no byte-order mark), turning a failure into one problem line.</summary>
internal static class OutputFile
{
    /// <summary>Writes <paramref name="file"/> with <paramref name="write"/>; on failure prints one line naming the file and returns false.</summary>
    /// <param name="file">The file to write.</param>
    /// <param name="what">What the file is, for the message (such as "SVG").</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="error">Where the problem line goes.</param>
    public static bool TryWrite(FileInfo file, string what, Action<TextWriter> write, TextWriter error)
    {
        try
        {
            // Disposing flushes, and a full disk (/dev/full) fails there: inside the try.
            using var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(writer);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error.WriteLine($"ahx1x: the {what} file {file.FullName} cannot be written: {Guard.Sentence(ex.Message)} "
                + "Give a file in an existing, writable folder with room; anything already written to it is incomplete.");
            return false;
        }
    }
}
