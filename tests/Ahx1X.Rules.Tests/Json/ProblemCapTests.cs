using System.Text;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Tests.Json;

/// <summary>
/// Refusing a file costs no more than reading it: at most 1,000 problems per file, then one
/// saying how many more, and no value or name echoed past a few hundred characters.
/// </summary>
public sealed class ProblemCapTests
{
    [Fact]
    public void Document_WithAMillionUnknownMembers_GivesAThousandProblemsAndOneCountingTheRest()
    {
        var json = new StringBuilder("{\"kind\": \"applications\", \"institutions\": []");
        for (var i = 0; i < 1_000_000; i++)
        {
            json.Append(", \"unknown").Append(i).Append("\": 0");
        }

        var problems = Document.ParseRecords(json.Append('}').ToString(), "many.json").Problems;

        Assert.Equal(ProblemList.MaxPerFile + 1, problems.Count);
        Assert.All(problems.Take(ProblemList.MaxPerFile), p => Assert.Equal(ProblemCodes.UnknownMember, p.Code));
        Assert.Equal("$.unknown999", problems[ProblemList.MaxPerFile - 1].JsonPath);
        var rest = problems[^1];
        Assert.Equal((ProblemCodes.UnknownMember, "many.json"), (rest.Code, rest.File));
        Assert.Contains("999000 more problems", rest.Message);
    }

    [Fact]
    public void Document_WithAMillionDuplicateMembers_IsCappedToo()
    {
        var json = new StringBuilder("{\"kind\": \"applications\", \"institutions\": []");
        for (var i = 0; i < 1_000_000; i++)
        {
            json.Append(", \"kind\": \"applications\"");
        }

        var problems = Document.ParseRecords(json.Append('}').ToString(), "dup.json").Problems;

        Assert.Equal(ProblemList.MaxPerFile + 1, problems.Count);
        Assert.Contains("999000 more problems", problems[^1].Message);
    }

    [Fact]
    public void CapIsPerFile_AnotherFileStillGetsItsOwn()
    {
        var problems = new ProblemList();
        for (var i = 0; i < 1500; i++)
        {
            problems.Add(new Problem(ProblemCodes.InvalidValue, "a.json", "$", 1, 1, null, "bad"));
        }

        problems.Add(new Problem(ProblemCodes.InvalidValue, "b.json", "$", 1, 1, null, "bad"));

        Assert.Equal(1002, problems.Items.Count);
        Assert.Single(problems.Items, p => p.File == "b.json");
        Assert.Contains("500 more problems", Assert.Single(problems.Items, p => p.Message.Contains("more problem", StringComparison.Ordinal)).Message);
    }

    [Fact]
    public void UnknownMemberWithAMillionCharacterName_IsEchoedShort()
    {
        var name = new string('x', 1_000_000);

        var problem = Assert.Single(Document.ParseRecords($"{{\"kind\": \"applications\", \"institutions\": [], \"{name}\": 1}}", "long.json").Problems);

        Assert.Equal(ProblemCodes.UnknownMember, problem.Code);
        Assert.Contains("(1000000 characters)", problem.Message);
        Assert.InRange(problem.Message.Length, 1, 600);
    }

    [Fact]
    public void DuplicateMemberWithALongName_IsEchoedShort()
    {
        var name = new string('y', 100_000);

        var problem = Assert.Single(Document.ParseRecords($"{{\"{name}\": 1, \"{name}\": 2}}", "long.json").Problems);

        Assert.Equal(ProblemCodes.Syntax, problem.Code);
        Assert.InRange(problem.Message.Length, 1, 600);
    }

    [Fact]
    public void WrongTypeWithALongString_IsEchoedShort()
    {
        var value = new string('z', 1_000_000);

        var problem = Assert.Single(Assert.Throws<DocumentException>(() =>
            Catalogue.Parse($"{{\"certificates\": \"{value}\"}}", "catalogue.json")).Problems, p => p.JsonPath == "$.certificates");

        Assert.InRange(problem.Message.Length, 1, 600);
    }
}
