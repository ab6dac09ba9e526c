using System.Text;
using Ahx1X.Rules.Documents;

namespace Ahx1X.Rules.Tests.Performance;

/// <summary>Documents read from a stream meet the same bounds and readers as documents read from a file.</summary>
public sealed class DocumentStreamTests
{
    private static readonly string Sample = Path.Combine(Root(), "samples", "documents", "applications-accepted.json");

    [Fact]
    public void ParseRecords_Stream_GivesWhatTheFileGives()
    {
        using var stream = File.OpenRead(Sample);
        var fromStream = Document.ParseRecords(stream, Sample);
        var fromFile = Document.LoadRecords(Sample);
        Assert.Empty(fromStream.Problems);
        Assert.Equal(fromFile.Document!.Entries.Select(e => e.Id), fromStream.Document!.Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task ParseRecordsAsync_StreamThatRefusesSynchronousReads_GivesWhatTheFileGives()
    {
        await using var stream = new AsyncOnly(File.ReadAllBytes(Sample));
        var fromStream = await Document.ParseRecordsAsync(stream, Sample);
        Assert.Empty(fromStream.Problems);
        Assert.Equal(Document.LoadRecords(Sample).Document!.Entries.Select(e => e.Id), fromStream.Document!.Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task ParseRecordsAsync_StreamOver64Megabytes_IsRefusedInOneLine()
    {
        var result = await Document.ParseRecordsAsync(new Spaces(65L * 1024 * 1024), "upload.json");
        Assert.Contains("larger than 64 MB", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ParseRecords_StreamNestedTooDeep_IsRefusedAsAStringIs()
    {
        var json = "{\"kind\":\"applications\",\"institutions\":" + new string('[', 70) + new string(']', 70) + "}";
        var fromStream = Document.ParseRecords(new MemoryStream(Encoding.UTF8.GetBytes(json)), "deep.json");
        var fromString = Document.ParseRecords(json, "deep.json");
        Assert.Null(fromStream.Document);
        Assert.Equal(fromString.Problems.Select(p => p.ToString()), fromStream.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void ParseRecords_StreamOver64Megabytes_IsRefusedInOneLine()
    {
        var result = Document.ParseRecords(new Spaces(65L * 1024 * 1024), "upload.json");
        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Document);
        Assert.Contains("larger than 64 MB", problem.Message);
        Assert.DoesNotContain('\n', problem.ToString());
    }

    [Fact]
    public void ParseRecords_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stream = File.OpenRead(Sample);
        Assert.ThrowsAny<OperationCanceledException>(() => Document.ParseRecords(stream, Sample, null, cancelled.Token));
    }

    [Fact]
    public void LoadRecords_WithProgress_ReportsEveryByteRead()
    {
        var reported = new List<long>();
        var result = Document.LoadRecords(Sample, new Recorder(reported), CancellationToken.None);
        Assert.Empty(result.Problems);
        Assert.Equal(new FileInfo(Sample).Length, reported[^1]);
    }

    [Fact]
    public void LoadRecords_WithProgressMissingFile_GivesTheFilesProblem()
    {
        var result = Document.LoadRecords(Path.Combine(Root(), "no-such-file.json"), null, CancellationToken.None);
        Assert.Contains("does not exist", Assert.Single(result.Problems).Message);
    }

    private static string Root()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "Ahx1X.sln")))
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        return folder;
    }

    /// <summary>Records progress synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Recorder(List<long> reported) : IProgress<long>
    {
        public void Report(long value) => reported.Add(value);
    }

    /// <summary>A request body of a server that refuses synchronous reads.</summary>
    private sealed class AsyncOnly(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(_inner.Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream of spaces that holds none of them.</summary>
    private sealed class Spaces(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
