using System.Text;

namespace Ahx1X.Studio;

/// <summary>The real file system.</summary>
internal sealed class PhysicalFileSystem : IStudioFileSystem
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void WriteNew(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using (var writer = new StreamWriter(stream, Utf8))
        {
            writer.Write(text);
            writer.Flush();
            // On disk before the rename, so a crash leaves the old file or the whole new one.
            stream.Flush(flushToDisk: true);
        }
    }

    public void Replace(string from, string to) => File.Move(from, to, overwrite: true);

    public void Delete(string path) => File.Delete(path);
}
