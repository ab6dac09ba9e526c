namespace Ahx1X.Rules.Tests.Demo;

/// <summary>The console's commands that take options and print results (all but completion, template and studio), for tests that hold each of them to one habit.</summary>
public static class ConsoleCommands
{
    public static TheoryData<string[]> WithResults() => new()
    {
        new[] { "evaluate" },
        new[] { "batch" },
        new[] { "monitor" },
        new[] { "calendar" },
        new[] { "lint" },
        new[] { "test" },
        new[] { "generate" },
        new[] { "fmt" },
        new[] { "diff" },
        new[] { "edition", "new" },
    };
}
