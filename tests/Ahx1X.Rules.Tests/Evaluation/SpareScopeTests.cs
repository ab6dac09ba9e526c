using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Tests.Evaluation;

/// <summary>
/// Each thread judges an accepted application on a scope it keeps for the next one; a finding
/// renders its text later from the scope it saw, so a scope a finding keeps is never filled again.
/// </summary>
public sealed class SpareScopeTests
{
    private static Finding UnreadScale01() =>
        Assert.Single(TestData.Evaluate(a => a with { Candidates = 23 }).For("SCALE-01"));

    [Fact]
    public void UnreadFinding_AfterTheThreadEvaluatesOtherApplications_StillShowsItsOwnValues()
    {
        var finding = UnreadScale01();

        for (var i = 0; i < 3; i++)
        {
            Assert.True(TestData.Evaluate().IsAccepted);
            Assert.True(TestData.Evaluate(a => a with { Candidates = 40 + i }).IsAccepted);
        }

        Assert.Equal("申报人数 23 人，低于该证书开考最低人数 30 人", finding.Message.Zh);
        Assert.Equal("23", finding.Facts.Single(f => f.Name == "application.Candidates").Value);
    }

    [Fact]
    public void UnreadFinding_AfterTheThreadChecksOtherApplications_StillShowsItsOwnValues()
    {
        var finding = UnreadScale01();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Outcome.Accepted, TestData.Engine.Check(TestData.Request(a => a with { Candidates = 40 + i })).Outcome);
            Assert.Equal(Outcome.Rejected, TestData.Engine.Check(TestData.Request(a => a with { Candidates = 20 + i })).Outcome);
        }

        Assert.Equal("申报人数 23 人，低于该证书开考最低人数 30 人", finding.Message.Zh);
        Assert.Equal("23", finding.Facts.Single(f => f.Name == "application.Candidates").Value);
    }

    [Fact]
    public void AcceptedThenRejected_OnOneThread_EachJudgedOnItsOwnValues()
    {
        // The spare scope of an accepted run is filled with every input of the next request, none left from the last.
        Assert.True(TestData.Evaluate().IsAccepted);
        var rejected = TestData.Evaluate(a => a with { Candidates = 24, CertificateCode = "NOPE-01" });
        Assert.True(TestData.Evaluate().IsAccepted);

        Assert.False(rejected.IsAccepted);
        Assert.Contains(rejected.Findings, f => f.ClauseId == "SCOPE-01");
        Assert.Contains("NOPE-01", string.Concat(rejected.Findings.SelectMany(f => f.Facts).Select(f => f.Value)));
    }
}
