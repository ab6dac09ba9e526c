using System.CommandLine;
using Ahx1X.Demo.Commands;
using Spectre.Console;

namespace Ahx1X.Demo;

/// <summary>Builds the command line and runs it; the one entry point, so tests drive it like a user.</summary>
internal static class Cli
{
    public static int Run(string[] args, IAnsiConsole console, TextWriter error)
    {
        var root = new RootCommand("Ahx1X: checks documents against the Anhui 1+X vocational skill certificate notice.")
        {
            EvaluateCommand.Create(console, error),
            BatchCommand.Create(console, error),
            GenerateCommand.Create(console, error),
            LintCommand.Create(console, error),
            TestCommand.Create(console, error),
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
