using System.Net;
using System.Net.Sockets;
using Ahx1X.Demo;
using Spectre.Console;

namespace Ahx1X.Studio.Tests;

public sealed class StudioCommandTests
{
    [Fact]
    public void A_rules_folder_that_does_not_exist_exits_2_with_one_line_saying_so()
    {
        var (code, error) = Run("studio", "--rules", Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid().ToString("N")), "--port", "0");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_port_out_of_range_exits_2()
    {
        var (code, error) = Run("studio", "--port", "70000");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--port must be from 0 to 65535", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_exits_2_naming_it_and_what_to_do()
    {
        using var rules = new RulesCopy();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var (code, error) = Run("studio", "--rules", rules.Path, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(ExitCodes.BadInput, code);
            Assert.Contains($"127.0.0.1:{port}", error, StringComparison.Ordinal);
            Assert.Contains("give another --port", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    private static (int Code, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Out = new AnsiConsoleOutput(new StringWriter()), Interactive = InteractionSupport.No });
        return (Cli.Run(args, console, error), error.ToString());
    }
}
