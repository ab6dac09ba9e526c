using Ahx1X.Demo;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // Redirected output goes to files and logs, not an 80-column terminal: keep table rows whole.
    AnsiConsole.Console.Profile.Width = 160;
}

return Cli.Run(args, AnsiConsole.Console, Console.Error);
