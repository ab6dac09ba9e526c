using Ahx1X.Rules.Authoring;

namespace Ahx1X.Rules.Tests.Authoring;

/// <summary>Taking confirmed values out of an edition's to-confirm.txt, as the studio's save does.</summary>
public class ToConfirmListTests
{
    private static readonly ValueToConfirm[] Values =
    [
        new("edition.json", "$.seasons.spring.application.start", "\"2024-03-22\"", "\"2025-03-22\""),
        new("edition.json", "$.seasons.spring.application.end", "\"2024-04-02\"", "\"2025-04-02\""),
        new("notice.txt", "", "sha256:ab", "sha256:ab"),
    ];

    [Fact]
    public void Remove_DropsOnlyTheLinesNamed_AndKeepsTheCommentsAndTheRest()
    {
        var text = ToConfirmList.Write(2024, 2025, Values);

        var left = ToConfirmList.Remove(text, new HashSet<(string, string)> { ("edition.json", "$.seasons.spring.application.start"), ("notice.txt", "") });

        Assert.Equal([Values[1]], ToConfirmList.Read(left).Select(entry => entry.Value));
        Assert.Equal(text.Split('\n').Where(line => line.StartsWith('#')), left.Split('\n').Where(line => line.StartsWith('#')));
    }

    [Fact]
    public void Remove_OfAValueNotListed_LeavesTheListAsItIs_AndReadsListsWrittenWithWindowsLineEnds()
    {
        var text = ToConfirmList.Write(2024, 2025, Values).Replace("\n", "\r\n", StringComparison.Ordinal);

        var left = ToConfirmList.Remove(text, new HashSet<(string, string)> { ("edition.json", "$.seasons.autumn.application.start") });

        Assert.Equal(Values, ToConfirmList.Read(left).Select(entry => entry.Value));
        Assert.Equal(ToConfirmList.Read(text), ToConfirmList.Read(left));
    }
}
