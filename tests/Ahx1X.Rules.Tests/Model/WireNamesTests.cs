using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Tests.Model;

/// <summary>
/// The enum maps that replaced dictionaries keep a dictionary's meaning: names compared
/// ordinally, the order given (which "one of ..." problems list), and a clear refusal of a value
/// no term names.
/// </summary>
public sealed class WireNamesTests
{
    private static readonly WireNames<Season> Seasons = new(["spring", "autumn"], [Season.Spring, Season.Autumn]);

    [Fact]
    public void Names_AreFoundOrdinally_AndListedInTheOrderGiven()
    {
        Assert.True(Seasons.TryGetValue("autumn", out var autumn));
        Assert.Equal(Season.Autumn, autumn);
        Assert.False(Seasons.TryGetValue("Autumn", out _));
        Assert.False(Seasons.ContainsKey("spring "));
        Assert.Equal(["spring", "autumn"], Seasons.Keys);
        Assert.Equal([Season.Spring, Season.Autumn], Seasons.Values);
        Assert.Equal([new("spring", Season.Spring), new KeyValuePair<string, Season>("autumn", Season.Autumn)], Seasons);
        Assert.Equal(2, Seasons.Count);
        Assert.Throws<KeyNotFoundException>(() => Seasons["summer"]);
    }

    [Fact]
    public void NamesAndValues_OfDifferentCounts_AreRefused() =>
        Assert.Throws<ArgumentException>(() => new WireNames<Season>(["spring", "autumn"], [Season.Spring]));

    [Fact]
    public void Vocabulary_RefusesAValueItHasNoTermFor()
    {
        const Season undefined = (Season)99;
        Assert.Throws<KeyNotFoundException>(() => Vocabularies.Season.Wire(undefined));
        Assert.Throws<KeyNotFoundException>(() => Vocabularies.Season.Text(undefined, chinese: true));
        Assert.Throws<KeyNotFoundException>(() => Vocabularies.Season.Text(undefined));
    }

    [Fact]
    public void Vocabulary_LackingADefinedValue_SaysWhich()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => new Vocabulary<Season>((Season.Spring, "spring", "春季", "spring")));
        Assert.Equal("The vocabulary of Season lacks Autumn.", refusal.Message);
    }

    [Fact]
    public void Vocabulary_FindsEachTermByItsValue_WhateverTheEnumsSize()
    {
        var sizes = new Vocabulary<ConsoleKey>([.. Enum.GetValues<ConsoleKey>().Select(k => (k, k.ToString().ToLowerInvariant(), "键" + (int)k, k.ToString()))]);
        Assert.Equal("enter", sizes.Wire(ConsoleKey.Enter));
        Assert.Equal(ConsoleKey.Escape, sizes.ByWire["escape"]);
        var small = new Vocabulary<Small>((Small.Low, "low", "低", "low"), (Small.High, "high", "高", "high"));
        Assert.Equal("高", small.Text(Small.High, chinese: true));
        Assert.Equal(new Ahx1X.Rules.Results.LocalizedText("低", "low"), small.Text(Small.Low));
    }

    /// <summary>An enum of one byte, with a value beyond a signed byte's range.</summary>
    public enum Small : byte
    {
        /// <summary>The first.</summary>
        Low = 1,

        /// <summary>The second.</summary>
        High = 200,
    }
}
