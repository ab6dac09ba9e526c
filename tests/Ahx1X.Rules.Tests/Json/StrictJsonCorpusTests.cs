using Ahx1X.Rules.Documents;

namespace Ahx1X.Rules.Tests.Json;

/// <summary>
/// Non-standard JSON is refused in every kind of file the library reads (document, workflow,
/// edition, catalogue, scenario file), each at the line and column where the offending token
/// starts, with a message saying what to write instead. Every case starts from the shipped file
/// and changes it just after its <c>"$schema"</c> member, which every kind has.
/// </summary>
public sealed class StrictJsonCorpusTests
{
    /// <summary>Each case: a name, the text put after <c>"$schema": "…",</c> (⟨ marks where the problem must point), the code and words of the message.</summary>
    private static readonly (string Name, string Insert, string Code, string Says)[] Cases =
    [
        ("block-comment", " ⟨/* staff note */", ProblemCodes.Syntax, "comments are not allowed"),
        ("line-comment", " ⟨// staff note\n", ProblemCodes.Syntax, "comments are not allowed"),
        ("single-quoted-name", " ⟨'zzNote': 1,", ProblemCodes.Syntax, "single quotes"),
        ("single-quoted-string", " \"zzNote\": ⟨'x',", ProblemCodes.Syntax, "single quotes"),
        ("unquoted-name", " ⟨zzNote: 1,", ProblemCodes.Syntax, "not in double quotes"),
        ("leading-zero", " \"zzNote\": ⟨030,", ProblemCodes.Syntax, "the number 030 starts with 0"),
        ("negative-leading-zero", " \"zzNote\": ⟨-012,", ProblemCodes.Syntax, "the number -012 starts with 0"),
        ("hex", " \"zzNote\": ⟨0x2D,", ProblemCodes.Syntax, "hexadecimal"),
        ("nan", " \"zzNote\": ⟨NaN,", ProblemCodes.Syntax, "NaN is not a JSON number"),
        ("infinity", " \"zzNote\": ⟨Infinity,", ProblemCodes.Syntax, "Infinity is not a JSON number"),
        ("minus-infinity", " \"zzNote\": ⟨-Infinity,", ProblemCodes.Syntax, "-Infinity is not a JSON number"),
        ("plus-sign", " \"zzNote\": ⟨+1,", ProblemCodes.Syntax, "\"+1\""),
        ("escape-in-string", " \"zzNote\": \"a⟨\u001Bb\",", ProblemCodes.Syntax, "U+001B (ESC)"),
        ("nul-in-string", " \"zzNote\": \"a⟨\0b\",", ProblemCodes.Syntax, "U+0000 (NUL)"),
        ("tab-in-string", " \"zzNote\": \"a⟨\tb\",", ProblemCodes.Syntax, "U+0009 (tab)"),
        ("bad-escape", " \"zzNote\": \"a⟨\\x41\",", ProblemCodes.Syntax, "does not start a JSON escape"),
        ("trailing-comma-in-array", " \"zzNote\": [1, 2⟨,],", ProblemCodes.Syntax, "trailing comma"),
        ("trailing-comma-in-object", " \"zzNote\": { \"a\": 1⟨, },", ProblemCodes.Syntax, "trailing comma"),
        ("duplicate-member", " ⟨\"$schema\": \"again\",", ProblemCodes.Syntax, "\"$schema\" already exists"),
        ("undefined", " \"zzNote\": ⟨undefined,", ProblemCodes.Syntax, "\"undefined\""),
        ("number-of-ten-thousand-digits", " \"zzNote\": ⟨1" + new string('0', 10_000) + ",", ProblemCodes.InvalidValue, "out of range"),
        ("number-beyond-decimal", " \"zzNote\": ⟨1e400,", ProblemCodes.InvalidValue, "1e400 is out of range"),
    ];

    /// <summary>Each case: a name, the text put after the document's end, and the words of the message.</summary>
    private static readonly (string Name, string Append, string Says)[] AfterTheEnd =
    [
        ("nul-byte", "\0", "a NUL byte follows the end"),
        ("second-value", "\n{ }", "follows the end of the JSON value"),
        ("comment", "\n// end", "comments are not allowed"),
        ("text", " x", "follows the end of the JSON value"),
    ];

    public static TheoryData<JsonFileKind, string> Inserted()
    {
        var data = new TheoryData<JsonFileKind, string>();
        foreach (var kind in JsonFiles.Kinds)
        {
            foreach (var (name, _, _, _) in Cases)
            {
                data.Add(kind, name);
            }
        }

        return data;
    }

    public static TheoryData<JsonFileKind, string> Appended()
    {
        var data = new TheoryData<JsonFileKind, string>();
        foreach (var kind in JsonFiles.Kinds)
        {
            foreach (var (name, _, _) in AfterTheEnd)
            {
                data.Add(kind, name);
            }
        }

        return data;
    }

    [Fact]
    public void ShippedFiles_OfEveryKind_AreAccepted()
    {
        foreach (var kind in JsonFiles.Kinds)
        {
            Assert.Empty(JsonFiles.Problems(kind, JsonFiles.Shipped(kind)));
        }
    }

    [Theory]
    [MemberData(nameof(Inserted))]
    public void NonStandardJson_IsRefusedAtTheStartOfTheOffendingToken(JsonFileKind kind, string name)
    {
        var (_, insert, code, says) = Cases.Single(c => c.Name == name);
        var shipped = JsonFiles.Shipped(kind);
        var schema = shipped.IndexOf("\"$schema\"", StringComparison.Ordinal);
        var after = shipped.IndexOf(',', schema) + 1;
        var text = shipped[..after] + insert.Replace("⟨", "", StringComparison.Ordinal) + shipped[after..];

        var problem = Assert.Single(JsonFiles.Problems(kind, text));

        AssertAt(problem, kind, text, after + insert.IndexOf('⟨', StringComparison.Ordinal), code, says);
        Assert.True(problem.Message.Length < 600, $"message of {problem.Message.Length} characters");
    }

    [Theory]
    [MemberData(nameof(Appended))]
    public void AnythingAfterTheDocument_IsRefusedWhereItStarts(JsonFileKind kind, string name)
    {
        var (_, append, says) = AfterTheEnd.Single(c => c.Name == name);
        var shipped = JsonFiles.Shipped(kind).TrimEnd();
        var text = shipped + append;

        var problem = Assert.Single(JsonFiles.Problems(kind, text));

        AssertAt(problem, kind, text, shipped.Length + append.Length - append.TrimStart().Length, ProblemCodes.Syntax, says);
    }

    [Fact]
    public void Duplicate_NamesTheFirstOccurrenceAndThePath()
    {
        const string json = "{\n  \"kind\": \"applications\",\n  \"institutions\": [ { \"name\": \"A\", \"name\": \"B\", \"applications\": [] } ]\n}";

        var problem = Assert.Single(Document.ParseRecords(json, "dup.json").Problems);

        Assert.Equal(("$.institutions[0].name", 3, 36), (problem.JsonPath, problem.Line, problem.Column));
        Assert.Contains("(first at line 3, column 23)", problem.Message);
    }

    [Fact]
    public void EscapedDuplicate_IsStillADuplicate()
    {
        var problem = Assert.Single(Document.ParseRecords("{\"kind\": \"applications\", \"\\u006bind\": \"adjustments\"}", "dup.json").Problems);

        Assert.Equal(ProblemCodes.Syntax, problem.Code);
        Assert.Equal((1, 26), (problem.Line, problem.Column));
    }

    [Fact]
    public void StrictJson_StillAcceptsWhatRfc8259Allows()
    {
        const string json = "\uFEFF {\r\n\t\"kind\" : \"applications\" , \"institutions\" : [ ] ,\n \"$schema\": \"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\" }\r\n";

        var result = Document.ParseRecords(json, "ok.json");

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void NumberOfTenMillionDigits_IsOutOfRangeAndEchoedShort()
    {
        var json = "{\"kind\": \"applications\", \"institutions\": [{\"name\": \"A\", \"applications\": [{\"id\": \"A1\", \"year\": 2024, \"certificate\": \"B1-WEB\", \"candidates\": 4"
            + new string('5', 10_000_000) + "}]}]}";

        var problem = Assert.Single(Document.ParseRecords(json, "big.json").Problems);

        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.institutions[0].applications[0].candidates", problem.JsonPath);
        Assert.Contains("out of range", problem.Message);
        Assert.Contains("10000001 characters long", problem.Message);
        Assert.InRange(problem.Message.Length, 1, 400);
    }

    private static void AssertAt(Problem problem, JsonFileKind kind, string text, int index, string code, string says)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        if (index > 0 && text[index - 1] == '\n')
        {
            column = 1;
        }

        Assert.Equal(code, problem.Code);
        Assert.EndsWith(JsonFiles.FileName(kind), problem.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.True((line, column) == (problem.Line, problem.Column), $"expected {line}:{column}, got {problem}");
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.JsonPath), problem.ToString());
    }
}
