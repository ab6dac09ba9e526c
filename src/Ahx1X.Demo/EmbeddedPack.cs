using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Compilation;

namespace Ahx1X.Demo;

/// <summary>
/// The pack built into the library, for a run that judges with it: loaded on a second thread from
/// the start of the process, while the first builds the command line and reads the documents, so
/// a first run waits for the longer of the two instead of both.
/// </summary>
internal static class EmbeddedPack
{
    /// <summary>The commands that judge with the built-in pack unless given <c>--rules</c>.</summary>
    private static readonly string[] JudgingCommands = ["evaluate", "batch", "monitor"];

    private static Task<RulePack>? _early;

    /// <summary>Starts loading the pack when <paramref name="args"/> will judge with it (<see cref="WillJudgeWith"/>).</summary>
    /// <param name="args">The command line.</param>
    public static void LoadEarlyFor(IReadOnlyList<string> args)
    {
        if (WillJudgeWith(args))
        {
            _early = Task.Run(RulePack.LoadEmbedded);
        }
    }

    /// <summary>Gets whether the pack is loading since the start and not yet taken by <see cref="Load"/>.</summary>
    public static bool IsLoading => Volatile.Read(ref _early) is not null;

    /// <summary>
    /// Starts <paramref name="work"/> on another thread once the pack loading since the start is
    /// loaded, and returns what waits for the work's result. Before waiting, the calling thread does
    /// the parser's set-up while the pack is still loading, then <paramref name="meanwhile"/>. What
    /// the work threw is thrown as it was thrown, before anything the calling thread's own work
    /// threw. With no pack loading early, what it returns runs the work then, on the calling thread.
    /// </summary>
    /// <param name="work">Work that may use the pack (<see cref="Load"/> then returns it at once).</param>
    /// <param name="meanwhile">Work for the calling thread that does not depend on the pack, or null.</param>
    public static Func<T> AfterLoading<T>(Func<T> work, Action? meanwhile = null)
    {
        if (Volatile.Read(ref _early) is not { } early)
        {
            return work;
        }

        // Queued rather than run inline, so a pack loaded already still leaves this thread free for its own part.
        var started = early.ContinueWith(_ => work(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return () =>
        {
            Exception? own = null;
            try
            {
                PrimeWhileLoading(early);
                meanwhile?.Invoke();
            }
            catch (Exception ex)
            {
                own = ex;
            }

            var result = started.GetAwaiter().GetResult();
            if (own is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(own);
            }

            return result;
        };
    }

    /// <summary>
    /// Returns the pack: the one loading since the start, the first time there is one, and else
    /// one loaded now. Either way a broken pack throws the <see cref="Ahx1X.Rules.Diagnostics.RulePackException"/> that
    /// <see cref="RulePack.LoadEmbedded"/> throws.
    /// </summary>
    public static RulePack Load()
    {
        if (Interlocked.Exchange(ref _early, null) is not { } early)
        {
            return RulePack.LoadEmbedded();
        }

        PrimeWhileLoading(early);
        return early.GetAwaiter().GetResult();
    }

    /// <summary>While the pack's files are still being read, does the parser's set-up on this thread, which the first rule would otherwise pay.</summary>
    private static void PrimeWhileLoading(Task<RulePack> early)
    {
        if (!early.IsCompleted)
        {
            ParserPriming.Run();
        }
    }

    /// <summary>
    /// Returns whether the command line judges with the built-in pack: its first word is a judging
    /// command, and no word asks for a rules folder, help or the version, or names a response file
    /// (which could ask for a rules folder).
    /// </summary>
    /// <param name="args">The command line.</param>
    internal static bool WillJudgeWith(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || Array.IndexOf(JudgingCommands, args[0]) < 0)
        {
            return false;
        }

        foreach (var word in args)
        {
            if (word is "--rules" or "--help" or "-h" or "-?" or "/?" or "/h" or "--version"
                || word.StartsWith("--rules=", StringComparison.Ordinal) || word.StartsWith("--rules:", StringComparison.Ordinal)
                || word.StartsWith('@'))
            {
                return false;
            }
        }

        return true;
    }
}
