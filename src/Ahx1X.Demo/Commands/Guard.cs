using Ahx1X.Rules;

namespace Ahx1X.Demo.Commands;

/// <summary>Turns the library's load and document errors into one line each and exit code 2, never a stack trace.</summary>
internal static class Guard
{
    public static int Run(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (RulePackException ex)
        {
            return Report(error, "the rules cannot be loaded", ex.Problems);
        }
        catch (DocumentException ex)
        {
            return Report(error, "the input cannot be read", ex.Problems);
        }
        catch (EditionNotFoundException ex)
        {
            error.WriteLine($"ahx1x: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static int Report(TextWriter error, string what, IReadOnlyList<Problem> problems)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"ahx1x: {problem}");
        }

        error.WriteLine($"ahx1x: {what} ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}); nothing was judged.");
        return ExitCodes.BadInput;
    }
}
