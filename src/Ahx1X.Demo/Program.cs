using Ahx1X.Demo;
using Ahx1X.Demo.Output;
using Spectre.Console;

// A run that judges with the built-in pack starts loading it now, beside the work below.
EmbeddedPack.LoadEarlyFor(args);

// Piped output is drawn as wide as the terminal it ends in; only output that reaches no terminal is drawn wide.
if (OutputWidth.Of(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("COLUMNS"), OutputWidth.Window) is { } width)
{
    AnsiConsole.Console.Profile.Width = width;
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
