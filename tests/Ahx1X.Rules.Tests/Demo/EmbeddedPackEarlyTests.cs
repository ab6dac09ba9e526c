using Ahx1X.Demo;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>The console loads the built-in pack from the start of a run only when the run will judge with it.</summary>
[Collection(EmbeddedPackCollection.Name)]
public class EmbeddedPackEarlyTests
{
    [Theory]
    [InlineData("evaluate", "x.json")]
    [InlineData("batch", "x.json", "--format", "json")]
    [InlineData("monitor", "reports.json")]
    public void AJudgingCommandWithoutRules_LoadsThePackEarly(params string[] args) =>
        Assert.True(EmbeddedPack.WillJudgeWith(args));

    [Theory]
    [InlineData("evaluate", "x.json", "--rules", "rules")]
    [InlineData("evaluate", "--rules=rules", "x.json")]
    [InlineData("batch", "--rules:rules", "x.json")]
    [InlineData("evaluate", "--help")]
    [InlineData("evaluate", "@options.rsp")]
    [InlineData("lint", "rules")]
    [InlineData("--rules", "rules", "evaluate", "x.json")]
    public void AnyOtherCommandLine_DoesNot(params string[] args) =>
        Assert.False(EmbeddedPack.WillJudgeWith(args));

    [Fact]
    public void ThePackLoadedEarly_IsTakenOnce_AndLaterLoadsAreFresh()
    {
        EmbeddedPack.LoadEarlyFor(["evaluate", "x.json"]);

        var first = EmbeddedPack.Load();
        var second = EmbeddedPack.Load();

        Assert.Equal("embedded", first.Source);
        Assert.NotSame(first, second);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
    }
}
