namespace Ahx1X.Rules.Results;

/// <summary>Holds one text in Chinese and in English.</summary>
/// <param name="Zh">The Chinese text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>Returns the text in <paramref name="language"/>.</summary>
    /// <param name="language">The language wanted.</param>
    public string In(Language language) => language == Language.Chinese ? Zh : En;
}
