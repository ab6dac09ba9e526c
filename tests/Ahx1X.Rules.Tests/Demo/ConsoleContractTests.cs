using Ahx1X.Demo;
using Ahx1X.Demo.Commands;
using Ahx1X.Demo.Output;
using Spectre.Console;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>
/// The console's exit codes hold whatever happens: 0 all accepted, 1 something rejected or
/// indeterminate, 2 nothing (or not everything) could be judged, with one line per problem on
/// standard error and never a stack trace.
/// </summary>
public class ConsoleContractTests
{
    private const string EmptyApplications = """{ "kind": "applications", "institutions": [] }""";

    [Fact]
    public void Evaluate_DocumentWithNoRecords_ExitsTwoWithNoRecordsProblem()
    {
        using var folder = new TempFolder();
        var file = folder.Write("empty.json", EmptyApplications);

        var run = ConsoleRun.Of("evaluate", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Output);
        var lines = ErrorLines(run);
        Assert.Equal($"ahx1x: {file}: {ProblemCodes.NoRecords} $: The applications document holds no record, so nothing in it can be judged; add its records, or leave the file out.", lines[0]);
        Assert.EndsWith("nothing was judged.", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InstitutionsWithoutApplications_ExitsTwoWithNoRecordsProblem()
    {
        using var folder = new TempFolder();
        var file = folder.Write("no-applications.json", """
            { "kind": "applications", "institutions": [ { "name": "安徽示范职业技术学院", "kind": "higherVocational", "registeredOn": "2021-05-10",
              "majorsOffered": ["软件技术"], "officeMeetingApprovedOn": "2024-03-12", "standardsInTrainingPlan": true, "fundingBudgeted": true, "applications": [] } ] }
            """);

        var run = ConsoleRun.Of("evaluate", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(ProblemCodes.NoRecords, run.Error);
    }

    [Fact]
    public void Batch_DocumentWithNoRecords_ExitsTwoAndStillJudgesTheOthers()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.json", EmptyApplications);

        var run = ConsoleRun.Of("batch", empty, Repository.PathOf("samples/documents/applications-accepted.json"), "--format", "csv");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal($"ahx1x: {empty}: {ProblemCodes.NoRecords} $: The applications document holds no record, so nothing in it can be judged; add its records, or leave the file out.", Assert.Single(ErrorLines(run)));
        Assert.Contains("total,all,2,2,", run.Output);
    }

    [Fact]
    public void Evaluate_YearWithoutEdition_GivesNoEditionProblemOnStandardErrorPerRecord()
    {
        using var folder = new TempFolder();
        var file = folder.Write("2025.json", File.ReadAllText(Repository.PathOf("samples/documents/applications-accepted.json")).Replace("\"year\": 2024", "\"year\": 2025"));

        var run = ConsoleRun.Of("evaluate", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal(
            [$"ahx1x: {file}: {ProblemCodes.NoEdition} [ACC-01] No rule edition covers the year 2025; the loaded pack covers 2024. Load a rule pack with a 2025 edition, or correct the year of the document.",
             $"ahx1x: {file}: {ProblemCodes.NoEdition} [ACC-02] No rule edition covers the year 2025; the loaded pack covers 2024. Load a rule pack with a 2025 edition, or correct the year of the document."],
            ErrorLines(run));
    }

    [Fact]
    public void Batch_YearWithoutEdition_GivesNoEditionProblemsInRecordOrder()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "batch.json");
        Assert.Equal(ExitCodes.Ok, ConsoleRun.Of("generate", "--count", "3000", "--output", file).ExitCode);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"year\": 2024", "\"year\": 2031"));

        var run = ConsoleRun.Of("batch", file, "--format", "csv");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var lines = ErrorLines(run);
        Assert.Equal(3000, lines.Count);
        Assert.All(lines, l => Assert.StartsWith($"ahx1x: {file}: {ProblemCodes.NoEdition} [GEN-", l, StringComparison.Ordinal));
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
    }

    [Fact]
    public void Calendar_YearWithoutEdition_GivesNoEditionCode()
    {
        var run = ConsoleRun.Of("calendar", "--date", "2030-03-24");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith($"ahx1x: {ProblemCodes.NoEdition} ", Assert.Single(ErrorLines(run)), StringComparison.Ordinal);
    }

    public static TheoryData<string> UnwritableOutputs()
    {
        var data = new TheoryData<string> { Path.Combine("no-such-folder", "x.json"), "." };
        if (File.Exists("/dev/full"))
        {
            data.Add("/dev/full");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnwritableOutputs))]
    public void Generate_UnwritableOutput_ExitsTwoWithOneLineNamingTheFile(string output)
    {
        using var folder = new TempFolder();
        var file = Path.IsPathRooted(output) ? output : Path.Combine(folder.Path, output);

        var run = ConsoleRun.Of("generate", "--count", "2000", "--output", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var line = Assert.Single(ErrorLines(run));
        Assert.StartsWith($"ahx1x: the output file {Path.GetFullPath(file)} cannot be written: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StandardOutputFails_ExitsTwoWithOneLineNotAStackTrace()
    {
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(new FullDiskWriter()),
            Interactive = InteractionSupport.No,
        });

        var code = Cli.Run(["evaluate", Repository.PathOf("samples/documents/applications-accepted.json")], console, error);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("ahx1x: reading or writing failed: No space left on device. Check the paths, their permissions and the free space; nothing more was done.", error.ToString().TrimEnd());
    }

    [Fact]
    public void Expand_FolderThatCannotBeListed_IsAProblemNamingTheFolder()
    {
        using var folder = new TempFolder();

        var ex = Assert.Throws<DocumentException>(() => InputFiles.Expand(
            [folder.Path],
            path => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.")));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((ProblemCodes.Syntax, folder.Path), (problem.Code, problem.File));
        Assert.Equal($"The folder cannot be read: Access to the path '{folder.Path}' is denied. Check its permissions.", problem.Message);
    }

    public static TheoryData<string, Exception> Failures() => new()
    {
        { "ahx1x: reading or writing failed: Access to the path '/srv/x' is denied. Check the paths, their permissions and the free space; nothing more was done.", new UnauthorizedAccessException("Access to the path '/srv/x' is denied.") },
        { "ahx1x: reading or writing failed: Broken pipe. Check the paths, their permissions and the free space; nothing more was done.", new IOException("Broken pipe") },
        { "ahx1x: unexpected error: Sequence contains no elements. Nothing more was done; please report this with the command that gave it.", new InvalidOperationException("Sequence contains no elements") },
        { "ahx1x: reading or writing failed: Disk quota exceeded. Check the paths, their permissions and the free space; nothing more was done.", new AggregateException(new IOException("Disk quota exceeded")) },
        { $"ahx1x: {ProblemCodes.NoEdition} No rule edition covers the year 2031; the loaded pack covers 2024. Load a rule pack with a 2031 edition, or correct the year of the document.", new EditionNotFoundException(2031, [2024]) },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Guard_AnyException_IsOneLineAndExitTwo(string line, Exception thrown)
    {
        var error = new StringWriter();

        var code = Guard.Run(error, () => throw thrown);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(line, error.ToString().TrimEnd());
    }

    private static List<string> ErrorLines(ConsoleRun run) =>
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>A standard output on a full disk: every write fails as writing to /dev/full does.</summary>
    private sealed class FullDiskWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        // Every other Write of TextWriter ends here.
        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
