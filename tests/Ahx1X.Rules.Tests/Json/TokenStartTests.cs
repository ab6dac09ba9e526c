using Ahx1X.Rules.Json;

namespace Ahx1X.Rules.Tests.Json;

/// <summary>Problems point at the start of the offending token, where an editor puts the cursor, not at its end.</summary>
public class TokenStartTests
{
    private const string Text = "{\n  \"name\": \"xy\\\"z\",  \"n\" :  12.5, \"b\": true, \"o\": { \"k\": [1, null] }\r\n  , \"last\": -3e2\n}";

    [Theory]
    [InlineData("name", 2, 3)]
    [InlineData("n", 2, 21)]
    [InlineData("o", 2, 45)]
    [InlineData("last", 3, 5)]
    public void Member_StartsAtTheQuoteOfItsName(string member, int line, int column)
    {
        var root = (Newtonsoft.Json.Linq.JObject)JsonText.Parse(Text, "f", new ProblemList())!;

        Assert.Equal((line, column), TokenStart.Of(root.Property(member)!));
    }

    [Theory]
    [InlineData("name", 2, 11)]
    [InlineData("n", 2, 28)]
    [InlineData("b", 2, 39)]
    [InlineData("o", 2, 50)]
    [InlineData("o.k", 2, 57)]
    [InlineData("o.k[1]", 2, 61)]
    [InlineData("last", 3, 13)]
    public void Value_StartsAtItsFirstCharacter(string path, int line, int column)
    {
        var root = JsonText.Parse(Text, "f", new ProblemList())!;

        Assert.Equal((line, column), TokenStart.Of(root.SelectToken(path)!));
    }

    [Fact]
    public void AProblemAboutAMember_HasTheColumnOfItsName()
    {
        var problems = new ProblemList();
        var root = (Newtonsoft.Json.Linq.JObject)JsonText.Parse("{ \"kind\": \"applications\",\n    \"certificat\": \"B1-WEB\" }", "f", problems)!;

        problems.Add(ProblemCodes.UnknownMember, "f", root.Property("certificat"), "unknown");

        Assert.Equal((2, 5), (problems.Items[0].Line, problems.Items[0].Column));
    }
}
