using Ahx1X.Demo.Commands;

namespace Ahx1X.Rules.Tests.Performance;

/// <summary><c>generate</c> says so when it writes a file larger than <c>batch</c> and <c>evaluate</c> read.</summary>
public sealed class GenerateSizeTests
{
    [Fact]
    public void TooLargeToRead_FileOver64Megabytes_SaysHowManyFit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ahx1x-generate-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
            {
                // Sparse: no 65 MB are written.
                file.SetLength(65L * 1024 * 1024);
            }

            var warning = GenerateCommand.TooLargeToRead(new FileInfo(path));
            Assert.NotNull(warning);
            Assert.Contains("64 MB", warning);
            Assert.Contains("--count 130000", warning);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TooLargeToRead_130000Applications_IsReadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ahx1x-generate-{Guid.NewGuid():N}.json");
        try
        {
            // The most that fits, with the margin the warning gives.
            File.WriteAllText(path, GenerateCommand.Generate(130_000, new Random(2024)).ToString(Newtonsoft.Json.Formatting.Indented));
            Assert.Null(GenerateCommand.TooLargeToRead(new FileInfo(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
