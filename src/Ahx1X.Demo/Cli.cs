using System.CommandLine;
using Ahx1X.Demo.Commands;
using Ahx1X.Demo.Output;
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
    /// <param name="input">Opens standard input, read for a document named <c>-</c>; null for the process's.</param>
    /// <param name="cancel">Ends a run that watches a folder (<c>--watch</c>).</param>
    public static int Run(string[] args, IAnsiConsole console, TextWriter error, IClock? clock = null, Func<Stream>? input = null, CancellationToken cancel = default)
    {
        Watching.Use(cancel);
        if (input is not null)
        {
            StandardInput.Use(input);
        }

        // Everything on standard error goes through one escaping writer: a problem is one line, whatever it quotes.
        // With --format json, each problem is a JSON object instead (ProblemWriter).
        var problems = new ProblemWriter(new EscapingWriter(error)) { Json = AsksForJson(args) };
        return Guard.Run(problems, () =>
        {
            // Only the command asked for is built: a first run pays for one command, not thirteen.
            var root = Build(console, problems, clock, args.Length > 0 ? args[0] : null);

            var chinese = CliConventions.HelpInChinese(args, System.Globalization.CultureInfo.CurrentUICulture);
            CliConventions.Apply(root, chinese);

            // System.CommandLine words its own help and errors (Usage, Options) in the UI culture: follow the language asked for.
            using var language = HelpCulture.Use(chinese);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var problem in parsed.Errors)
                {
                    problems.WriteLine($"ahx1x: {problem.Message}");
                }

                foreach (var word in parsed.UnmatchedTokens)
                {
                    if (CliConventions.DidYouMean(word, parsed.CommandResult.Command) is { } meant)
                    {
                        problems.WriteLine($"ahx1x: '{word}' is not known here. Did you mean '{meant}'?");
                    }
                }

                problems.WriteLine("Run 'ahx1x --help' for usage.");
                return ExitCodes.BadInput;
            }

            // Exceptions reach Guard, which keeps the exit-code contract, instead of System.CommandLine's handler (a stack trace and exit 1).
            return parsed.Invoke(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = problems, EnableDefaultExceptionHandler = false });
        });
    }

    /// <summary>
    /// Builds the command tree, before the conventions of <see cref="CliConventions"/> are applied:
    /// only the command named <paramref name="only"/> when there is one by that name, so a run
    /// does not build every other command's options; otherwise every command, for help, "did you
    /// mean" and completion.
    /// </summary>
    /// <param name="console">Where results go.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="clock">The clock that says what today is; null for the system clock.</param>
    /// <param name="only">The first word of the command line; null to build every command.</param>
    internal static RootCommand Build(IAnsiConsole console, TextWriter problems, IClock? clock, string? only = null)
    {
        var root = new RootCommand("Ahx1X: checks documents against the Anhui 1+X vocational skill certificate notice.");
        // A loop, not Array.FindIndex: that is framework code over a tuple, which the JIT would compile on every run.
        var named = -1;
        for (var i = 0; i < Commands.Length && named < 0; i++)
        {
            named = Commands[i].Name == only ? i : -1;
        }

        for (var i = 0; i < Commands.Length; i++)
        {
            if (named < 0 || i == named)
            {
                root.Add(Commands[i].Create(console, problems, clock ?? SystemClock.Instance));
            }
        }

        return root;
    }

    /// <summary>The commands in the order help lists them, each by the name it is created with.</summary>
    internal static readonly (string Name, Func<IAnsiConsole, TextWriter, IClock, Command> Create)[] Commands =
    [
        ("evaluate", (console, problems, _) => EvaluateCommand.Create(console, problems)),
        ("batch", (console, problems, _) => BatchCommand.Create(console, problems)),
        ("monitor", (console, problems, _) => MonitorCommand.Create(console, problems)),
        ("calendar", CalendarCommand.Create),
        ("lint", (console, problems, _) => LintCommand.Create(console, problems)),
        ("test", (console, problems, _) => TestCommand.Create(console, problems)),
        ("generate", (console, problems, _) => GenerateCommand.Create(console, problems)),
        ("fmt", (console, problems, _) => FmtCommand.Create(console, problems)),
        ("edition", (console, problems, _) => EditionCommand.Create(console, problems)),
        ("diff", (console, problems, _) => DiffCommand.Create(console, problems)),
        ("completion", (console, _, _) => CompletionCommand.Create(console)),
        ("studio", (console, problems, _) => StudioCommand.Create(console, problems)),
        ("template", (console, problems, _) => TemplateCommand.Create(console, problems)),
    ];

    /// <summary>Returns whether the command line asks for <c>--format json</c> (read from the words, so even a line that does not parse gets its errors as JSON).</summary>
    internal static bool AsksForJson(IReadOnlyList<string> args) =>
        args.Where((arg, i) => (arg == "--format" && i + 1 < args.Count && args[i + 1] == "json") || arg is "--format=json" or "--format:json").Any();
}
