namespace Ahx1X.Rules.Model;

/// <summary>
/// One table per enum: how documents write each value, and how messages and reports show it in
/// Chinese and English. Readers and renderers all go through it, so no raw identifier such as
/// <c>SecondaryVocational</c> reaches a message.
/// </summary>
internal sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, (string Wire, string Zh, string En)> _byValue;

    public Vocabulary(params (TEnum Value, string Wire, string Zh, string En)[] terms)
    {
        _byValue = terms.ToDictionary(t => t.Value, t => (t.Wire, t.Zh, t.En));
        ByWire = terms.ToDictionary(t => t.Wire, t => t.Value, StringComparer.Ordinal);
        var missing = Enum.GetValues<TEnum>().Where(v => !_byValue.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The vocabulary of {typeof(TEnum).Name} lacks {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Gets each value by the name documents write.</summary>
    public IReadOnlyDictionary<string, TEnum> ByWire { get; }

    /// <summary>Returns the name documents write for <paramref name="value"/>.</summary>
    public string Wire(TEnum value) => _byValue[value].Wire;

    /// <summary>Returns how people read <paramref name="value"/>, in Chinese or in English.</summary>
    public string Text(TEnum value, bool chinese) => chinese ? _byValue[value].Zh : _byValue[value].En;
}

/// <summary>The vocabularies of the model's enums.</summary>
internal static class Vocabularies
{
    public static readonly Vocabulary<Season> Season = new(
        (Model.Season.Spring, "spring", "春季", "spring"),
        (Model.Season.Autumn, "autumn", "秋季", "autumn"));

    public static readonly Vocabulary<CertificateLevel> Level = new(
        (CertificateLevel.Junior, "junior", "初级", "junior"),
        (CertificateLevel.Intermediate, "intermediate", "中级", "intermediate"),
        (CertificateLevel.Senior, "senior", "高级", "senior"));

    public static readonly Vocabulary<InstitutionKind> InstitutionKind = new(
        (Model.InstitutionKind.AppliedUndergraduate, "appliedUndergraduate", "应用型本科高校", "applied undergraduate university"),
        (Model.InstitutionKind.HigherVocational, "higherVocational", "高等职业院校", "higher vocational college"),
        (Model.InstitutionKind.SecondaryVocational, "secondaryVocational", "中职学校", "secondary vocational school"),
        (Model.InstitutionKind.ProvincialSecondarySpecialised, "provincialSecondarySpecialised", "省属中专学校", "provincial secondary specialised school"));

    public static readonly Vocabulary<SenderKind> SenderKind = new(
        (Model.SenderKind.CityBureau, "cityBureau", "市级教育行政部门", "city education bureau"),
        (Model.SenderKind.AppliedUndergraduate, "appliedUndergraduate", "应用型本科高校", "applied undergraduate university"),
        (Model.SenderKind.HigherVocational, "higherVocational", "高等职业院校", "higher vocational college"),
        (Model.SenderKind.SecondaryVocational, "secondaryVocational", "中职学校", "secondary vocational school"),
        (Model.SenderKind.ProvincialSecondarySpecialised, "provincialSecondarySpecialised", "省属中专学校", "provincial secondary specialised school"));

    /// <summary>Returns how people read an enum value of the model, or null when it is not one.</summary>
    public static string? Text(object value, bool chinese) => value switch
    {
        Model.Season s => Season.Text(s, chinese),
        CertificateLevel l => Level.Text(l, chinese),
        Model.InstitutionKind k => InstitutionKind.Text(k, chinese),
        Model.SenderKind k => SenderKind.Text(k, chinese),
        _ => null,
    };
}
