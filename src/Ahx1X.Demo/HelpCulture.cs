using System.Globalization;

namespace Ahx1X.Demo;

/// <summary>Sets the UI culture System.CommandLine writes its help headings in, for one run, and puts the previous one back.</summary>
internal sealed class HelpCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    private HelpCulture(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

    /// <summary>Uses simplified Chinese when <paramref name="chinese"/>, otherwise English unless the system language is already English.</summary>
    public static HelpCulture Use(bool chinese) =>
        new(chinese ? CultureInfo.GetCultureInfo("zh-Hans")
            : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? CultureInfo.InvariantCulture : CultureInfo.CurrentUICulture);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
