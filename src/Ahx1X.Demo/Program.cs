using Ahx1X.Demo;
using Spectre.Console;

return Cli.Run(args, AnsiConsole.Console, Console.Error);
