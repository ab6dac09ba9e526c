using System.Collections;
using System.Globalization;
using Ahx1X.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Rules.Text;

/// <summary>Renders fact values the same way in messages, fact lists and reports.</summary>
internal static class Format
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Renders <paramref name="value"/> in Chinese when <paramref name="chinese"/> is true, else in English.</summary>
    public static string Value(object? value, bool chinese) => value switch
    {
        null => chinese ? "（未提供）" : "(not given)",
        string s => s,
        bool b => chinese ? (b ? "是" : "否") : (b ? "yes" : "no"),
        LocalDate d => Date(d),
        YearMonth m => YearMonthPattern.Iso.Format(m),
        decimal m => Number(m),
        double f => f.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f and not Enum => f.ToString(null, CultureInfo.InvariantCulture),
        Season s => chinese ? (s == Season.Spring ? "春季" : "秋季") : (s == Season.Spring ? "spring" : "autumn"),
        CertificateLevel l => chinese
            ? l switch { CertificateLevel.Junior => "初级", CertificateLevel.Intermediate => "中级", _ => "高级" }
            : l switch { CertificateLevel.Junior => "junior", CertificateLevel.Intermediate => "intermediate", _ => "senior" },
        InstitutionKind k => chinese
            ? k switch
            {
                InstitutionKind.AppliedUndergraduate => "应用型本科高校",
                InstitutionKind.HigherVocational => "高等职业院校",
                InstitutionKind.SecondaryVocational => "中职学校",
                _ => "省属中专学校",
            }
            : k switch
            {
                InstitutionKind.AppliedUndergraduate => "applied undergraduate university",
                InstitutionKind.HigherVocational => "higher vocational college",
                InstitutionKind.SecondaryVocational => "secondary vocational school",
                _ => "provincial secondary specialised school",
            },
        IEnumerable items => string.Join(chinese ? "、" : ", ", items.Cast<object?>().Select(i => Value(i, chinese))),
        _ => value.ToString() ?? "",
    };
}
