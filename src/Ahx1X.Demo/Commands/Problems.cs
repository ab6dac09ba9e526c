using Ahx1X.Demo.Output;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Demo.Commands;

/// <summary>Writes problems on standard error: one line each, <c>ahx1x: file:line:column: …</c>, or one JSON object each with <c>--format json</c>.</summary>
internal static class Problems
{
    public static void Write(TextWriter error, bool json, IEnumerable<Problem> problems)
    {
        foreach (var problem in problems)
        {
            error.WriteLine(json ? MachineJson.Line(MachineJson.Of(problem, LintCommand.Relative)) : $"ahx1x: {LintCommand.Relative(problem.ToString())}");
        }
    }
}
