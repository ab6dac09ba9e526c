using System.Globalization;
using NodaTime;

namespace Ahx1X.Rules.Text;

/// <summary>Renders dates and numbers the same way everywhere, whatever the machine's culture.</summary>
internal static class Format
{
    public static string Date(LocalDate date) => IsoDate.Format(date);

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
