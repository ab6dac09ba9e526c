namespace Ahx1X.Rules.Reloading;

/// <summary>
/// Configures how a <see cref="ReloadingPolicyEngine"/> notices that its rules folder changed.
/// Change events are watched in the folder and, for the folder's own name, in its parent, so
/// an edit, a replaced or renamed folder and a swapped symbolic link are all seen; the folder
/// is also read every <see cref="PollInterval"/> and compared with what was last loaded, which
/// catches what no event reports (a swapped link further up the path, a network share).
/// </summary>
public sealed class ReloadWatchOptions
{
    /// <summary>Gets the default <see cref="PollInterval"/>: 5 seconds.</summary>
    public static TimeSpan DefaultPollInterval { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the default <see cref="SettleDelay"/>: 500 milliseconds.</summary>
    public static TimeSpan DefaultSettleDelay { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets how often the folder is read and compared with the files last loaded; <see cref="Timeout.InfiniteTimeSpan"/> relies on change events alone.</summary>
    public TimeSpan PollInterval { get; set; } = DefaultPollInterval;

    /// <summary>Gets or sets how long the folder must be quiet after a change before it is reloaded, as editors and copies write in several steps.</summary>
    public TimeSpan SettleDelay { get; set; } = DefaultSettleDelay;
}
