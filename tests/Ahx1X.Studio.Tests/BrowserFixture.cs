using Microsoft.Playwright;

namespace Ahx1X.Studio.Tests;

/// <summary>
/// One headless Chromium from the system's packages (Debian's <c>chromium</c>), driven by
/// Playwright: it never downloads a browser. Without one the tests fail and say what to install.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Gets the folder screenshots go to: <c>AHX1X_STUDIO_SCREENSHOTS</c>, or the test's output folder.</summary>
    public static string Screenshots { get; } =
        Environment.GetEnvironmentVariable("AHX1X_STUDIO_SCREENSHOTS") is { Length: > 0 } folder ? folder : AppContext.BaseDirectory;

    public async Task InitializeAsync()
    {
        var chromium = Chromium()
            ?? throw new InvalidOperationException(
                "No Chromium found for the studio's browser tests: install Debian's (apt-get install -y chromium fonts-noto-cjk), "
                + "or set AHX1X_CHROMIUM to a Chromium binary. The tests never download a browser.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Returns <c>AHX1X_CHROMIUM</c> when set (and only it), else the system's Chromium, or null when there is none.</summary>
    private static string? Chromium() =>
        (Environment.GetEnvironmentVariable("AHX1X_CHROMIUM") is { Length: > 0 } chosen ? [chosen] : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
            .FirstOrDefault(File.Exists);
}
