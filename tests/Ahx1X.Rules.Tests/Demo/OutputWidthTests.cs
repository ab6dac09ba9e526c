using Ahx1X.Demo.Output;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>Piped output is drawn as wide as the terminal it ends in, not forced to 160 columns.</summary>
public class OutputWidthTests
{
    [Fact]
    public void PipedIntoANarrowTerminal_TakesTheTerminalsWidth() => Assert.Equal(90, OutputWidth.Of(redirected: true, columns: null, () => 90));

    [Fact]
    public void ColumnsSet_IsFollowedPipedOrNot()
    {
        Assert.Equal(72, OutputWidth.Of(redirected: true, columns: "72", () => 200));
        Assert.Equal(72, OutputWidth.Of(redirected: false, columns: "72", () => 200));
    }

    [Fact]
    public void ATerminal_IsMeasuredByTheConsoleItself() => Assert.Null(OutputWidth.Of(redirected: false, columns: null, () => 90));

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("wide")]
    public void OutputReachingNoTerminal_IsDrawnWide(string? columns) =>
        Assert.Equal(OutputWidth.Unbounded, OutputWidth.Of(redirected: true, columns, () => null));
}
