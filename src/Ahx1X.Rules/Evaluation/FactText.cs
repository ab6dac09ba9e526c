using System.Collections;
using System.Globalization;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Text;
using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Rules.Evaluation;

/// <summary>Renders fact values the same way in messages, fact lists and reports.</summary>
internal static class FactText
{
    /// <summary>Renders <paramref name="value"/> in Chinese when <paramref name="chinese"/> is true, else in English.</summary>
    public static string Value(object? value, bool chinese) => value switch
    {
        null => chinese ? "（未提供）" : "(not given)",
        string s => s,
        bool b => chinese ? (b ? "是" : "否") : (b ? "yes" : "no"),
        LocalDate d => Format.Date(d),
        YearMonth m => YearMonthPattern.Iso.Format(m),
        decimal m => Format.Number(m),
        double f => f.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f and not Enum => f.ToString(null, CultureInfo.InvariantCulture),
        Enum e when Vocabularies.Text(e, chinese) is { } text => text,
        IEnumerable items => string.Join(chinese ? "、" : ", ", items.Cast<object?>().Select(i => Value(i, chinese))),
        _ => value.ToString() ?? "",
    };
}
