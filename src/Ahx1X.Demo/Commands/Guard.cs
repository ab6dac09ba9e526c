using Ahx1X.Rules;
using Ahx1X.Demo.Output;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// Turns every exception into problem lines and exit code 2, never a stack trace and never exit
/// 1 (which means "rejected"): the library's load and document errors one line per problem, an
/// I/O failure (a folder that cannot be listed, a disk that is full) or anything unexpected one
/// line saying what happened.
/// </summary>
internal static class Guard
{
    public static int Run(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex)
        {
            return Report(error, ex);
        }
    }

    private static int Report(TextWriter error, Exception ex)
    {
        switch (ex)
        {
            case RulePackException pack:
                return Report(error, "the rules cannot be loaded", pack.Problems);
            case DocumentException document:
                return Report(error, "the input cannot be read", document.Problems);
            case EditionNotFoundException edition:
                error.WriteLine($"ahx1x: {ProblemCodes.NoEdition} {edition.Message}");
                return ExitCodes.BadInput;
            case AggregateException { InnerExceptions.Count: > 0 } many:
                // Parallel work (batch) wraps what it threw; the first cause is the one to show.
                return Report(error, many.Flatten().InnerExceptions[0]);
            case IOException or UnauthorizedAccessException:
                error.WriteLine($"ahx1x: reading or writing failed: {Sentence(ex.Message)} Check the paths, their permissions and the free space; nothing more was done.");
                return ExitCodes.BadInput;
            default:
                error.WriteLine($"ahx1x: unexpected error: {Sentence(ex.Message)} Nothing more was done; please report this with the command that gave it.");
                return ExitCodes.BadInput;
        }
    }

    /// <summary>Returns a system message as a sentence that ends with a full stop, to go before advice.</summary>
    internal static string Sentence(string message)
    {
        var trimmed = message.TrimEnd();
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }

    private static int Report(TextWriter error, string what, IReadOnlyList<Problem> problems)
    {
        foreach (var problem in problems)
        {
            ProblemWriter.Write(error, problem);
        }

        error.WriteLine($"ahx1x: {what} ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}); nothing was judged.");
        return ExitCodes.BadInput;
    }
}
