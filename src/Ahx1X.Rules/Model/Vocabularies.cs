namespace Ahx1X.Rules.Model;

/// <summary>The vocabularies of the model's enums: the one place their names are written.</summary>
public static class Vocabularies
{
    /// <summary>Gets the vocabulary of the seasons.</summary>
    public static Vocabulary<Season> Season { get; } = new(
        (Model.Season.Spring, "spring", "春季", "spring"),
        (Model.Season.Autumn, "autumn", "秋季", "autumn"));

    /// <summary>Gets the vocabulary of the certificate levels.</summary>
    public static Vocabulary<CertificateLevel> Level { get; } = new(
        (CertificateLevel.Junior, "junior", "初级", "junior"),
        (CertificateLevel.Intermediate, "intermediate", "中级", "intermediate"),
        (CertificateLevel.Senior, "senior", "高级", "senior"));

    /// <summary>Gets the vocabulary of the kinds of institution.</summary>
    public static Vocabulary<InstitutionKind> InstitutionKind { get; } = new(
        (Model.InstitutionKind.AppliedUndergraduate, "appliedUndergraduate", "应用型本科高校", "applied undergraduate university"),
        (Model.InstitutionKind.HigherVocational, "higherVocational", "高等职业院校", "higher vocational college"),
        (Model.InstitutionKind.SecondaryVocational, "secondaryVocational", "中职学校", "secondary vocational school"),
        (Model.InstitutionKind.ProvincialSecondarySpecialised, "provincialSecondarySpecialised", "省属中专学校", "provincial secondary specialised school"));

    /// <summary>Gets the vocabulary of the kinds of summary table sender.</summary>
    public static Vocabulary<SenderKind> SenderKind { get; } = new(
        (Model.SenderKind.CityBureau, "cityBureau", "市级教育行政部门", "city education bureau"),
        (Model.SenderKind.AppliedUndergraduate, "appliedUndergraduate", "应用型本科高校", "applied undergraduate university"),
        (Model.SenderKind.HigherVocational, "higherVocational", "高等职业院校", "higher vocational college"),
        (Model.SenderKind.SecondaryVocational, "secondaryVocational", "中职学校", "secondary vocational school"),
        (Model.SenderKind.ProvincialSecondarySpecialised, "provincialSecondarySpecialised", "省属中专学校", "provincial secondary specialised school"));

    /// <summary>Returns how people read an enum value of the model, or null when it is not one.</summary>
    internal static string? Text(object value, bool chinese) => value switch
    {
        Model.Season s => Season.Text(s, chinese),
        CertificateLevel l => Level.Text(l, chinese),
        Model.InstitutionKind k => InstitutionKind.Text(k, chinese),
        Model.SenderKind k => SenderKind.Text(k, chinese),
        _ => null,
    };
}
