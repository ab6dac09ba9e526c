using System.CommandLine;
using Ahx1X.Demo.Commands;
using NodaTime;
using Spectre.Console;

namespace Ahx1X.Demo;

/// <summary>Builds the command line and runs it; the one entry point, so tests drive it like a user.</summary>
internal static class Cli
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where results go.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="clock">The clock that says what today is; null for the system clock. Only the console reads it, never the library.</param>
    public static int Run(string[] args, IAnsiConsole console, TextWriter error, IClock? clock = null)
    {
        var root = new RootCommand("Ahx1X: checks documents against the Anhui 1+X vocational skill certificate notice.")
        {
            EvaluateCommand.Create(console, error),
            BatchCommand.Create(console, error),
            CalendarCommand.Create(console, error, clock ?? SystemClock.Instance),
            LintCommand.Create(console, error),
            TestCommand.Create(console, error),
            GenerateCommand.Create(console, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"ahx1x: {problem.Message}");
            }

            error.WriteLine("Run 'ahx1x --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error });
    }
}
