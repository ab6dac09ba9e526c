using Ahx1X.Demo;
using NodaTime;
using Spectre.Console;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>Runs the console in-process, capturing what it prints.</summary>
internal sealed record ConsoleRun(int ExitCode, string Output, string Error)
{
    public static ConsoleRun Of(params string[] args) => OnClock(null, args);

    /// <summary>Runs the console with <paramref name="clock"/> saying what today is (null for the system clock).</summary>
    public static ConsoleRun OnClock(IClock? clock, params string[] args) => Run(clock, null, args);

    /// <summary>Runs the console with <paramref name="input"/> as its standard input.</summary>
    public static ConsoleRun WithInput(string input, params string[] args) =>
        Run(null, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input)), args);

    /// <summary>Runs the console with the stream <paramref name="input"/> opens as its standard input.</summary>
    public static ConsoleRun WithStream(Func<Stream> input, params string[] args) => Run(null, input, args);

    private static ConsoleRun Run(IClock? clock, Func<Stream>? input, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var code = Cli.Run(args, console, error, clock, input);
        return new ConsoleRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Copies the rules folder to a new temporary folder and returns it.</summary>
    public static TempFolder CopyRules()
    {
        var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(PathOf("rules"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Path, Path.GetRelativePath(PathOf("rules"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return temp;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ahx1X.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ahx1X.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ahx1x-").FullName;

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
