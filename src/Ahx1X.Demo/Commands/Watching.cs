using System.CommandLine;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// <c>--watch</c>: runs a command once, then again each time a file in its folder changes, until
/// the run is cancelled (Ctrl+C, or a test's token). Changes are seen through the platform's file
/// watching (a physical file provider's change tokens); a burst of changes, such as an editor's
/// save, is run once.
/// </summary>
internal static class Watching
{
    /// <summary>How long the folder must be quiet after a change before the command runs again.</summary>
    internal static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private static readonly AsyncLocal<CancellationToken> Cancel = new();

    /// <summary>Creates the <c>--watch</c> option.</summary>
    public static Option<bool> CreateOption() => new("--watch")
    {
        Description = "Run again each time a file in the folder changes, until stopped with Ctrl+C.",
    };

    /// <summary>Sets the token that ends this run's watching.</summary>
    public static void Use(CancellationToken cancel) => Cancel.Value = cancel;

    /// <summary>Runs <paramref name="run"/>, then again after each change under <paramref name="folder"/>; returns the last run's exit code.</summary>
    public static int Run(string folder, Func<int> run, TextWriter output)
    {
        var cancel = Cancel.Value;
        using var ctrlC = ConsoleCancel(out var stopped);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancel, stopped);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            return run();
        }

        using var provider = new PhysicalFileProvider(root);
        using var changed = new SemaphoreSlim(0);
        using var subscription = ChangeToken.OnChange(() => provider.Watch("**/*"), () => changed.Release());
        var code = run();
        output.WriteLine($"watching {folder} for changes; Ctrl+C to stop");
        try
        {
            while (true)
            {
                changed.Wait(both.Token);
                // Let a burst of changes settle, then run once for all of them.
                while (changed.Wait(Settle, both.Token))
                {
                }

                output.WriteLine($"--- {folder} changed; running again");
                code = run();
            }
        }
        catch (OperationCanceledException)
        {
            return code;
        }
    }

    /// <summary>Turns Ctrl+C into a cancellation while watching, so the last exit code stands.</summary>
    private static IDisposable ConsoleCancel(out CancellationToken token)
    {
        var source = new CancellationTokenSource();
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            e.Cancel = true;
            source.Cancel();
        };
        Console.CancelKeyPress += handler;
        token = source.Token;
        return new Unsubscribe(() =>
        {
            Console.CancelKeyPress -= handler;
            source.Dispose();
        });
    }

    private sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
