using System.Globalization;

namespace Ahx1X.Rules.Tests.Expressions;

/// <summary>Sets the current culture and UI culture of the running test until disposed.</summary>
internal sealed class CurrentCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>Switches to <paramref name="name"/>; the empty name is the invariant culture.</summary>
    public CurrentCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
