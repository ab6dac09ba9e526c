using System.CommandLine;
using Ahx1X.Studio;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary><c>studio [--rules DIR] [--port N]</c>: serves the rules studio for one rules folder on 127.0.0.1 until Ctrl+C.</summary>
internal static class StudioCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var rules = new Option<DirectoryInfo>("--rules")
        {
            Description = "The rules folder to edit (a folder of editions, or one edition folder).",
            DefaultValueFactory = _ => new DirectoryInfo("rules"),
        };
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1; 0 picks a free one.",
            DefaultValueFactory = _ => 5170,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535.");
            }
        });
        var command = new Command("studio", "Serve the rules studio on 127.0.0.1: the notice beside its rules, the edition's values in forms, rules checked as you type, scenarios, documents and the calendar; prints an address with a one-time access token. Ctrl+C stops it.")
        {
            rules, port,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var folder = parsed.GetValue(rules)!;
            if (!folder.Exists)
            {
                error.WriteLine($"ahx1x: the rules folder {folder} does not exist; give --rules with a folder such as rules/ (the studio edits files, so it needs a folder, not the built-in pack).");
                return ExitCodes.BadInput;
            }

            StudioServer server;
            try
            {
                server = await StudioServer.StartAsync(folder.FullName, parsed.GetValue(port));
            }
            catch (IOException ex)
            {
                error.WriteLine($"ahx1x: the studio cannot listen on 127.0.0.1:{parsed.GetValue(port)}: {ex.Message.TrimEnd('.')}; give another --port.");
                return ExitCodes.BadInput;
            }

            await using (server)
            {
                var writer = console.Profile.Out.Writer;
                writer.WriteLine($"Rules studio for {server.Workspace.Root}");
                writer.WriteLine($"Open this address once in a browser on this machine (the token is then kept in a cookie):");
                writer.WriteLine($"    {server.AccessAddress}");
                writer.WriteLine("Press Ctrl+C to stop.");
                // Ctrl+C or a termination signal: stop serving and exit normally.
                await server.WaitForShutdownAsync(cancellation);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
