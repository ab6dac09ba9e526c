using Ahx1X.Demo.Output;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>
/// Names from documents and rule files cannot drive the terminal: no screen clearing, no window
/// title, no reordered or hidden text, no forged line on standard output or standard error.
/// </summary>
public class ForgedOutputTests
{
    /// <summary>Clears the screen, homes the cursor and writes a verdict of its own.</summary>
    private const string ClearScreen = "\u001b[2J\u001b[H\r\nAll applications accepted 全部通过\r\n";

    /// <summary>Sets the terminal window's title (OSC 0), ended by BEL.</summary>
    private const string WindowTitle = "\u001b]0;ahx1x: all accepted\u0007";

    /// <summary>A C1 control sequence introducer, DEL and backspaces.</summary>
    private const string C1AndDel = "\u009b31m\u007f\b\b\b";

    /// <summary>A right-to-left override and isolates that make "1 rejected" read otherwise.</summary>
    private const string Bidi = "\u202edetcejer 1\u202c \u2066x\u2069\u2067y\u2068z\u2069\u202a\u202b\u202d";

    /// <summary>Zero-width characters that make two names look the same.</summary>
    private const string ZeroWidth = "B1\u200b-\u200c\u200d\u200e\u200fWEB\ufeff\u2060";

    private static readonly string[] Hostile = [ClearScreen, WindowTitle, C1AndDel, Bidi, ZeroWidth];

    [Fact]
    public void Escape_EveryUnsafeCharacter_IsShownAsItsCode()
    {
        var unsafeCharacters = Enumerable.Range(0, 0x20).Append(0x7F).Concat(Enumerable.Range(0x80, 0x20))
            .Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4))
            .Concat(Enumerable.Range(0x200B, 5)).Append(0xFEFF).Append(0x2060).Append(0x2028).Append(0x2029)
            .Select(c => (char)c);

        Assert.All(unsafeCharacters, c => Assert.Equal($"a\\u{(int)c:X4}b", Printable.Escape($"a{c}b")));
    }

    [Theory]
    [InlineData("安徽示范职业技术学院 B1-WEB", "安徽示范职业技术学院 B1-WEB")]
    [InlineData("C:\\rules [x] ≤ 2024-04-02 – é", "C:\\rules [x] ≤ 2024-04-02 – é")]
    [InlineData("emoji 👍 and 𠀀", "emoji 👍 and 𠀀")]
    [InlineData("\u001b[31mred", "\\u001B[31mred")]
    [InlineData("line\r\nbreak\ttab", "line\\u000D\\u000Abreak\\u0009tab")]
    [InlineData("tag \U000E0041\U000E007F", "tag \\U000E0041\\U000E007F")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_Text_KeepsPrintableCharactersAndEscapesTheRest(string? text, string shown)
    {
        Assert.Equal(shown, Printable.Escape(text));
        Assert.Equal(shown, Printable.Escape(shown));
    }

    [Fact]
    public void Escape_LoneSurrogate_IsShownAsItsCode()
    {
        // Built here: a lone surrogate does not survive an attribute argument.
        Assert.Equal("lone \\uD800 and \\uDC00", Printable.Escape("lone " + (char)0xD800 + " and " + (char)0xDC00));
    }

    [Fact]
    public void Evaluate_HostileNamesInDocument_AreShownEscapedInTheTable()
    {
        using var folder = new TempFolder();
        var file = folder.Write("hostile.json", HostileApplications());

        using var rules = TempRulePack.CitiesUnchecked();
        var run = ConsoleRun.Of("evaluate", file, "--rules", rules.Root);

        Assert.Equal(1, run.ExitCode);
        AssertNothingUnsafe(run.Output);
        Assert.Contains("\\u001B[2J\\u001B[H\\u000D\\u000AAll applications accepted", run.Output);
        Assert.Contains("\\u001B]0;ahx1x: all accepted\\u0007", run.Output);
        Assert.Contains("\\u202Edetcejer 1\\u202C", run.Output);
        Assert.Contains("B1\\u200B-\\u200C\\u200D\\u200E\\u200FWEB\\uFEFF\\u2060", run.Output);
        Assert.DoesNotContain(Lines(run.Output), l => l.StartsWith("All applications accepted", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_HostileNamesInDocument_AreKeptExactInJson()
    {
        using var folder = new TempFolder();
        var file = folder.Write("hostile.json", HostileApplications());

        using var rules = TempRulePack.CitiesUnchecked();
        var run = ConsoleRun.Of("evaluate", file, "--format", "json", "--rules", rules.Root);

        // JSON is for machines: the values round-trip, and the writer escapes the control characters the JSON way.
        Assert.DoesNotContain('\u001b', run.Output);
        var results = JObject.Parse(run.Output)["results"]!;
        Assert.Equal(Hostile.Select(h => "机构" + h).Order(StringComparer.Ordinal), results.Select(r => (string)r["subject"]!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_UnknownMemberNamedWithLineBreak_CannotForgeAProblemLine()
    {
        using var folder = new TempFolder();
        var file = folder.Write("forge.json", """
            { "kind": "applications", "institutions": [ { "name": "x", "applications": [
              { "id": "A", "year": 2024, "certificate": "B1-WEB", "x\r\nahx1x: 0 problems\r\n\u001b[1A\u001b[2K": 1 } ] } ] }
            """);

        var run = ConsoleRun.Of("evaluate", file);

        Assert.Equal(2, run.ExitCode);
        AssertNothingUnsafe(run.Error);
        var lines = Lines(run.Error);
        Assert.Equal(2, lines.Count);
        Assert.Contains("AHX1002", lines[0]);
        Assert.Contains("Unknown member \"x\\u000D\\u000Aahx1x: 0 problems\\u000D\\u000A\\u001B[1A\\u001B[2K\"", lines[0]);
        Assert.Equal("ahx1x: the input cannot be read (1 problem); nothing was judged.", lines[1]);
    }

    [Fact]
    public void Cli_HostileArgument_IsShownEscapedInTheParseError()
    {
        var run = ConsoleRun.Of("\u001b]0;pwned\u0007\r\nahx1x: 0 problems");

        Assert.Equal(2, run.ExitCode);
        AssertNothingUnsafe(run.Error);
        Assert.Contains("\\u001B]0;pwned\\u0007\\u000D\\u000Aahx1x: 0 problems", run.Error);
        Assert.DoesNotContain(Lines(run.Error), l => l == "ahx1x: 0 problems");
    }

    [Fact]
    public void Evaluate_HostileFileName_IsShownEscaped()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a\u001b]0;x\u0007\u202e.json", """{ "kind": "applications", "institutions": [] }""");

        var run = ConsoleRun.Of("evaluate", file);

        Assert.Equal(2, run.ExitCode);
        AssertNothingUnsafe(run.Error);
        Assert.Contains("a\\u001B]0;x\\u0007\\u202E.json", run.Error);
    }

    [Fact]
    public void Batch_HostileCityAndCertificate_AreShownEscapedInTableAndCsv()
    {
        using var folder = new TempFolder();
        var file = folder.Write("hostile.json", HostileApplications());

        using var rules = TempRulePack.CitiesUnchecked();
        var table = ConsoleRun.Of("batch", file, "--rules", rules.Root);
        var csv = ConsoleRun.Of("batch", file, "--format", "csv", "--rules", rules.Root);

        AssertNothingUnsafe(table.Output);
        // CSV starts with its byte-order mark and ends lines with CRLF (RFC 4180): neither is text from the document.
        Assert.StartsWith("\uFEFF", csv.Output, StringComparison.Ordinal);
        AssertNothingUnsafe(csv.Output[1..].Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("\\u001B[2J", table.Output);
        var rows = Lines(csv.Output);
        Assert.All(rows.Skip(1), r => Assert.Matches("^(total|clause|city|certificate),", r));
        Assert.Contains("city,\\u001B[2J\\u001B[H\\u000D\\u000AAll applications accepted 全部通过\\u000D\\u000A,1,1,0,0,0,0", rows);
        Assert.Contains("certificate,B1\\u200B-\\u200C\\u200D\\u200E\\u200FWEB\\uFEFF\\u2060,1,0,0,1,0,0", rows);
    }

    [Fact]
    public void Calendar_HostileDocumentNumberInRules_IsShownEscaped()
    {
        using var rules = Repository.CopyRules();
        var edition = Path.Combine(rules.Path, "2024", "edition.json");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("\"documentNumber\": \"皖教秘职成〔2024〕22号\"", "\"documentNumber\": \"皖教秘职成〔2024〕22号\\u001b]0;pwned\\u0007\\u202e\""));
        using var output = new TempFolder();
        var svg = Path.Combine(output.Path, "t.svg");

        var run = ConsoleRun.Of("calendar", "--date", "2024-03-24", "--season", "spring", "--rules", rules.Path, "--svg", svg);

        Assert.True(run.ExitCode == 0, run.Error);
        AssertNothingUnsafe(run.Output);
        Assert.Contains("22号\\u001B]0;pwned\\u0007\\u202E", run.Output);
        var drawn = File.ReadAllText(svg);
        AssertNothingUnsafe(drawn);
        Assert.Contains("22号\\u001B]0;pwned\\u0007\\u202E", drawn);
    }

    [Fact]
    public void Lint_HostileRuleName_IsShownEscapedInItsProblemLine()
    {
        using var rules = Repository.CopyRules();
        var workflow = Path.Combine(rules.Path, "2024", "workflows", "application.json");
        var text = File.ReadAllText(workflow);
        File.WriteAllText(workflow, text
            .Replace("\"RuleName\": \"REQ-03-funding-budgeted\"", "\"RuleName\": \"REQ-03\\r\\nlint: no problems\\u001b[8m\\u202e\"")
            .Replace("\"Expression\": \"institution.FundingBudgeted == true\"", "\"Expression\": \"institution.FundingBudgeted.GetType() != null\""));

        var run = ConsoleRun.Of("lint", rules.Path);

        Assert.NotEqual(0, run.ExitCode);
        AssertNothingUnsafe(run.Output);
        AssertNothingUnsafe(run.Error);
        Assert.DoesNotContain(Lines(run.Output), l => l == "lint: no problems");
        Assert.Contains("REQ-03\\u000D\\u000Alint: no problems\\u001B[8m\\u202E", run.Output + run.Error);
    }

    /// <summary>One institution per hostile text, each with the text in its name, city and (for the last) certificate.</summary>
    private static string HostileApplications()
    {
        var institutions = new JArray(Hostile.Select((h, i) => new JObject
        {
            ["name"] = "机构" + h,
            ["kind"] = "higherVocational",
            ["city"] = h,
            ["registeredOn"] = "2021-05-10",
            ["majorsOffered"] = new JArray("软件技术"),
            ["officeMeetingApprovedOn"] = "2024-03-12",
            ["standardsInTrainingPlan"] = true,
            ["fundingBudgeted"] = true,
            ["applications"] = new JArray(new JObject
            {
                ["id"] = $"H-{i}{(h == ZeroWidth ? ZeroWidth : "")}",
                ["year"] = 2024,
                ["certificate"] = h == ZeroWidth ? ZeroWidth : "B1-WEB",
                ["level"] = "junior",
                ["assessedMajors"] = new JArray("软件技术"),
                ["candidates"] = 45,
                ["season"] = "spring",
                ["submittedAt"] = "2024-03-25",
                ["justificationPresent"] = true,
                ["formPresent"] = true,
            }),
        }));
        return new JObject { ["kind"] = "applications", ["institutions"] = institutions }.ToString();
    }

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>Asserts the text holds no unsafe character but the line breaks between lines.</summary>
    private static void AssertNothingUnsafe(string text)
    {
        var unsafeFound = text.Replace(Environment.NewLine, "\n", StringComparison.Ordinal).Where(c => c != '\n' && Printable.IsUnsafe(c)).Distinct().ToList();
        Assert.True(unsafeFound.Count == 0, "unescaped: " + string.Join(" ", unsafeFound.Select(c => $"U+{(int)c:X4}")) + Environment.NewLine + text);
    }
}
