using System.Text.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Serialization;
using static Ahx1X.Rules.Tests.Serialization.ContractJson;

namespace Ahx1X.Rules.Tests.Serialization;

/// <summary>Every enum of a request or result is written by its wire name, read back from it, and never from a number.</summary>
public class EnumJsonTests
{
    [Fact]
    public void ModelEnums_AreWrittenAsTheirVocabularyNames()
    {
        AssertVocabulary(Vocabularies.Season);
        AssertVocabulary(Vocabularies.Level);
        AssertVocabulary(Vocabularies.InstitutionKind);
        AssertVocabulary(Vocabularies.SenderKind);
        Assert.Equal("\"provincialSecondarySpecialised\"", Write(InstitutionKind.ProvincialSecondarySpecialised));
        Assert.Equal("\"cityBureau\"", Write(SenderKind.CityBureau));
        Assert.Equal("\"junior\"", Write(CertificateLevel.Junior));
    }

    [Fact]
    public void ResultEnums_AreWrittenInCamelCase()
    {
        AssertCamelCase<Outcome>();
        AssertCamelCase<FindingSeverity>();
        AssertCamelCase<FindingKind>();
        AssertCamelCase<RuleOutcome>();
        Assert.Equal("\"acceptedWithWarnings\"", Write(Outcome.AcceptedWithWarnings));
        Assert.Equal("\"missingFacts\"", Write(FindingKind.MissingFacts));
        Assert.Equal("\"held\"", Write(RuleOutcome.Held));
    }

    [Fact]
    public void EveryOutcome_IsNamedInTheResultSchema()
    {
        var schema = JsonDocument.Parse(File.ReadAllText(Demo.Repository.PathOf("rules/schemas/result.schema.json")));
        var named = schema.RootElement.GetProperty("properties").GetProperty("outcome").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Equal(Enum.GetValues<Outcome>().Select(o => Read<string>(Write(o))), named);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"2\"")]
    [InlineData("\"Rejected\"")]
    [InlineData("null")]
    public void Outcome_FromANumberOrAnotherName_IsRefused(string json) =>
        Assert.Throws<JsonException>(() => Read<Outcome>(json));

    [Theory]
    [InlineData("1")]
    [InlineData("\"Junior\"")]
    [InlineData("\"初级\"")]
    public void Level_FromANumberOrAnotherName_IsRefusedNamingTheWireNames(string json)
    {
        var refused = Assert.Throws<JsonException>(() => Read<CertificateLevel>(json));

        Assert.Contains("\"junior\", \"intermediate\", \"senior\"", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedValue_IsNotWrittenAsANumber()
    {
        Assert.Throws<JsonException>(() => Write((CertificateLevel)42));
        Assert.Throws<JsonException>(() => Write((Outcome)42));
    }

    private static void AssertVocabulary<TEnum>(Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Assert.Equal(JsonSerializer.Serialize(vocabulary.Wire(value)), Write(value));
            Assert.Equal(value, Read<TEnum>(Write(value)));
        }
    }

    private static void AssertCamelCase<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Assert.Equal(JsonSerializer.Serialize(JsonNamingPolicy.CamelCase.ConvertName(value.ToString())), Write(value));
            Assert.Equal(value, Read<TEnum>(Write(value)));
        }
    }
}
