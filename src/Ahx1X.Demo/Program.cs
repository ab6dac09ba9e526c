using Ahx1X.Demo;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // Redirected output goes to files and logs, not an 80-column terminal: keep table rows whole.
    AnsiConsole.Console.Profile.Width = 160;
}

try
{
    return Cli.Run(args, AnsiConsole.Console, Console.Error);
}
catch (IOException)
{
    // Standard error itself cannot be written (2>/dev/full): nowhere is left to say why, but the exit code still holds.
    return ExitCodes.BadInput;
}
