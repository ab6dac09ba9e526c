namespace Ahx1X.Rules.IO;

/// <summary>
/// Reads a stream as it is read, counting: past a bound it fails with <see cref="TooLargeException"/>
/// (a file can grow while it is read, and a stream has no length); it tells a progress the bytes
/// read so far after each chunk, and stops when its token is cancelled.
/// </summary>
internal sealed class BoundedStream(Stream inner, long maxBytes, IProgress<long>? bytesRead, CancellationToken cancellationToken) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _read += read;
        if (_read > maxBytes)
        {
            throw new TooLargeException();
        }

        if (read > 0)
        {
            bytesRead?.Report(_read);
        }

        return read;
    }

    /// <summary>Says the stream holds more than the bound.</summary>
    internal sealed class TooLargeException : IOException;
}
