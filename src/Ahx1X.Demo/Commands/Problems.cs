using Ahx1X.Demo.Output;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Demo.Commands;

/// <summary>Writes problems on standard error: one line each, <c>ahx1x: file:line:column: …</c>, or one JSON object each with <c>--format json</c> (see <see cref="ProblemWriter"/>).</summary>
internal static class Problems
{
    public static void Write(TextWriter error, IEnumerable<Problem> problems)
    {
        foreach (var problem in problems)
        {
            ProblemWriter.Write(error, problem, LintCommand.Relative);
        }
    }
}
