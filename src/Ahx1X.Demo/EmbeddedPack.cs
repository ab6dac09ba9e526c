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

    /// <summary>
    /// Starts <paramref name="work"/> on the thread loading the pack, once the pack is loaded, when
    /// it is loading since the start. Returns what waits for the work's result, or throws what it
    /// threw, as it was thrown; before waiting, the calling thread does the parser's set-up while
    /// the pack is still loading, then <paramref name="meanwhile"/>. With no pack loading early,
    /// what it returns runs the work then, on the calling thread, and nothing else.
    /// </summary>
    /// <param name="work">Work that may use the pack (<see cref="Load"/> then returns it at once).</param>
    /// <param name="meanwhile">Work for the calling thread that does not depend on the pack, or null.</param>
    public static Func<T> AfterLoading<T>(Func<T> work, Action? meanwhile = null)
    {
        if (Volatile.Read(ref _early) is not { } early)
        {
            return work;
        }

        var started = early.ContinueWith(_ => work(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return () =>
        {
            if (!early.IsCompleted)
            {
                ParserPriming.Run();
            }

            meanwhile?.Invoke();
            return started.GetAwaiter().GetResult();
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

        if (!early.IsCompleted)
        {
            // While the files are still being read, this thread does the parser's set-up, which the first rule would otherwise pay.
            ParserPriming.Run();
        }

        return early.GetAwaiter().GetResult();
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
