using Ahx1X.Rules.Model;
using System.Text;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Tests.Demo;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Documents;

/// <summary>
/// Every file of <c>Corpus/documents</c> is a broken input document. Each is refused with a
/// <see cref="DocumentException"/> whose problems have a position and a reason, and the problem
/// <c>Corpus/documents/expected.json</c> names; none crashes, hangs or yields an outcome, through
/// the library or through <c>ahx1x evaluate</c>. Files too large or too deep to keep in the
/// repository are written at run time.
/// </summary>
public sealed class BadDocumentCorpusTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus", "documents");

    private static Lazy<IReadOnlyDictionary<string, Expectation>> Manifest { get; } = new(() =>
        ReadManifest()["files"]!
            .Select(f => new Expectation(
                (string)f["file"]!,
                (string)f["code"]!,
                (string?)f["path"] ?? "",
                (string?)f["message"] ?? "",
                (bool?)f["wholeFile"] ?? false,
                (string?)f["knownBug"]))
            .ToDictionary(e => e.File, StringComparer.Ordinal));

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Manifest.Value.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void Manifest_EveryCorpusFile_IsListedOnceAndExists()
    {
        var files = Directory.GetFiles(Folder, "*.json")
            .Select(Path.GetFileName)
            .Where(f => f != "expected.json")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(files, Manifest.Value.Keys.Order(StringComparer.Ordinal));
        Assert.True(files.Count >= 50, $"only {files.Count} corpus files");
        foreach (var kind in new[] { "applications-", "city-reviews-", "provincial-reviews-", "summary-tables-", "adjustments-", "monthly-reports-" })
        {
            Assert.Contains(files, f => f!.StartsWith(kind, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Load_CorpusFile_ThrowsDocumentExceptionWithTheExpectedProblem(string file)
    {
        var path = Path.Combine(Folder, file);

        var problems = LoadFails(path);

        AssertExpected(Manifest.Value[file], path, problems);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void LoadRecords_CorpusFile_ReturnsTheSameProblemsAndNoRecordIsLost(string file)
    {
        var path = Path.Combine(Folder, file);

        var result = Bounded(() => Document.LoadRecords(path));

        Assert.Equal(
            LoadFails(path).Select(p => p.ToString()),
            result.Problems.Select(p => p.ToString()));
        foreach (var entry in result.Document?.Entries ?? [])
        {
            // Good records of a partly broken document are still judged, never thrown on.
            Assert.NotNull(entry.EvaluateWith(TestData.Engine));
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Evaluate_CorpusFile_ExitsTwoWithOneLinePerProblemAndNoStackTrace(string file)
    {
        var path = Path.Combine(Folder, file);
        var problems = LoadFails(path);

        var run = Bounded(() => ConsoleRun.Of("evaluate", path));

        AssertRefusedByConsole(run, path, problems);
    }

    [Fact]
    public void Load_TenThousandOpenBrackets_IsRefusedPastDepth64()
    {
        using var folder = new TempFolder();
        var path = folder.Write("brackets.json", new string('[', 10_000));

        var problem = Assert.Single(LoadFails(path));

        Assert.Equal(ProblemCodes.Syntax, problem.Code);
        Assert.Equal(1, problem.Line);
        Assert.Contains("at most 64 levels", problem.Message);
        AssertRefusedByConsole(ConsoleRun.Of("evaluate", path), path, [problem]);
    }

    [Fact]
    public void Load_TenThousandNestedArraysInsideAnApplication_IsRefusedAtTheirPath()
    {
        using var folder = new TempFolder();
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var path = folder.Write("deep.json", $$"""
            {
              "kind": "applications",
              "institutions": [
                {
                  "name": "安徽示范职业技术学院",
                  "applications": [ { "id": "A1", "year": 2024, "certificate": "B1-WEB", "assessedMajors": {{deep}} } ]
                }
              ]
            }
            """);

        var problem = Assert.Single(LoadFails(path));

        Assert.Equal(ProblemCodes.Syntax, problem.Code);
        Assert.Equal(6, problem.Line);
        Assert.StartsWith("$.institutions[0].applications[0].assessedMajors[0][0]", problem.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SixtyFourNestingLevels_IsTheLastDepthAccepted()
    {
        // The root object is level 1, "institutions" 2, the institution 3, "applications" 4, the application 5.
        Assert.DoesNotContain(Document.ParseRecords(NestedMajors(59), "deep.json").Problems, p => p.Code == ProblemCodes.Syntax);
        Assert.Contains("at most 64 levels", Assert.Single(Document.ParseRecords(NestedMajors(60), "deep.json").Problems).Message);
    }

    [Fact]
    public void Load_FiftyMegabyteDocument_IsRefusedForItsItemCountWithoutHanging()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "fifty-megabytes.json");
        WriteFiftyMegabyteDocument(path);
        Assert.InRange(new FileInfo(path).Length, 50_000_000, 64L * 1024 * 1024);

        var problem = Assert.Single(LoadFails(path));

        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.institutions[0].applications", problem.JsonPath);
        Assert.Equal(5, problem.Line);
        Assert.Contains("100001 items; at most 100000", problem.Message);
    }

    [Fact]
    public void Load_FileOverTheSixtyFourMegabyteLimit_IsRefusedNamingTheFileBeforeReadingIt()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "too-large.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength((64L * 1024 * 1024) + 1);
        }

        var problem = Assert.Single(LoadFails(path));

        Assert.Equal(ProblemCodes.Syntax, problem.Code);
        Assert.Equal(path, problem.File);
        Assert.Equal((0, ""), (problem.Line, problem.JsonPath));
        Assert.Contains("larger than 64 MB are refused", problem.Message);
        Assert.Null(Document.LoadRecords(path).Document);
        AssertRefusedByConsole(ConsoleRun.Of("evaluate", path), path, [problem]);
    }

    [Fact]
    public void Load_ValidDocumentWithByteOrderMark_Parses()
    {
        using var folder = new TempFolder();
        var sample = File.ReadAllText(Repository.PathOf("samples/documents/applications-accepted.json"));
        var path = Path.Combine(folder.Path, "bom.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(sample)]);

        var document = Document.Load(path);

        Assert.Equal(DocumentKind.Applications, document.Kind);
        Assert.Equal(["ACC-01", "ACC-02"], document.Entries.Select(e => e.Id));
        Assert.Equal(0, ConsoleRun.Of("evaluate", path).ExitCode);
    }

    [Fact]
    public void Parse_NullOptionalFacts_AreMissingFactsNotErrors()
    {
        const string json = """
            {
              "kind": "applications",
              "institutions": [
                {
                  "name": "安徽示范职业技术学院", "kind": null, "city": null, "registeredOn": null, "majorsOffered": null,
                  "officeMeetingApprovedOn": null, "standardsInTrainingPlan": null, "fundingBudgeted": null,
                  "applications": [
                    { "id": "A1", "year": 2024, "certificate": "B1-WEB", "level": null, "assessedMajors": null, "candidates": null,
                      "season": null, "submittedAt": null, "justificationPresent": null, "formPresent": null }
                  ]
                }
              ]
            }
            """;

        var result = Assert.Single(Document.Parse(json, "nulls.json").Entries).EvaluateWith(TestData.Engine);

        Assert.Equal(Results.Outcome.Indeterminate, result.Outcome);
        Assert.All(result.Findings, f => Assert.Equal(Results.FindingKind.MissingFacts, f.Kind));
    }

    [Fact]
    public void Load_DuplicateRecordId_PointsAtTheSecondId()
    {
        var problem = Assert.Single(LoadFails(Path.Combine(Folder, "monthly-reports-duplicate-id.json")));

        Assert.Equal("$.checks[1].id", problem.JsonPath);
        Assert.True(problem.Line > 0);
    }

    private static JToken ReadManifest()
    {
        // Dates in messages stay text: the manifest names values such as "9999-12-31T20:00:00Z".
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(Path.Combine(Folder, "expected.json")))
        {
            DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
        };
        return JToken.ReadFrom(reader);
    }

    /// <summary>Loads <paramref name="path"/> within the time limit and returns the problems of the <see cref="DocumentException"/> it must throw.</summary>
    private static IReadOnlyList<Problem> LoadFails(string path)
    {
        var outcome = Bounded<object>(() =>
        {
            try
            {
                return Document.Load(path);
            }
            catch (Exception ex)
            {
                return ex;
            }
        });

        Assert.False(outcome is Document, $"{path} was read as a valid document");
        var error = Assert.IsType<DocumentException>(outcome);
        Assert.NotEmpty(error.Problems);
        Assert.All(error.Problems, p =>
        {
            Assert.Equal(path, p.File);
            Assert.Matches("^AHX1[0-9]{3}$", p.Code);
            Assert.False(string.IsNullOrWhiteSpace(p.Message), p.ToString());
        });
        return error.Problems;
    }

    private static void AssertExpected(Expectation expected, string path, IReadOnlyList<Problem> problems)
    {
        var match = problems.FirstOrDefault(p =>
            p.Code == expected.Code
            && p.JsonPath.Contains(expected.Path, StringComparison.Ordinal)
            && p.Message.Contains(expected.Message, StringComparison.Ordinal));
        Assert.True(match is not null,
            $"{expected.File}: no {expected.Code} problem at \"{expected.Path}\" saying \"{expected.Message}\" in:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");

        if (expected.WholeFile)
        {
            // A problem with the file as a whole (empty, not UTF-8, too large) names the file and nothing inside it.
            Assert.Equal((path, 0, ""), (match.File, match.Line, match.JsonPath));
        }
        else if (expected.KnownBug is null)
        {
            Assert.True(match.Line > 0, $"{expected.File}: no line in {match}");
        }
    }

    private static void AssertRefusedByConsole(ConsoleRun run, string path, IReadOnlyList<Problem> problems)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(problems.Count + 1, lines.Count);
        Assert.Equal(problems.Select(p => $"ahx1x: {p}"), lines.Take(problems.Count));
        Assert.All(lines.Take(problems.Count), l => Assert.StartsWith("ahx1x: " + path, l, StringComparison.Ordinal));
        Assert.EndsWith("nothing was judged.", lines[^1], StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="action"/> on another thread and fails the test if it takes longer than the time limit.</summary>
    private static T Bounded<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(Timeout), $"still running after {Timeout.TotalSeconds} s");
        return task.Result;
    }

    /// <summary>Returns an applications document whose application's "assessedMajors" is <paramref name="arrays"/> arrays deep.</summary>
    private static string NestedMajors(int arrays) =>
        $$"""{ "kind": "applications", "institutions": [ { "name": "X", "applications": [ { "id": "A1", "year": 2024, "certificate": "B1-WEB", "assessedMajors": {{new string('[', arrays)}}"x"{{new string(']', arrays)}} } ] } ] }""";

    /// <summary>Writes an applications document of about 50 MB: one institution with one application more than allowed, each padded with spaces.</summary>
    private static void WriteFiftyMegabyteDocument(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("{\n  \"kind\": \"applications\",\n  \"institutions\": [\n    { \"name\": \"安徽示范职业技术学院\",\n      \"applications\": [\n");
        var padding = new string(' ', 440);
        for (var i = 1; i <= 100_001; i++)
        {
            writer.Write($"        {{ \"id\": \"A{i:D6}\", \"year\": 2024, \"certificate\": \"B1-WEB\" }}{(i < 100_001 ? "," : "")}{padding}\n");
        }

        writer.Write("      ]\n    }\n  ]\n}\n");
    }

    private sealed record Expectation(string File, string Code, string Path, string Message, bool WholeFile, string? KnownBug);
}
