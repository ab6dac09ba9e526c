using System.CommandLine;

namespace Ahx1X.Demo.Commands;

/// <summary>The <c>[DIR]</c> argument of the commands that work on a rules folder: <c>rules</c> when left out.</summary>
internal static class RulesFolder
{
    public static Argument<DirectoryInfo> CreateArgument(string description) => new("DIR")
    {
        Description = description,
        DefaultValueFactory = _ => new DirectoryInfo("rules"),
    };
}
