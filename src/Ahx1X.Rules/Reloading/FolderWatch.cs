using System.Diagnostics;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Packs;

namespace Ahx1X.Rules.Reloading;

/// <summary>
/// Calls back, once the folder has been quiet for a settle delay, whenever a rules folder may
/// have changed. A watcher on a folder follows the folder it was made on, not its name: after
/// <c>mv live live.old</c> it watches <c>live.old</c>. So the parent is watched too, and an
/// event on the folder's own name there makes a new watcher on whatever the name now holds.
/// A poll reads the folder and compares it with what was last loaded, for changes no event
/// reports. Every callback runs on a timer thread and nothing it throws ends the process.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private readonly string _folder;
    private readonly string _name;
    private readonly string? _parent;
    private readonly TimeSpan _settle;
    private readonly Func<string?> _lastLoaded;
    private readonly Timer _debounce;
    private readonly Timer? _poll;
    private FileSystemWatcher? _inside;
    private FileSystemWatcher? _outside;
    private int _polling;
    private volatile bool _disposed;

    /// <param name="folder">The rules folder, as configured: a symbolic link stays unresolved, so a swapped link is followed.</param>
    /// <param name="options">The settle delay and poll interval.</param>
    /// <param name="reload">Reloads the folder.</param>
    /// <param name="lastLoaded">Returns the <see cref="Snapshot"/> taken for the pack decided last.</param>
    public FolderWatch(string folder, ReloadWatchOptions options, Action reload, Func<string?> lastLoaded)
    {
        var poll = options.PollInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SettleDelay, TimeSpan.Zero, nameof(options));
        if (poll <= TimeSpan.Zero && poll != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), poll, "The poll interval must be positive, or Timeout.InfiniteTimeSpan to poll never.");
        }

        _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _name = Path.GetFileName(_folder);
        _parent = Path.GetDirectoryName(_folder);
        _settle = options.SettleDelay;
        _lastLoaded = lastLoaded;
        _debounce = new Timer(_ => Guarded(reload), null, Timeout.Infinite, Timeout.Infinite);
        Arm(parentToo: true);
        if (poll != Timeout.InfiniteTimeSpan)
        {
            _poll = new Timer(_ => Guarded(Poll), null, poll, poll);
        }
    }

    /// <summary>Returns a value that changes whenever the files a load reads change: their hash, or the problems reading them.</summary>
    /// <remarks>Reads through the same rule as a load, so a pipe or device in the folder is refused here too, never opened.</remarks>
    public static string Snapshot(string folder)
    {
        try
        {
            return "files " + RulePack.FingerprintOf(RulePack.ReadDirectory(folder));
        }
        catch (RulePackException ex)
        {
            return "refused " + string.Join('\n', ex.Problems);
        }
        catch (Exception ex) when (!Fatal.Is(ex))
        {
            return "unreadable " + ex.Message;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _poll?.Dispose();
        _debounce.Dispose();
        Interlocked.Exchange(ref _inside, null)?.Dispose();
        Interlocked.Exchange(ref _outside, null)?.Dispose();
    }

    private static void Guarded(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (!Fatal.Is(ex))
        {
            // On a timer thread an exception would end the process; the pack serving goes on serving.
            Trace.TraceError($"Ahx1X.Rules: watching a rules folder failed and will be retried at the next change or poll: {ex}");
        }
    }

    private void Changed()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            _debounce.Change(_settle, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed meanwhile: nobody is served any more.
        }
    }

    private void Poll()
    {
        if (Interlocked.Exchange(ref _polling, 1) == 1)
        {
            return; // The previous poll is still reading.
        }

        try
        {
            if (Snapshot(_folder) != _lastLoaded())
            {
                // Nothing told of this change, so a watcher may be on a folder no longer in place.
                Arm(parentToo: true);
                Changed();
            }
        }
        finally
        {
            Volatile.Write(ref _polling, 0);
        }
    }

    private void Arm(bool parentToo)
    {
        Replace(ref _inside, Watch(_folder, recursive: true, (_, _) => Changed()));
        if (parentToo && _parent is not null)
        {
            Replace(ref _outside, Watch(_parent, recursive: false, OnParentEvent));
        }
    }

    private void Replace(ref FileSystemWatcher? slot, FileSystemWatcher? fresh)
    {
        Interlocked.Exchange(ref slot, fresh)?.Dispose();
        if (_disposed)
        {
            Interlocked.Exchange(ref slot, null)?.Dispose();
        }
    }

    private void OnParentEvent(object? sender, FileSystemEventArgs e)
    {
        // Created, deleted, renamed to or from, or a link replaced: the name may now hold another folder.
        if (string.Equals(e.Name, _name, StringComparison.OrdinalIgnoreCase)
            || (e is RenamedEventArgs renamed && string.Equals(renamed.OldName, _name, StringComparison.OrdinalIgnoreCase)))
        {
            Arm(parentToo: false);
            Changed();
        }
    }

    /// <summary>Returns a watcher on <paramref name="path"/>, or null when there is nothing to watch there now (the poll still looks).</summary>
    private FileSystemWatcher? Watch(string path, bool recursive, FileSystemEventHandler handler)
    {
        if (_disposed || !Directory.Exists(path))
        {
            return null;
        }

        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(path) { IncludeSubdirectories = recursive };
            watcher.Changed += handler;
            watcher.Created += handler;
            watcher.Deleted += handler;
            watcher.Renamed += (sender, e) => handler(sender, e);

            // Events were lost (the queue overflowed): look again.
            watcher.Error += (_, _) => Changed();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // Gone meanwhile, or the system's watch limit is reached: the poll still looks.
            watcher?.Dispose();
            return null;
        }
    }
}
