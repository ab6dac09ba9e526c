using Ahx1X.Rules.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Rules.Tests.Text;

/// <summary>The hand-written ISO date reads and writes as NodaTime's <see cref="LocalDatePattern.Iso"/> does, for every date and for texts near the shape of one.</summary>
public sealed class IsoDateTests
{
    private static readonly LocalDate Min = new(-9998, 1, 1);

    [Theory]
    [InlineData("2024-03-22")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-04-31")]
    [InlineData("2024-04-00")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("-0001-01-01")]
    [InlineData("-9998-01-01")]
    [InlineData("+2024-03-22")]
    [InlineData("12024-03-22")]
    [InlineData("2024-3-22")]
    [InlineData("2024/03/22")]
    [InlineData(" 2024-03-22")]
    [InlineData("2024-03-22 ")]
    [InlineData("2024-03-22T09:30:00+08:00")]
    [InlineData("٢٠٢٤-٠٣-٢٢")]
    [InlineData("")]
    public void Parse_AText_ReadsAsThePattern(string text)
    {
        var pattern = LocalDatePattern.Iso.Parse(text);

        Assert.Equal(pattern.Success ? pattern.Value : null, IsoDate.Parse(text));
    }

    [Property(MaxTest = 2000)]
    public Property AnyDate_IsWrittenAndReadAsThePatternDoes()
    {
        // Half the draws across 1900–2100, half across the whole ISO calendar.
        var near = Gen.Choose(-70 * 365, 130 * 365).Select(d => new LocalDate(1970, 1, 1).PlusDays(d));
        var anywhere = Gen.Choose(0, Period.Between(Min, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days).Select(d => Min.PlusDays(d));
        return Prop.ForAll(Arb.From(Gen.OneOf(near, anywhere)), date =>
        {
            var written = LocalDatePattern.Iso.Format(date);
            return (IsoDate.Format(date) == written && IsoDate.Parse(written) == date).Label(written);
        });
    }

    [Property(MaxTest = 2000)]
    public Property AnyTextOfDigitsAndDashes_IsReadAsThePatternReadsIt()
    {
        // Texts of ten or eleven characters from the characters a date is written with, and a few others.
        var chars = Gen.Elements("0123456789--+T :".ToCharArray());
        var texts = Gen.Choose(9, 11).SelectMany(n => Gen.ArrayOf(chars, n)).Select(a => new string(a));
        var shaped = Gen.Zip(Gen.Zip(Gen.Choose(-1, 10_000), Gen.Choose(-1, 14)), Gen.Choose(-1, 33))
            .Select(p => $"{p.Item1.Item1:0000}-{p.Item1.Item2:00}-{p.Item2:00}");
        return Prop.ForAll(Arb.From(Gen.OneOf(texts, shaped)), text =>
        {
            var pattern = LocalDatePattern.Iso.Parse(text);
            return (IsoDate.Parse(text) == (pattern.Success ? pattern.Value : null)).Label(text);
        });
    }

    [Theory]
    [InlineData("2024-03-22T09:30:00+08:00", true)]
    [InlineData("2024-03-22", false)]
    [InlineData("-2024-03-22", false)]
    [InlineData("2024-03-22x", false)]
    public void HasTimeAfterDate_ATextWithATimeAfterTheDate_CannotBeADate(string text, bool hasTime)
    {
        Assert.Equal(hasTime, IsoDate.HasTimeAfterDate(text));
        if (hasTime)
        {
            Assert.False(LocalDatePattern.Iso.Parse(text).Success);
        }
    }
}
