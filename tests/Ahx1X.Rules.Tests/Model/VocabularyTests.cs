using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Tests.Model;

/// <summary>Every enum a document or a message names has one table of names, and no raw identifier reaches a reader.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void EveryValue_HasAWireNameAndBothLanguages_NoneOfThemTheIdentifier()
    {
        AssertComplete(Vocabularies.Season);
        AssertComplete(Vocabularies.Level);
        AssertComplete(Vocabularies.InstitutionKind);
        AssertComplete(Vocabularies.SenderKind);
    }

    [Fact]
    public void SenderKind_InAMessage_IsReadableText()
    {
        Assert.Equal("中职学校", Ahx1X.Rules.Evaluation.FactText.Value(SenderKind.SecondaryVocational, chinese: true));
        Assert.Equal("secondary vocational school", Ahx1X.Rules.Evaluation.FactText.Value(SenderKind.SecondaryVocational, chinese: false));
    }

    private static void AssertComplete<TEnum>(Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Assert.Equal(value, vocabulary.ByWire[vocabulary.Wire(value)]);
            Assert.DoesNotContain(value.ToString(), vocabulary.Text(value, chinese: false).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.NotEqual(value.ToString(), vocabulary.Text(value, chinese: true));
        }
    }
}
